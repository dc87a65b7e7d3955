namespace Kjoretoyregister.Contracts.Tests;

public class DtgDatotidsgruppeTests
{
    [Theory]
    [InlineData("151600A NOV 18", 2018, 11, 15, 15, 0)]
    [InlineData("151600A DES 18", 2018, 12, 15, 15, 0)]
    [InlineData("151600a nov 18", 2018, 11, 15, 15, 0)]
    [InlineData("151600ANOV18", 2018, 11, 15, 15, 0)]
    [InlineData("151600A  Nov  18", 2018, 11, 15, 15, 0)]
    [InlineData("151600B NOV 18", 2018, 11, 15, 14, 0)]
    [InlineData("151600Z NOV 18", 2018, 11, 15, 16, 0)]
    [InlineData("010000Z MAI 79", 2079, 5, 1, 0, 0)]
    [InlineData("010000Z MAY 80", 1980, 5, 1, 0, 0)]
    [InlineData("312359Z OKT 99", 1999, 10, 31, 23, 59)]
    [InlineData("312359Z OCT 00", 2000, 10, 31, 23, 59)]
    [InlineData("290000Z FEB 24", 2024, 2, 29, 0, 0)]
    public void MilitaryDateTimeGroupIsParsed(string tekst, int aar, int maned, int dag, int utcTime, int minutt)
    {
        var forventet = new DateTimeOffset(aar, maned, dag, utcTime, minutt, 0, TimeSpan.Zero);

        var dtg = Dtg.Parse(tekst);

        Assert.Equal(forventet, dtg.Tidspunkt);
    }

    [Fact]
    public void MilitaryDateTimeGroupKeepsTheZoneAsOffset()
    {
        var tekst = "151600A NOV 18";

        var dtg = Dtg.Parse(tekst);

        Assert.Equal("2018-11-15T16:00:00.000+01:00", dtg.ToString());
    }

    [Fact]
    public void MilitaryDateTimeGroupWithSecondsInZoneZIsUtc()
    {
        var tekst = "15160030Z JAN 21";

        var dtg = Dtg.Parse(tekst);

        Assert.Equal(new DateTimeOffset(2021, 1, 15, 16, 0, 30, TimeSpan.Zero), dtg.Tidspunkt);
        Assert.Equal(TimeSpan.Zero, dtg.Tidspunkt.Offset);
    }

    [Theory]
    [InlineData("151600C NOV 18", "ukjent sone 'C'")]
    [InlineData("151600J NOV 18", "ukjent sone 'J'")]
    [InlineData("151600A XYZ 18", "ukjent måned 'XYZ'")]
    [InlineData("151600A NOVEMBER 18", "forventet datotidsgruppe")]
    [InlineData("321600A NOV 18", "datoen finnes ikke")]
    [InlineData("001600A NOV 18", "datoen finnes ikke")]
    [InlineData("311600A NOV 18", "datoen finnes ikke")]
    [InlineData("290000Z FEB 23", "datoen finnes ikke")]
    [InlineData("152400A NOV 18", "klokkeslettet er ugyldig")]
    [InlineData("151660A NOV 18", "klokkeslettet er ugyldig")]
    [InlineData("15160060A NOV 18", "klokkeslettet er ugyldig")]
    [InlineData("151600 NOV 18", "sonebokstav mangler")]
    [InlineData("151600A NOV 2018", "forventet datotidsgruppe")]
    [InlineData("151600A NOV", "forventet datotidsgruppe")]
    [InlineData("151600A NOV 18 X", "forventet datotidsgruppe")]
    public void InvalidMilitaryDateTimeGroupIsRejectedWithReason(string tekst, string grunn)
    {
        var ok = Dtg.TryParse(tekst, out _, out var feil);

        Assert.False(ok);
        Assert.StartsWith($"Ugyldig dtg '{tekst}': ", feil, StringComparison.Ordinal);
        Assert.Contains(grunn, feil, StringComparison.Ordinal);
    }
}
