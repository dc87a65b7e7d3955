using System.Globalization;
using System.Text.Json.Nodes;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Tests.Testdata;
using static Kjoretoyregister.Register.Tests.Testdata.Linjer;

namespace Kjoretoyregister.Register.Tests.Import;

/// <summary>
/// The first import into an empty register, of a file that says some things twice. On PostgreSQL that
/// import writes straight into the register's tables under ids of its own (not through the merge), so
/// these hold it to what the merge and SQLite do: the latest version wins, a party's latest name and
/// last known address win, and later imports go on from where it left.
/// </summary>
public abstract class ForsteImportTests(Lagringsmotor motor) : Registertest(motor)
{
    private static readonly string Kari = Syntetiske.Fnr(14, 2, 81);
    private static readonly string Ola = Syntetiske.Fnr(30, 6, 92);

    private static JsonObject Bil(string kuid, string plate, JsonObject eier) => Kjoretoy(
        kuid,
        kjennemerker: [Plate(plate, "2020-01-01T00:00:00+01:00")],
        eierskap: [Eierskap(eier, "2020-01-01T00:00:00+01:00")]);

    /// <summary>Enough vehicles to fill more than one import batch.</summary>
    private static IEnumerable<JsonObject> Fyll(int fra, int antall) => Enumerable.Range(fra, antall)
        .Select(i => Bil(i.ToString(CultureInfo.InvariantCulture), $"EL {i}", Person(Ola, "OLA", "HANSEN")));

    private static JsonObject UtenAdresse(string fnr, string fornavn, string etternavn) =>
        new() { ["person"] = new JsonObject { ["fodselsnummer"] = fnr, ["fornavn"] = fornavn, ["etternavn"] = etternavn } };

    private static string Ndjson(IEnumerable<JsonObject> linjer) => string.Join("\n", linjer.Select(l => l.ToJsonString()));

