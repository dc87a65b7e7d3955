namespace Kjoretoyregister.Contracts.Tests;

/// <summary>
/// The rules kuid and prkid share (1–20 digits, kept as given): written once, run for each type by
/// <see cref="KuidTests"/> and <see cref="PrkidTests"/>.
/// </summary>
public abstract class SifferIdTests<T>
    where T : struct, IIdentifikator<T>
{
    /// <summary>The name the error messages use for the type.</summary>
    protected abstract string Navn { get; }

    protected abstract string Verdi(T id);

    [Theory]
    [InlineData("7000000001", "7000000001")]
    [InlineData(" 7000000001\t", "7000000001")]
    [InlineData("0012", "0012")]
    [InlineData("1", "1")]
    [InlineData("12345678901234567890", "12345678901234567890")]
    public void OneToTwentyDigitsAreAcceptedAsGivenWithoutSurroundingWhitespace(string tekst, string forventet)
    {
        var id = T.Parse(tekst, null);

        Assert.Equal(forventet, Verdi(id));
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
        var ok = T.TryParse(tekst, out _, out var feil);

        Assert.False(ok);
        Assert.Equal($"Ugyldig {Navn} '{tekst}': må være 1–20 sifre", feil);
    }

    [Fact]
    public void ParseOfInvalidValueThrowsFormatException()
    {
        var tekst = "12a";

        var feil = Assert.Throws<FormatException>(() => T.Parse(tekst, null));

        Assert.Equal($"Ugyldig {Navn} '12a': må være 1–20 sifre", feil.Message);
    }

    [Fact]
    public void TryParseWithProviderRejectsNull()
    {
        string? tekst = null;

        var ok = T.TryParse(tekst, null, out _);

        Assert.False(ok);
    }

    [Fact]
    public void DefaultValueIsEmpty()
    {
        var id = default(T);

        var tekst = id.ToString();

        Assert.Equal("", tekst);
    }
}
