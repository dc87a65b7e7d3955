namespace Kjoretoyregister.Contracts.Tests;

public class DtgTests
{
    private static readonly TimeSpan EnTime = TimeSpan.FromHours(1);
    private static readonly TimeSpan ToTimer = TimeSpan.FromHours(2);

    [Fact]
    public void IsoTimeWithOffsetKeepsTheCallersOffset()
    {
        var tekst = "2018-11-15T23:00:00.000+01:00";

        var dtg = Dtg.Parse(tekst);

        Assert.Equal(new DateTimeOffset(2018, 11, 15, 23, 0, 0, EnTime), dtg.Tidspunkt);
        Assert.Equal(EnTime, dtg.Tidspunkt.Offset);
        Assert.Equal(tekst, dtg.ToString());
    }

    [Theory]
    [InlineData("2018-11-15T22:00:00Z")]
    [InlineData("2018-11-15T22:00:00z")]
    [InlineData("2018-11-15T22:00Z")]
    [InlineData("2018-11-15T23:00:00+0100")]
    [InlineData("2018-11-15T23:00+01:00")]
    [InlineData("2018-11-15T21:00:00-01:00")]
    [InlineData("2018-11-16T07:30:00+09:30")]
    [InlineData("  2018-11-15T22:00:00Z ")]
    public void IsoFormsOfOneInstantAreTheSameInstant(string tekst)
    {
        var forventet = new DateTimeOffset(2018, 11, 15, 22, 0, 0, TimeSpan.Zero);

        var dtg = Dtg.Parse(tekst);

        Assert.Equal(forventet, dtg.Tidspunkt);
        Assert.Equal(new Dtg(forventet), dtg);
    }

    [Theory]
    [InlineData("2018-11-15T22:00:00.1Z", 1_000_000)]
    [InlineData("2018-11-15T22:00:00.123Z", 1_230_000)]
    [InlineData("2018-11-15T22:00:00.1234567Z", 1_234_567)]
    [InlineData("2018-11-15T22:00:00.123456789Z", 1_234_567)]
    [InlineData("2018-11-15T22:00:00.123456789012Z", 1_234_567)]
    [InlineData("2018-11-15T22:00:00.999999999999+00:00", 9_999_999)]
    [InlineData("2018-11-15T22:00:00Z", 0)]
    public void AnyNumberOfFractionalDigitsIsTruncatedToTicks(string tekst, long ticks)
    {
        var helt = new DateTimeOffset(2018, 11, 15, 22, 0, 0, TimeSpan.Zero);

        var dtg = Dtg.Parse(tekst);

        Assert.Equal(helt.AddTicks(ticks), dtg.Tidspunkt);
    }

    [Theory]
    [InlineData("2024-01-15T12:00:00", 1)]
    [InlineData("2024-01-15T12:00", 1)]
    [InlineData("2024-07-15T12:00:00.5", 2)]
    [InlineData("2024-03-31T01:59:59", 1)]
    [InlineData("2024-03-31T03:00:00", 2)]
    [InlineData("2024-10-27T03:00:00", 1)]
    public void IsoTimeWithoutOffsetIsNorwegianTime(string tekst, int timer)
    {
        var lokal = DateTime.Parse(tekst, System.Globalization.CultureInfo.InvariantCulture);

        var dtg = Dtg.Parse(tekst);

        Assert.Equal(TimeSpan.FromHours(timer), dtg.Tidspunkt.Offset);
        Assert.Equal(lokal, dtg.Tidspunkt.DateTime);
    }

    [Theory]
    [InlineData("2024-03-31T02:00")]
    [InlineData("2024-03-31T02:30:00")]
    [InlineData("2024-03-31T02:59:59.999")]
    public void NorwegianTimeSkippedBySpringForwardIsRejected(string tekst)
    {
        var ok = Dtg.TryParse(tekst, out _, out var feil);

        Assert.False(ok);
        Assert.Contains($"'{tekst}'", feil, StringComparison.Ordinal);
        Assert.Contains("finnes ikke i norsk tid", feil, StringComparison.Ordinal);
    }

    [Fact]
    public void AmbiguousAutumnTimeTakesTheEarlierSummerTimeInstant()
    {
        var tekst = "2024-10-27T02:30:00";

        var dtg = Dtg.Parse(tekst);

        Assert.Equal(ToTimer, dtg.Tidspunkt.Offset);
        Assert.Equal(new DateTimeOffset(2024, 10, 27, 0, 30, 0, TimeSpan.Zero), dtg.Tidspunkt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("i går")]
    [InlineData("nå")]
    [InlineData("2018")]
    [InlineData("2018-11-15")]
    [InlineData("2018-11-15T")]
    [InlineData("2018-11-15T23")]
    [InlineData("2018-11-15 23:00:00Z")]
    [InlineData("2018-13-01T00:00:00Z")]
    [InlineData("2018-00-01T00:00:00Z")]
    [InlineData("2018-02-29T00:00:00Z")]
    [InlineData("2018-11-31T00:00:00Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("2018-11-15T24:00:00Z")]
    [InlineData("2018-11-15T23:60:00Z")]
    [InlineData("2018-11-15T23:00:60Z")]
    [InlineData("2018-11-15T23:00:00.Z")]
    [InlineData("2018-11-15T23:00:00,5Z")]
    [InlineData("2018-11-15T23:00:00ZZ")]
    [InlineData("2018-11-15T23:00:00+1")]
    [InlineData("2018-11-15T23:00:00+01")]
    [InlineData("2018-11-15T23:00:00+01:00x")]
    [InlineData("2018-11-15T23:00:00+15:00")]
    [InlineData("2018-11-15T23:00:00+01:60")]
    [InlineData("2018-11-15T23:00:00 +01:00")]
    [InlineData("2018-1-15T23:00:00Z")]
    [InlineData("18-11-15T23:00:00Z")]
    [InlineData("1542322800")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:59-01:00")]
    public void AnythingElseIsRejectedNamingTheValue(string tekst)
    {
        var ok = Dtg.TryParse(tekst, out _, out var feil);

        Assert.False(ok);
        Assert.StartsWith($"Ugyldig dtg '{tekst}': ", feil, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseOfInvalidValueThrowsFormatException()
    {
        var tekst = "2018-11-15T24:00:00Z";

        var feil = Assert.Throws<FormatException>(() => Dtg.Parse(tekst));

        Assert.Equal("Ugyldig dtg '2018-11-15T24:00:00Z': klokkeslettet er ugyldig", feil.Message);
    }

    [Fact]
    public void TryParseWithProviderRejectsNull()
    {
        string? tekst = null;

        var ok = Dtg.TryParse(tekst, null, out _);

        Assert.False(ok);
    }

    [Fact]
    public void ToStringWritesMillisecondsAndTheOffset()
    {
        var dtg = Dtg.Parse("2021-04-21T14:32:54.2951234+02:00");

        var tekst = dtg.ToString();

        Assert.Equal("2021-04-21T14:32:54.295+02:00", tekst);
    }

    [Fact]
    public void DefaultDtgDoesNotCrashToString()
    {
        var dtg = default(Dtg);

        var tekst = dtg.ToString();

        Assert.Equal("0001-01-01T00:00:00.000+00:00", tekst);
    }
}