    private async Task<string?> KuidFor(string plate) =>
        (await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse(plate), null)).Kjoretoy?.KjoretoyId.Kuid;

    [Fact]
    public async Task AKuidGivenTwiceKeepsOnlyItsLastVersionInTheSameBatchAndAcrossBatches()
    {
        var linjer = new List<JsonObject> { Bil("1001", "BR 11111", Person(Kari, "KARI", "NORDMANN")), Bil("1001", "BR 22222", Person(Kari, "KARI", "NORDMANN")) };
        linjer.Add(Bil("1002", "BR 33333", Person(Kari, "KARI", "NORDMANN")));
        linjer.AddRange(Fyll(10000, 2500));
        linjer.Add(Bil("1002", "BR 44444", Person(Ola, "OLA", "HANSEN")));

        var resultat = await register.ImporterAsync(Ndjson(linjer));

        Assert.True(resultat.Lagret, string.Join("; ", register.Feil));
        Assert.Equal(2504L, resultat.Kjoretoy);
        Assert.Equal<string?[]>([null, "1001", null, "1002"], [await KuidFor("BR 11111"), await KuidFor("BR 22222"), await KuidFor("BR 33333"), await KuidFor("BR 44444")]);
        var bil = (await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1002"), null)).Kjoretoy!;
        Assert.Single(bil.Kjennemerke);
        Assert.Equal(Ola, bil.Eierskap!.Eier!.Person!.Fodselsnummer);
        Assert.Equal(2501, (await register.Oppslag.HentForPersonAsync(Fodselsnummer.Parse(Ola), null, 0, 1)).AntallTreffTotalt);
    }

    [Fact]
    public async Task APartyMetAgainGetsItsLatestNameAndKeepsItsLastKnownAddress()
    {
        var linjer = new List<JsonObject>
        {
            Bil("1001", "BR 11111", Person(Kari, "KARI", "NORDMANN", postnummer: "5003", poststed: "BERGEN")),
            Bil("1002", "BR 22222", UtenAdresse(Kari, "KARI", "BERG")),
        };
        linjer.AddRange(Fyll(10000, 2100));
        linjer.Add(Bil("1003", "BR 33333", UtenAdresse(Kari, "KARI", "STRAND")));

        var resultat = await register.ImporterAsync(Ndjson(linjer));
        var eier = (await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), null)).Kjoretoy!.Eierskap!.Eier!;

        Assert.True(resultat.Lagret, string.Join("; ", register.Feil));
        Assert.Equal(("STRAND", "5003"), (eier.Person!.Etternavn, eier.Adresse!.Postnummer));
        Assert.Equal(3, (await register.Oppslag.SokEiernavnAsync("kari strand", EiernavnFilter.Ingen, null, 0, 100)).AntallTreffTotalt);
        Assert.Equal(0, (await register.Oppslag.SokEiernavnAsync("nordmann", EiernavnFilter.Ingen, null, 0, 100)).AntallTreffTotalt);
        Assert.Equal(0, (await register.Oppslag.SokEiernavnAsync("berg", EiernavnFilter.Ingen, null, 0, 100)).AntallTreffTotalt);
    }

    [Fact]
    public async Task APrkidGivenTwiceKeepsOnlyItsLastVersion()
    {
        static JsonObject forhandler() => Enhet(Syntetiske.Orgnr(1), "FORHANDLER AS");
        var resultat = await register.ImporterAsync(Ndjson([
            Bil("2001", "BR 11111", Person(Kari, "KARI", "NORDMANN")),
            Provekjennemerke("9001", "P 10001", "ARSPROVEKJENNEMERKE", forhandler(), "2026-01-01T00:00:00+01:00", null),
            Provekjennemerke("9001", "P 10002", "ARSPROVEKJENNEMERKE", forhandler(), "2026-01-01T00:00:00+01:00", null,
                Kjoreseddel("2001", Person(Ola, "OLA", "HANSEN"), "2026-05-01T08:00:00+02:00", "2026-05-01T18:00:00+02:00")),
            Provekjennemerke("9002", "P 10001", "ARSPROVEKJENNEMERKE", forhandler(), "2026-01-01T00:00:00+01:00", null),
        ]));
        var gammel = await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("P 10001"), null);
        var ny = await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("P 10002"), null);

        Assert.True(resultat.Lagret, string.Join("; ", register.Feil));
        Assert.Equal((1L, 3L), (resultat.Kjoretoy, resultat.Provekjennemerker));
        Assert.Equal("9002", gammel.Provekjennemerke!.Prkid);
        Assert.Equal(("9001", "2001"), (ny.Provekjennemerke!.Prkid, ny.Kjoretoy!.KjoretoyId.Kuid));
    }

    [Fact]
    public async Task AnImportAfterTheFirstAddsVehiclesAndPartiesBesideItsOwn()
    {
        await register.LastAsync([.. Fyll(10000, 50)]);

        await register.LastAsync(Bil("1001", "BR 11111", Person(Kari, "KARI", "NORDMANN")), Bil("10001", "BR 22222", Person(Kari, "KARI", "NORDMANN")));

        Assert.Equal("1001", await KuidFor("BR 11111"));
        Assert.Equal("10001", await KuidFor("BR 22222"));
        Assert.Null(await KuidFor("EL 10001"));
        Assert.Equal("10002", await KuidFor("EL 10002"));
        Assert.Equal(49, (await register.Oppslag.HentForPersonAsync(Fodselsnummer.Parse(Ola), null, 0, 1)).AntallTreffTotalt);
        Assert.Equal(2, (await register.Oppslag.HentForPersonAsync(Fodselsnummer.Parse(Kari), null, 0, 1)).AntallTreffTotalt);
    }
}

public sealed class SqliteForsteImportTests() : ForsteImportTests(Lagringsmotor.Sqlite);

public sealed class PostgresForsteImportTests() : ForsteImportTests(Lagringsmotor.Postgres);
