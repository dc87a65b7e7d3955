namespace Kjoretoyregister.Contracts.Tests;

public class UnderstellsnummerTests
{
    [Theory]
    [InlineData("WVWZZZAUZH8950429", "WVWZZZAUZH8950429")]
    [InlineData("wvwzzzauzh8950429", "WVWZZZAUZH8950429")]
    [InlineData("  YV1ZZZ8ZZKZ000001 \t", "YV1ZZZ8ZZKZ000001")]
    [InlineData("1", "1")]
    [InlineData("abcdefghijklmnopqrstuvwxy", "ABCDEFGHIJKLMNOPQRSTUVWXY")]
    public void ValidNumberIsTrimmedAndUpperCased(string tekst, string forventet)
    {
        var understellsnummer = Understellsnummer.Parse(tekst);

        Assert.Equal(forventet, understellsnummer.Verdi);
        Assert.Equal(forventet, understellsnummer.ToString());
    }

    [Theory]
    [InlineData("1M8GDM9A1KP042788")]
    [InlineData("WVWZZZAUZH8950429")]
    public void RealVinWithWrongIsoCheckDigitIsAccepted(string tekst)
    {
        // 1M8GDM9AXKP042788 is the textbook VIN with check digit X; here it is 1. European VINs
        // often carry Z in the check-digit position, which is never a valid ISO 3779 check digit.

        var ok = Understellsnummer.TryParse(tekst, out var understellsnummer, out _);

        Assert.True(ok);
        Assert.Equal(tekst, understellsnummer.Verdi);
    }

    [Fact]
    public void NumberWithTwentySixCharactersIsRejected()
    {
        var tekst = new string('A', 26);

        var ok = Understellsnummer.TryParse(tekst, out _, out var feil);

        Assert.False(ok);
        Assert.Contains($"'{tekst}'", feil, StringComparison.Ordinal);
        Assert.Contains("høyst 25", feil, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("WVW-ZZZ")]
    [InlineData("WVW ZZZ")]
    [InlineData("ÆØÅ123")]
    [InlineData("WVW*ZZZ")]
    public void NumberWithCharactersOtherThanAsciiLettersAndDigitsIsRejected(string tekst)
    {
        var ok = Understellsnummer.TryParse(tekst, out _, out var feil);

        Assert.False(ok);
        Assert.StartsWith($"Ugyldig understellsnummer '{tekst}'", feil, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseOfInvalidNumberThrowsFormatException()
    {
        var tekst = "WVW-ZZZ";

        var feil = Assert.Throws<FormatException>(() => Understellsnummer.Parse(tekst));

        Assert.Contains("'WVW-ZZZ'", feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumbersDifferingOnlyInCaseAreEqual()
    {
        var stor = Understellsnummer.Parse("WVWZZZAUZH8950429");

        var liten = Understellsnummer.Parse("wvwzzzauzh8950429");

        Assert.Equal(stor, liten);
    }

    [Fact]
    public void DefaultNumberIsEmpty()
    {
        var understellsnummer = default(Understellsnummer);

        var tekst = understellsnummer.ToString();

        Assert.Equal("", tekst);
    }
}
