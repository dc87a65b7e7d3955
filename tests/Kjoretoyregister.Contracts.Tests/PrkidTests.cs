namespace Kjoretoyregister.Contracts.Tests;

public class PrkidTests
{
    [Theory]
    [InlineData("900001", "900001")]
    [InlineData(" 900001\t", "900001")]
    [InlineData("0012", "0012")]
    [InlineData("1", "1")]
    [InlineData("12345678901234567890", "12345678901234567890")]
    public void OneToTwentyDigitsAreAcceptedAsGivenWithoutSurroundingWhitespace(string tekst, string forventet)
    {
        var id = Prkid.Parse(tekst);

        Assert.Equal(forventet, id.Verdi);
        Assert.Equal(forventet, id.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("123456789012345678901")]
    [InlineData("12a")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1 2")]
    [InlineData("1.0")]
    [InlineData("\u0661\u0662")]
    public void AnythingButOneToTwentyDigitsIsRejected(string tekst)
    {
        var ok = Prkid.TryParse(tekst, out _, out var feil);

        Assert.False(ok);
        Assert.Equal($"Ugyldig prkid '{tekst}': må være 1–20 sifre", feil);
    }

    [Fact]
    public void ParseOfInvalidValueThrowsFormatException()
    {
        var tekst = "12a";

        var feil = Assert.Throws<FormatException>(() => Prkid.Parse(tekst));

        Assert.Equal("Ugyldig prkid '12a': må være 1–20 sifre", feil.Message);
    }

    [Fact]
    public void TryParseWithProviderRejectsNull()
    {
        string? tekst = null;

        var ok = Prkid.TryParse(tekst, null, out _);

        Assert.False(ok);
    }

    [Fact]
    public void DefaultValueIsEmpty()
    {
        var id = default(Prkid);

        var tekst = id.ToString();

        Assert.Equal("", tekst);
    }
}
