namespace Kjoretoyregister.Contracts.Tests;

public class KjennemerkeTests
{
    [Theory]
    [InlineData("br12345")]
    [InlineData("BR 12345")]
    [InlineData("BR-12345")]
    [InlineData(" b r - 1 2 3 4 5 ")]
    public void SpellingsOfOnePlateAreTheSamePlate(string tekst)
    {
        var forventet = Kjennemerke.Parse("BR12345");

        var kjennemerke = Kjennemerke.Parse(tekst);

        Assert.Equal(forventet, kjennemerke);
        Assert.Equal(forventet.GetHashCode(), kjennemerke.GetHashCode());
        Assert.Equal("BR12345", kjennemerke.Sokenokkel);
        Assert.Equal("BR 12345", kjennemerke.Visning);
        Assert.Equal("BR 12345", kjennemerke.ToString());
    }

    [Theory]
    [InlineData("EL12345", "EL12345", "EL 12345")]
    [InlineData("ab 1234", "AB1234", "AB 1234")]
    [InlineData("P 12345", "P12345", "P 12345")]
    [InlineData("øl-1234", "ØL1234", "ØL 1234")]
    [InlineData("SOLSKIN", "SOLSKIN", "SOLSKIN")]
    [InlineData("solskin", "SOLSKIN", "SOLSKIN")]
    [InlineData("sol skin", "SOLSKIN", "SOLSKIN")]
    [InlineData("æøå123", "ÆØÅ123", "ÆØÅ123")]
    [InlineData("AB123", "AB123", "AB123")]
    [InlineData("AB123456", "AB123456", "AB123456")]
    [InlineData("ABC12345", "ABC12345", "ABC12345")]
    [InlineData("12345", "12345", "12345")]
    [InlineData("AB", "AB", "AB")]
    [InlineData("ABCDEFGHIJ", "ABCDEFGHIJ", "ABCDEFGHIJ")]
    public void ValidPlateGetsSearchKeyAndCanonicalDisplay(string tekst, string sokenokkel, string visning)
    {
        var kjennemerke = Kjennemerke.Parse(tekst);

        Assert.Equal(sokenokkel, kjennemerke.Sokenokkel);
        Assert.Equal(visning, kjennemerke.Visning);
    }

    [Fact]
    public void DecomposedRingAIsTheSameAsPrecomposedAa()
    {
        var dekomponert = "A\u030A 12345";

        var kjennemerke = Kjennemerke.Parse(dekomponert);

        Assert.Equal("Å12345", kjennemerke.Sokenokkel);
        Assert.Equal("Å 12345", kjennemerke.Visning);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("1")]
    [InlineData(" - ")]
    [InlineData("A -")]
    public void PlateWithFewerThanTwoCharactersIsRejected(string tekst)
    {
        var ok = Kjennemerke.TryParse(tekst, out _, out var feil);

        Assert.False(ok);
        Assert.Contains("minst 2", feil, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ABCDEFGHIJK")]
    [InlineData("AB 123456789")]
    public void PlateWithMoreThanTenCharactersIsRejected(string tekst)
    {
        var ok = Kjennemerke.TryParse(tekst, out _, out var feil);

        Assert.False(ok);
        Assert.Contains("høyst 10", feil, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("B!1")]
    [InlineData("BR_12345")]
    [InlineData("BR.12345")]
    [InlineData("BR\t12345")]
    [InlineData("ÄB12345")]
    [InlineData("\u0131B12345")]
    [InlineData("ΑΒ12345")]
    public void PlateWithCharacterOutsideAToAaAndDigitsIsRejected(string tekst)
    {
        var ok = Kjennemerke.TryParse(tekst, out _, out var feil);

        Assert.False(ok);
        Assert.Equal($"Ugyldig kjennemerke '{tekst}': kun bokstavene A–Å og sifre er tillatt", feil);
    }

    [Fact]
    public void ParseOfInvalidPlateThrowsFormatExceptionNamingTheValue()
    {
        var tekst = "B!1";

        var feil = Assert.Throws<FormatException>(() => Kjennemerke.Parse(tekst));

        Assert.Equal("Ugyldig kjennemerke 'B!1': kun bokstavene A–Å og sifre er tillatt", feil.Message);
    }

    [Fact]
    public void VeryLongInputIsShortenedInTheMessage()
    {
        var tekst = new string('!', 10_000);

        var ok = Kjennemerke.TryParse(tekst, out _, out var feil);

        Assert.False(ok);
        Assert.NotNull(feil);
        Assert.True(feil.Length < 200);
    }

    [Fact]
    public void TryParseWithProviderRejectsNull()
    {
        string? tekst = null;

        var ok = Kjennemerke.TryParse(tekst, null, out var kjennemerke);

        Assert.False(ok);
        Assert.Equal(default, kjennemerke);
    }

    [Fact]
    public void ParseOfNullThrowsArgumentNullException()
    {
        string tekst = null!;

        Assert.Throws<ArgumentNullException>(() => Kjennemerke.Parse(tekst));
    }

    [Theory]
    [InlineData("br-12 345", "BR12345")]
    [InlineData("solskin", "SOLSKIN")]
    [InlineData("æ!ø", "Æ!Ø")]
    [InlineData("", "")]
    public void NormaliserGivesSearchKeyWithoutValidating(string tekst, string forventet)
    {
        var sokenokkel = Kjennemerke.Normaliser(tekst);

        Assert.Equal(forventet, sokenokkel);
    }

    [Fact]
    public void NormaliserAgreesWithParseForValidPlates()
    {
        var tekst = "øl-1234";

        var normalisert = Kjennemerke.Normaliser(tekst);

        Assert.Equal(Kjennemerke.Parse(tekst).Sokenokkel, normalisert);
    }

    [Fact]
    public void DefaultPlateIsEmpty()
    {
        var kjennemerke = default(Kjennemerke);

        var tekst = kjennemerke.ToString();

        Assert.Equal("", tekst);
        Assert.Equal("", kjennemerke.Sokenokkel);
        Assert.Equal("", kjennemerke.Visning);
        Assert.NotEqual(Kjennemerke.Parse("AB"), kjennemerke);
    }
}
