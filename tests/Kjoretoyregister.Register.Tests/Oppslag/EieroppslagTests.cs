using Kjoretoyregister.Contracts;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Tests.Testdata;
using static Kjoretoyregister.Register.Tests.Testdata.Linjer;

namespace Kjoretoyregister.Register.Tests.Oppslag;

/// <summary>Lookups by fødselsnummer, organisasjonsnummer and owner name: the vehicles a party owns, co-owns or leases at T.</summary>
public abstract class EieroppslagTests(Lagringsmotor motor) : Registertest(motor)
{
    private static readonly string Kari = Syntetiske.Fnr(14, 2, 81);
    private static readonly string Ola = Syntetiske.Fnr(30, 6, 92);
    private static readonly string Per = Syntetiske.Fnr(2, 11, 70);
    private static readonly string Leasing = Syntetiske.Orgnr(1);

    protected override Task ArrangerAsync() => register.LastAsync(
        Kjoretoy("1001", eierskap:
        [
            Eierskap(Person(Kari, "KARI", "NORDMANN"), "2018-01-01T00:00:00+01:00", "2022-01-01T00:00:00+01:00"),
            Eierskap(Person(Ola, "OLA", "HANSEN", "5003", "BERGEN"), "2022-01-01T00:00:00+01:00"),
        ]),
        Kjoretoy("1002", eierskap: [Eierskap(Person(Per, "PER", "HANSEN"), "2019-01-01T00:00:00+01:00", medeier: Person(Kari, "KARI", "NORDMANN"))]),
        Kjoretoy("1003", eierskap: [Eierskap(Enhet(Leasing, "EKSEMPEL LEASING AS"), "2019-01-01T00:00:00+01:00", leasingtaker: Person(Kari, "KARI", "NORDMANN"))]),
        Kjoretoy("1004", eierskap: [Eierskap(Enhet(Leasing, "EKSEMPEL LEASING AS"), "2019-01-01T00:00:00+01:00")]),
        Kjoretoy("1005", eierskap: [Eierskap(Enhet(Leasing, "EKSEMPEL LEASING AS"), "2019-01-01T00:00:00+01:00")]));

    [Fact]
    public async Task PersonLookupReturnsVehiclesOwnedCoOwnedOrLeasedNowButNotThoseSold()
    {
        var side = await register.Oppslag.HentForPersonAsync(Fodselsnummer.Parse(Kari), null, 0, 100);

        Assert.Equal(["1002", "1003"], side.Kjoretoy.Select(k => k.Kjoretoy!.KjoretoyId.Kuid));
        Assert.Equal(2, side.AntallTreffTotalt);
    }

    [Fact]
    public async Task PersonLookupAtAnEarlierTimeReturnsWhatThePersonOwnedThen()
    {
        var side = await register.Oppslag.HentForPersonAsync(Fodselsnummer.Parse(Kari), Dtg.Parse("2018-06-01T00:00:00Z").Tidspunkt, 0, 100);

        Assert.Equal(["1001"], side.Kjoretoy.Select(k => k.Kjoretoy!.KjoretoyId.Kuid));
    }

    [Fact]
    public async Task UnknownPersonGivesAnEmptyPage()
    {
        var side = await register.Oppslag.HentForPersonAsync(Fodselsnummer.Parse(Syntetiske.Fnr(1, 1, 50)), null, 0, 100);

        Assert.Empty(side.Kjoretoy);
        Assert.Equal(0, side.AntallTreffTotalt);
    }

    [Fact]
    public async Task OrganisationLookupIsPagedWithTheTotalCount()
    {
        var forste = await register.Oppslag.HentForOrganisasjonAsync(Organisasjonsnummer.Parse(Leasing), null, 0, 2);
        var andre = await register.Oppslag.HentForOrganisasjonAsync(Organisasjonsnummer.Parse(Leasing), null, 2, 2);

        Assert.Equal(["1003", "1004"], forste.Kjoretoy.Select(k => k.Kjoretoy!.KjoretoyId.Kuid));
        Assert.Equal(["1005"], andre.Kjoretoy.Select(k => k.Kjoretoy!.KjoretoyId.Kuid));
        Assert.Equal(3, forste.AntallTreffTotalt);
    }

    [Fact]
    public async Task OwnerNameSearchMatchesEveryWordInAnyOrderAndCase()
    {
        var svar = await register.Oppslag.SokEiernavnAsync("hansen per", EiernavnFilter.Ingen, null, 0, 100);

        Assert.Equal(["1002"], svar.Kjoretoyresponser.Select(k => k.Kjoretoy!.KjoretoyId.Kuid));
        Assert.Equal(1, svar.AntallTreffTotalt);
    }

    [Fact]
    public async Task OwnerNameSearchCanBeNarrowedByPostnummerAndToOrganisations()
    {
        var iBergen = await register.Oppslag.SokEiernavnAsync("Hansen", new EiernavnFilter(Postnummer: "5003"), null, 0, 100);
        var organisasjoner = await register.Oppslag.SokEiernavnAsync("eksempel leasing", new EiernavnFilter(ErPerson: false), null, 0, 100);
        var personer = await register.Oppslag.SokEiernavnAsync("eksempel leasing", new EiernavnFilter(ErPerson: true), null, 0, 100);

        Assert.Equal(["1001"], iBergen.Kjoretoyresponser.Select(k => k.Kjoretoy!.KjoretoyId.Kuid));
        Assert.Equal(3, organisasjoner.AntallTreffTotalt);
        Assert.Equal(0, personer.AntallTreffTotalt);
    }

    [Fact]
    public async Task OwnerNameSearchPagesWithFraAndAntall()
    {
        var side = await register.Oppslag.SokEiernavnAsync("hansen", EiernavnFilter.Ingen, null, 1, 1);

        Assert.Equal(1, side.AntallITreffliste);
        Assert.Equal(2, side.AntallTreffTotalt);
        Assert.Equal("1002", side.Kjoretoyresponser[0].Kjoretoy!.KjoretoyId.Kuid);
    }
}

public sealed class SqliteEieroppslagTests() : EieroppslagTests(Lagringsmotor.Sqlite);

public sealed class PostgresEieroppslagTests() : EieroppslagTests(Lagringsmotor.Postgres);
