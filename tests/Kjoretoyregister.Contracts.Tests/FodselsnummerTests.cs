using System.Globalization;

namespace Kjoretoyregister.Contracts.Tests;

// Every number below was built for the rule it tests: both control digits are right (computed with
// the weights from the contract) unless the test is about a control digit.
public class FodselsnummerTests
{
    [Fact]
    public void OrdinaryNumberIsAccepted()
    {
        var tekst = "15018512464";

        var fnr = Fodselsnummer.Parse(tekst);

        Assert.Equal(tekst, fnr.Verdi);
        Assert.Equal(tekst, fnr.ToString());
        Assert.False(fnr.ErDNummer);
        Assert.False(fnr.ErSyntetisk);
        Assert.Equal(new DateOnly(1985, 1, 15), fnr.Fodselsdato);
    }

    [Fact]
    public void DNummerIsAcceptedWithDayPlusForty()
    {
        var tekst = "55018512458";

        var fnr = Fodselsnummer.Parse(tekst);

        Assert.True(fnr.ErDNummer);
        Assert.False(fnr.ErSyntetisk);
        Assert.Equal(new DateOnly(1985, 1, 15), fnr.Fodselsdato);
    }

    [Theory]
    [InlineData("15418512447", 1)]
    [InlineData("15818512438", 1)]
    [InlineData("15928512468", 12)]
    public void SyntheticNumberWithMonthPlusFortyOrEightyIsAccepted(string tekst, int maned)
    {
        var fnr = Fodselsnummer.Parse(tekst);

        Assert.True(fnr.ErSyntetisk);
        Assert.False(fnr.ErDNummer);
        Assert.Equal(new DateOnly(1985, maned, 15), fnr.Fodselsdato);
    }

    [Fact]
    public void SyntheticDNummerIsBothKinds()
    {
        var tekst = "71418512436";

        var fnr = Fodselsnummer.Parse(tekst);

        Assert.True(fnr.ErDNummer);
        Assert.True(fnr.ErSyntetisk);
        Assert.Equal(new DateOnly(1985, 1, 31), fnr.Fodselsdato);
    }

    [Theory]
    [InlineData("15938512458")] // month 93 = 80 + 13
    [InlineData("15138512492")] // month 13
    [InlineData("15000512459")] // month 00
    [InlineData("00018512408")] // day 00
    [InlineData("32018512407")] // day 32
    [InlineData("72018512492")] // D-nummer day 72 = 40 + 32
    public void NumberWhoseDatePartIsImpossibleIsRejected(string tekst)
    {
        var ok = Fodselsnummer.TryParse(tekst, out _, out var feil);

        Assert.False(ok);
        Assert.Equal("Ugyldig fødselsnummer: de seks første sifrene er ikke en gyldig dato", feil);
    }

    [Fact]
    public void AllFourFirstControlDigitsOfThe2032RuleAreAcceptedAndNoOther()
    {
        // 3,7,6,1,8,9,4,5,2 over the base 150185124 sum to 170 = 15·11 + 5, so k1 = 6 (remainder 0,
        // the classic rule), 7, 8 and 9 (remainders 1–3) are accepted; k2 is computed for each.
        string[] godkjente = ["15018512464", "15018512472", "15018512480", "15018512499"];
        var feilK1 = "15018512456"; // k1 = 5 gives remainder 10; k2 = 6 is right for it

        var resultater = godkjente.Select(tekst => Fodselsnummer.TryParse(tekst, out _, out _)).ToList();
        var feilOk = Fodselsnummer.TryParse(feilK1, out _, out var feil);

        Assert.All(resultater, Assert.True);
        Assert.False(feilOk);
        Assert.Equal("Ugyldig fødselsnummer: kontrollsifrene stemmer ikke", feil);
    }

