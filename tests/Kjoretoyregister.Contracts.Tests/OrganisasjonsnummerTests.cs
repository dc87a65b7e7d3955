using System.Globalization;

namespace Kjoretoyregister.Contracts.Tests;

public class OrganisasjonsnummerTests
{
    [Theory]
    [InlineData("312345676")]
    [InlineData("318765448")]
    [InlineData("987654325")]
    [InlineData("974000008")]
    public void NumberWithRightControlDigitIsAccepted(string tekst)
    {
        var orgnr = Organisasjonsnummer.Parse(tekst);

        Assert.Equal(tekst, orgnr.Verdi);
        Assert.Equal(tekst, orgnr.ToString());
    }

    [Fact]
    public void SurroundingWhitespaceIsIgnored()
    {
        var tekst = " 312345676 ";

        var orgnr = Organisasjonsnummer.Parse(tekst);

        Assert.Equal("312345676", orgnr.Verdi);
    }

    [Theory]
    [InlineData("312345677")]
    [InlineData("312345670")]
    [InlineData("987654321")]
    public void NumberWithWrongControlDigitIsRejected(string tekst)
    {
        var ok = Organisasjonsnummer.TryParse(tekst, out _, out var feil);

        Assert.False(ok);
        Assert.Equal($"Ugyldig organisasjonsnummer '{tekst}': kontrollsifferet stemmer ikke", feil);
    }

    [Fact]
    public void BaseWhoseControlDigitWouldBeTenHasNoValidNumber()
    {
        // 3·9 + 2·1 + 7·2 + 6·3 + 5·4 + 4·5 + 3·6 + 2·7 = 133 = 12·11 + 1, so k = 11 - 1 = 10.
        var grunnlag = "91234567";

        var gyldige = Enumerable.Range(0, 10)
            .Select(siffer => grunnlag + siffer.ToString(CultureInfo.InvariantCulture))
            .Where(tekst => Organisasjonsnummer.TryParse(tekst, null, out _))
            .ToList();

        Assert.Empty(gyldige);
    }

    [Theory]
    [InlineData("")]
    [InlineData("31234567")]
    [InlineData("3123456760")]
    [InlineData("31234567a")]
    [InlineData("312 345 676")]
    [InlineData("NO312345676")]
    public void AnythingButNineDigitsIsRejected(string tekst)
    {
        var ok = Organisasjonsnummer.TryParse(tekst, out _, out var feil);

        Assert.False(ok);
        Assert.Equal($"Ugyldig organisasjonsnummer '{tekst}': må være 9 sifre", feil);
    }

    [Fact]
    public void ParseOfInvalidNumberThrowsFormatException()
    {
        var tekst = "312345677";

        var feil = Assert.Throws<FormatException>(() => Organisasjonsnummer.Parse(tekst));

        Assert.Contains("'312345677'", feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultNumberIsEmpty()
    {
        var orgnr = default(Organisasjonsnummer);

        var tekst = orgnr.ToString();

        Assert.Equal("", tekst);
    }
}
