using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Tests.Testdata;
using static Kjoretoyregister.Register.Tests.Testdata.Linjer;

namespace Kjoretoyregister.Register.Tests.Oppslag;

/// <summary>The owner search of docs/eiersok.md: prefixes of name parts, the phonetic key, fylke, fødselsdato and ekskluderVraketUtfort.</summary>
public abstract class EiersokTests(Lagringsmotor motor) : Registertest(motor)
{
    private const string Fom = "2019-01-01T00:00:00+01:00";

    private static readonly string Hanne = Syntetiske.Fnr(14, 2, 81);
    private static readonly string DNummer = Syntetiske.Fnr(14 + 40, 2, 81);

    protected override Task ArrangerAsync() => register.LastAsync(
        Kjoretoy("2001", eierskap: [Eierskap(Person(Hanne, "HANNE", "KRISTIANSEN", "5003", "BERGEN", "4601"), Fom)]),
        Kjoretoy("2002", eierskap: [Eierskap(Person(Syntetiske.Fnr(3, 9, 64), "HANS", "CHRISTIANSEN"), Fom)]),
        Kjoretoy("2003", eierskap: [Eierskap(Person(Syntetiske.Fnr(5, 5, 55), "PER", "HANSSEN", "5003", "BERGEN", "4601"), Fom)]),
        Kjoretoy("2004", eierskap: [Eierskap(Person(DNummer, "ODD", "AAS"), Fom)]),
        Kjoretoy("2005", eierskap: [Eierskap(Person(Syntetiske.Fnr(1, 1, 70), "KARI", "ÅS"), Fom)]),
        Kjoretoy("2006", eierskap: [Eierskap(Person(Syntetiske.Fnr(2, 1, 70), "NILS", "OS"), Fom)]),
        Kjoretoy("2007", registreringer: [Registrering("REGISTRERT", Fom, "2023-01-01T00:00:00+01:00"), Registrering("VRAKET", "2023-01-01T00:00:00+01:00")],
            eierskap: [Eierskap(Person(Syntetiske.Fnr(6, 6, 66), "ARNE", "HANSEN"), Fom)]),
        Kjoretoy("2008", registreringer: [Registrering("UTFORT", "2021-01-01T00:00:00+01:00")], eierskap: [Eierskap(Person(Syntetiske.Fnr(7, 7, 77), "ARNE", "HANSEN", "5003", "BERGEN", "4601"), Fom)]),
        Kjoretoy("2009", registreringer: [Registrering("REGISTRERT", Fom)], eierskap: [Eierskap(Person(Syntetiske.Fnr(8, 8, 88), "ARNE", "HANSEN"), Fom)]));

    [Fact]
    public async Task EveryWordMatchesTheStartOfSomeNamePart()
    {
        var treff = await KuiderAsync("kris han", EiernavnFilter.Ingen);

        Assert.Equal(["2001"], treff);
    }

    [Fact]
    public async Task APrefixFindsEveryNameThatStartsWithIt()
    {
        var treff = await KuiderAsync("hans", EiernavnFilter.Ingen);

        Assert.Equal(["2002", "2003", "2007", "2008", "2009"], treff);
    }

    [Fact]
    public async Task WithoutFonetiskTheLettersMustMatch()
    {
        var treff = await KuiderAsync("christiansen", EiernavnFilter.Ingen);

        Assert.Equal(["2002"], treff);
    }

    [Fact]
    public async Task FonetiskFindsKristiansenAndChristiansenTogether()
    {
        var kristiansen = await KuiderAsync("kristiansen", new EiernavnFilter(Fonetisk: true));
        var christiansen = await KuiderAsync("Christiansen", new EiernavnFilter(Fonetisk: true));

        Assert.Equal(["2001", "2002"], kristiansen);
        Assert.Equal(kristiansen, christiansen);
    }

    [Fact]
    public async Task FonetiskFindsHansenAndHanssenTogether()
    {
        var treff = await KuiderAsync("hansen", new EiernavnFilter(Fonetisk: true));

        Assert.Equal(["2003", "2007", "2008", "2009"], treff);
    }

    [Theory]
    [InlineData("Aas")]
    [InlineData("Ås")]
    [InlineData("os")]
    public async Task FonetiskFindsAasAsAndOsTogether(string navn)
    {
        var treff = await KuiderAsync(navn, new EiernavnFilter(Fonetisk: true));

        Assert.Equal(["2004", "2005", "2006"], treff);
    }

    [Fact]
    public async Task FylkeNarrowsToOwnersWhoseKommuneLiesInIt()
    {
        var vestland = await KuiderAsync("hans", new EiernavnFilter(Fylke: "46"));
        var oslo = await KuiderAsync("hans", new EiernavnFilter(Fylke: "03"));

        Assert.Equal(["2003", "2008"], vestland);
        Assert.Equal(["2002", "2007", "2009"], oslo);
    }

    [Fact]
    public async Task FodselsdatoMatchesTheDateInTheFodselsnummer()
    {
        var treff = await KuiderAsync("arne hansen", new EiernavnFilter(Fodselsdato: new DateOnly(1977, 7, 7)));

        Assert.Equal(["2008"], treff);
    }

    [Fact]
    public async Task FodselsdatoMatchesADNummerAndASyntheticNumber()
    {
        var dNummer = await KuiderAsync("aas", new EiernavnFilter(Fodselsdato: new DateOnly(1981, 2, 14)));
        var syntetisk = await KuiderAsync("kristiansen", new EiernavnFilter(Fodselsdato: new DateOnly(1981, 2, 14)));
        var annenDag = await KuiderAsync("kristiansen", new EiernavnFilter(Fodselsdato: new DateOnly(1981, 2, 15)));

        Assert.Equal(["2004"], dNummer);
        Assert.Equal(["2001"], syntetisk);
        Assert.Empty(annenDag);
    }

    [Fact]
    public async Task EkskluderVraketUtfortLeavesOutVehiclesScrappedOrExportedAtTheTime()
    {
        var alle = await KuiderAsync("arne hansen", EiernavnFilter.Ingen);
        var aktive = await KuiderAsync("arne hansen", new EiernavnFilter(EkskluderVraketUtfort: true));
        var for2023 = await register.Oppslag.SokEiernavnAsync("arne hansen", new EiernavnFilter(EkskluderVraketUtfort: true), DateTimeOffset.Parse("2022-06-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), 0, 100);

        Assert.Equal(["2007", "2008", "2009"], alle);
        Assert.Equal(["2009"], aktive);
        Assert.Equal(["2007", "2009"], for2023.Kjoretoyresponser.Select(k => k.Kjoretoy!.KjoretoyId.Kuid));
        Assert.Equal(2, for2023.AntallTreffTotalt);
    }

    [Fact]
    public async Task FiltersCombine()
    {
        var treff = await KuiderAsync("hansen", new EiernavnFilter(Fylke: "46", Fonetisk: true, EkskluderVraketUtfort: true, ErPerson: true));

        Assert.Equal(["2003"], treff);
    }

    private async Task<IReadOnlyList<string>> KuiderAsync(string navn, EiernavnFilter filter)
    {
        var svar = await register.Oppslag.SokEiernavnAsync(navn, filter, null, 0, 100);
        Assert.Equal(svar.Kjoretoyresponser.Count, svar.AntallTreffTotalt);
        return svar.Kjoretoyresponser.Select(k => k.Kjoretoy!.KjoretoyId.Kuid).ToList();
    }
}

public sealed class SqliteEiersokTests() : EiersokTests(Lagringsmotor.Sqlite);

public sealed class PostgresEiersokTests() : EiersokTests(Lagringsmotor.Postgres);