    [Fact]
    public void FirstTenDigitsWhoseSecondControlDigitWouldBeTenHaveNoValidNumber()
    {
        // k1 = 2 is right for 150185100 (remainder 0), and 5,4,3,2,7,6,5,4,3,2 over 1501851002
        // sum to 122 = 11·11 + 1, so k2 would be 10.
        var grunnlag = "1501851002";

        var gyldige = Enumerable.Range(0, 10)
            .Select(siffer => grunnlag + siffer.ToString(CultureInfo.InvariantCulture))
            .Where(tekst => Fodselsnummer.TryParse(tekst, null, out _))
            .ToList();

        Assert.Empty(gyldige);
    }

    [Theory]
    [InlineData("15018512463")]
    [InlineData("15018512465")]
    [InlineData("25018512464")]
    [InlineData("15018512364")]
    public void NumberWithWrongControlDigitIsRejected(string tekst)
    {
        var ok = Fodselsnummer.TryParse(tekst, out _, out var feil);

        Assert.False(ok);
        Assert.Equal("Ugyldig fødselsnummer: kontrollsifrene stemmer ikke", feil);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1501851246")]
    [InlineData("150185124640")]
    [InlineData("150185 12464")]
    [InlineData("15.01.85 12464")]
    [InlineData("1501851246a")]
    public void AnythingButElevenDigitsIsRejected(string tekst)
    {
        var ok = Fodselsnummer.TryParse(tekst, out _, out var feil);

        Assert.False(ok);
        Assert.Equal("Ugyldig fødselsnummer: må være 11 sifre", feil);
    }

    [Fact]
    public void ErrorMessageNeverContainsTheNumber()
    {
        var tekst = "15018512465";

        var feil = Assert.Throws<FormatException>(() => Fodselsnummer.Parse(tekst));

        Assert.DoesNotContain(tekst, feil.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("150185", feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SurroundingWhitespaceIsIgnored()
    {
        var tekst = " 15018512464\n";

        var fnr = Fodselsnummer.Parse(tekst);

        Assert.Equal("15018512464", fnr.Verdi);
    }

    [Theory]
    [InlineData("15010551282", 2005)] // individnummer 500–999, year 00–39
    [InlineData("15018551206", 1885)] // individnummer 500–749, year 54–99
    [InlineData("15018591259", 1985)] // individnummer 900–999, year 40–99
    [InlineData("15018512464", 1985)] // individnummer 000–499
    public void BirthDateCenturyFollowsTheIndividnummer(string tekst, int aar)
    {
        var fnr = Fodselsnummer.Parse(tekst);

        Assert.Equal(new DateOnly(aar, 1, 15), fnr.Fodselsdato);
    }

    [Theory]
    [InlineData("15018581296")] // individnummer 750–899 with year 40–99: no century
    [InlineData("15014551295")] // individnummer 500–749 with year 40–53: no century
    [InlineData("31028512468")] // 31 February: plausible enough to be valid, but no date
    public void ValidNumberWithoutDerivableBirthDateHasNoBirthDate(string tekst)
    {
        var fnr = Fodselsnummer.Parse(tekst);

        Assert.Null(fnr.Fodselsdato);
    }

    [Theory]
    [InlineData("14828141016", 1981, 2, 14)]
    [InlineData("30869212098", 1992, 6, 30)]
    [InlineData("02917050093", 1870, 11, 2)] // individnummer 500 with year 70 is the 1800s by the rule
    public void SyntheticNumbersFromTheImportExampleAreValid(string tekst, int aar, int maned, int dag)
    {
        var ok = Fodselsnummer.TryParse(tekst, out var fnr, out var feil);

        Assert.True(ok, feil);
        Assert.True(fnr.ErSyntetisk);
        Assert.Equal(new DateOnly(aar, maned, dag), fnr.Fodselsdato);
    }

    [Fact]
    public void DefaultNumberIsEmptyAndHasNoBirthDate()
    {
        var fnr = default(Fodselsnummer);

        var tekst = fnr.ToString();

        Assert.Equal("", tekst);
        Assert.Null(fnr.Fodselsdato);
        Assert.False(fnr.ErDNummer);
        Assert.False(fnr.ErSyntetisk);
    }
}
