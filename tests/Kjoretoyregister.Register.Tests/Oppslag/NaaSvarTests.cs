using System.Text;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Tests.Syntetisk;
using Kjoretoyregister.Register.Tests.Testdata;
using static Kjoretoyregister.Register.Tests.Testdata.Linjer;

namespace Kjoretoyregister.Register.Tests.Oppslag;

/// <summary>
/// The stored answers for "now" (<c>naa_svar</c>): the JSON lookups give exactly the bytes the record
/// lookups would write, whether they hand out a stored answer or build one. The test clock stands at
/// 2026-06-01 12:00 (Oslo) unless a test sets it.
/// </summary>
public abstract class NaaSvarTests(Lagringsmotor motor) : Registertest(motor)
{
    private static readonly string KariFnr = Syntetiske.Fnr(14, 2, 81);
    private static readonly string OlaFnr = Syntetiske.Fnr(30, 6, 92);
    private static readonly string PerFnr = Syntetiske.Fnr(1, 3, 75);

    private static readonly byte[] Merke = Encoding.UTF8.GetBytes("{\"lagret\":true}");

    private static DateTimeOffset T(string iso) => Dtg.Parse(iso).Tidspunkt;

    private static BulkOppslag<Kjennemerke> Skilt(string tekst, DateTimeOffset? dtg = null) => new(Kjennemerke.Parse(tekst), dtg);

    private Task LastBilMedEierskifte(TestRegister r, string? nyttEtternavn = null) => r.LastAsync(Kjoretoy(
        "1001",
        kjennemerker: [Plate("BR 12345", "2018-01-01T00:00:00+01:00")],
        registreringer: [Registrering("REGISTRERT", "2018-01-01T00:00:00+01:00")],
        eierskap:
        [
            Eierskap(Person(KariFnr, "KARI", "NORDMANN"), "2018-01-01T00:00:00+01:00", "2021-05-10T10:00:00+02:00"),
            Eierskap(Person(OlaFnr, "OLA", nyttEtternavn ?? "HANSEN"), "2021-05-10T10:00:00+02:00"),
        ]));

    [Fact]
    public async Task EveryVehicleOfAGeneratedRegisterAnswersAsJsonWithTheBytesTheRecordLookupWrites()
    {
        await using var r = await TestRegister.OpprettAsync(Motor, T("2026-11-15T12:00:00+01:00"));
        var linjer = await SyntetiskeLinjer.LesAsync(300, seed: 7);
        var ndjson = string.Join("\n", linjer.Select(l => l.GetRawText()));
        Assert.True((await r.ImporterAsync(ndjson)).Lagret);
        var biler = linjer.Where(l => l.Type() == "kjoretoy").ToList();
        var kuider = biler.Select(b => new BulkOppslag<Kuid>(Kuid.Parse(b.Tekst("kuid")!), null)).ToList();
        var plater = linjer
            .SelectMany(l => l.Type() == "kjoretoy" ? l.GetProperty("kjennemerker").EnumerateArray().Select(k => k.Tekst("kjennemerke")!) : [l.Tekst("kjennemerke")!])
            .Distinct(StringComparer.Ordinal)
            .Select(p => Skilt(p))
            .ToList();

        var lagret = await LagredeSvarAsync(r);
        var kuidJson = await r.Oppslag.SlaOppKuiderJsonAsync(kuider);
        var kuidSvar = await r.Oppslag.SlaOppKuiderAsync(kuider);

        Assert.Equal(biler.Count, lagret.Count);
        for (var i = 0; i < kuider.Count; i++)
        {
            var bygget = Svarjson.Fra(kuidSvar[i]);
            Assert.Equal(bygget.Json, lagret[kuider[i].Nokkel.Verdi]);
            AssertLik(bygget, kuidJson[i]);
        }

        foreach (var bolk in plater.Chunk(100))
        {
            var json = await r.Oppslag.SlaOppKjennemerkerJsonAsync(bolk);
            var svar = await r.Oppslag.SlaOppKjennemerkerAsync(bolk);
            for (var i = 0; i < bolk.Length; i++)
            {
                AssertLik(Svarjson.Fra(svar[i]), json[i]);
            }
        }

        foreach (var bil in biler.Take(20))
        {
            var vin = Understellsnummer.Parse(bil.Tekst("understellsnummer")!);
            var json = await r.Oppslag.SlaOppUnderstellsnummerJsonAsync(vin, null);
            var svar = await r.Oppslag.SlaOppUnderstellsnummerAsync(vin, null);
            Assert.Equal(svar.Select(s => Svarjson.Fra(s).Json), json.Select(j => j.Json));
        }
    }

    [Fact]
    public async Task LookupInsideTheStoredWindowHandsOutTheStoredBytesAndOutsideItBuildsTheAnswer()
    {
        await LastBilMedEierskifte(register);
        await KjorSqlAsync(register, "UPDATE naa_svar SET json = " + (Motor == Lagringsmotor.Sqlite ? "X'" : "'\\x") + Convert.ToHexString(Merke) + "'");

        var naa = await register.Oppslag.SlaOppKjennemerkerJsonAsync([Skilt("BR12345")]);
        var etterEierskifte = await register.Oppslag.SlaOppKjennemerkerJsonAsync([Skilt("BR12345", T("2021-05-10T10:00:00+02:00"))]);
        var forEierskifte = await register.Oppslag.SlaOppKjennemerkerJsonAsync([Skilt("BR12345", T("2021-05-10T09:59:59.999+02:00"))]);

        Assert.Equal(Merke, naa[0].Json);
        Assert.Equal(Merke, etterEierskifte[0].Json);
        Assert.Equal([OlaFnr], naa[0].Parter);
        Assert.Equal(["1001"], naa[0].Kuider);
        Assert.True(naa[0].ErTreff);
        var bygget = Svarjson.Fra(await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR12345"), T("2021-05-10T09:59:59.999+02:00")));
        AssertLik(bygget, forEierskifte[0]);
        Assert.Equal([KariFnr], forEierskifte[0].Parter);
    }

    [Fact]
    public async Task JsonBeforeAndAfterAnOwnershipChangeMatchesTheRecordLookupAtThoseTimes()
    {
        await LastBilMedEierskifte(register);

        foreach (var dtg in new DateTimeOffset?[] { null, T("2021-05-10T09:59:59.999+02:00"), T("2021-05-10T10:00:00+02:00"), T("2017-01-01T00:00:00+01:00") })
        {
            var json = await register.Oppslag.SlaOppKjennemerkerJsonAsync([Skilt("BR12345", dtg)]);
            var kuid = await register.Oppslag.SlaOppKuiderJsonAsync([new BulkOppslag<Kuid>(Kuid.Parse("1001"), dtg)]);

            AssertLik(Svarjson.Fra(await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR12345"), dtg)), json[0]);
            AssertLik(Svarjson.Fra(await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), dtg)), kuid[0]);
        }
    }

    [Fact]
    public async Task ASecondImportThatChangesTheOwnerChangesTheStoredBytes()
    {
        await LastBilMedEierskifte(register);
        var for_ = (await register.Oppslag.SlaOppKjennemerkerJsonAsync([Skilt("BR12345")]))[0];

        await register.LastAsync(Kjoretoy(
            "1001",
            kjennemerker: [Plate("BR 12345", "2018-01-01T00:00:00+01:00")],
            registreringer: [Registrering("REGISTRERT", "2018-01-01T00:00:00+01:00")],
            eierskap:
            [
                Eierskap(Person(KariFnr, "KARI", "NORDMANN"), "2018-01-01T00:00:00+01:00", "2021-05-10T10:00:00+02:00"),
                Eierskap(Person(OlaFnr, "OLA", "HANSEN"), "2021-05-10T10:00:00+02:00", "2026-03-01T00:00:00+01:00"),
                Eierskap(Person(PerFnr, "PER", "BERG"), "2026-03-01T00:00:00+01:00"),
            ]));
        var etter = (await register.Oppslag.SlaOppKjennemerkerJsonAsync([Skilt("BR12345")]))[0];

        Assert.Equal([OlaFnr], for_.Parter);
        Assert.Equal([PerFnr], etter.Parter);
        Assert.NotEqual(for_.Json, etter.Json);
        Assert.Equal(etter.Json, (await LagredeSvarAsync(register))["1001"]);
        AssertLik(Svarjson.Fra(await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR12345"), null)), etter);
    }

    [Fact]
    public async Task AnImportThatRenamesAPartyRebuildsTheStoredAnswersOfTheOtherVehiclesItOwns()
    {
        await LastBilMedEierskifte(register);

        await register.LastAsync(Kjoretoy("1002", eierskap: [Eierskap(Person(OlaFnr, "OLA", "HANSEN-BERG"), "2024-01-01T00:00:00+01:00")]));
        var json = (await register.Oppslag.SlaOppKuiderJsonAsync([new BulkOppslag<Kuid>(Kuid.Parse("1001"), null)]))[0];

        Assert.Contains("HANSEN-BERG", Encoding.UTF8.GetString((await LagredeSvarAsync(register))["1001"]), StringComparison.Ordinal);
        AssertLik(Svarjson.Fra(await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), null)), json);
    }

    [Fact]
    public async Task WhenNowPassesTheEndOfTheStoredWindowTheAnswerIsBuiltAgain()
    {
        await register.LastAsync(Kjoretoy(
            "1001",
            kjennemerker: [Plate("BR 12345", "2018-01-01T00:00:00+01:00")],
            eierskap:
            [
                Eierskap(Person(KariFnr, "KARI", "NORDMANN"), "2018-01-01T00:00:00+01:00", "2026-07-01T00:00:00+02:00"),
                Eierskap(Person(OlaFnr, "OLA", "HANSEN"), "2026-07-01T00:00:00+02:00"),
            ]));
        var for_ = (await register.Oppslag.SlaOppKjennemerkerJsonAsync([Skilt("BR12345")]))[0];

        register.Klokke.SetUtcNow(T("2026-08-01T12:00:00+02:00"));
        var etter = (await register.Oppslag.SlaOppKjennemerkerJsonAsync([Skilt("BR12345")]))[0];

        Assert.Equal([KariFnr], for_.Parter);
        Assert.Equal([OlaFnr], etter.Parter);
        AssertLik(Svarjson.Fra(await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR12345"), null)), etter);
    }

    [Fact]
    public async Task TrialPlatesAndUnknownKeysAnswerAsJsonAsTheRecordLookupDoes()
    {
        var forhandler = Syntetiske.Orgnr(10);
        await register.LastAsync(
            Kjoretoy("2001", eierskap: [Eierskap(Person(KariFnr, "EIER", "EN"), "2020-01-01T00:00:00+01:00")]),
            Provekjennemerke(
                "9001", "P 10001", "DAGSPROVEKJENNEMERKE", Enhet(forhandler, "EKSEMPEL BILFORHANDLER AS"), "2026-01-01T00:00:00+01:00", null,
                Kjoreseddel("2001", Person(OlaFnr, "BRUKER", "EN"), "2026-05-01T08:00:00+02:00", "2026-05-01T18:00:00+02:00")));
        List<BulkOppslag<Kjennemerke>> oppslag = [Skilt("P10001"), Skilt("P10001", T("2026-05-01T12:00:00+02:00")), Skilt("P10001", T("2026-05-02T12:00:00+02:00")), Skilt("XX99999")];

        var json = await register.Oppslag.SlaOppKjennemerkerJsonAsync(oppslag);
        var svar = await register.Oppslag.SlaOppKjennemerkerAsync(oppslag);
        var ukjentKuid = await register.Oppslag.SlaOppKuiderJsonAsync([new BulkOppslag<Kuid>(Kuid.Parse("7777"), null)]);

        for (var i = 0; i < oppslag.Count; i++)
        {
            AssertLik(Svarjson.Fra(svar[i]), json[i]);
        }

        Assert.Equal([KariFnr, forhandler, OlaFnr], json[0].Parter);
        Assert.False(json[3].ErTreff);
        AssertLik(Svarjson.Fra(await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("7777"), null)), ukjentKuid[0]);
    }

    [Fact]
    public async Task ARegisterUpgradedFromBeforeStoredAnswersGetsThemAndAnswersAsBefore()
    {
        await LastBilMedEierskifte(register);
        await register.LastAsync(Kjoretoy("1002", eierskap: [Eierskap(Person(PerFnr, "PER", "BERG"), "2024-01-01T00:00:00+01:00")]));
        await register.Database.DisposeAsync();
        await KjorSqlAsync(
            register,
            Motor == Lagringsmotor.Sqlite
                ? "DROP TABLE naa_svar; DROP INDEX eierskap_underenhet; DROP TABLE navneord; DROP INDEX part_fodselsdato; ALTER TABLE part DROP COLUMN fodselsdato; PRAGMA user_version = 1;"
                : "DROP TABLE naa_svar; DROP INDEX eierskap_underenhet; DROP TABLE navneord; ALTER TABLE part DROP COLUMN fodselsdato; UPDATE skjemaversjon SET versjon = 1 WHERE sett = 'register';");
        if (Motor == Lagringsmotor.Postgres)
        {
            await Migrering.KjorPostgresAsync(register.Postgres.DataSource, [Migrasjonssett.Register(Lagringsmotor.Postgres)]);
        }

        await using var igjen = register.ApneIgjen();
        var json = await igjen.Oppslag.SlaOppKuiderJsonAsync([new BulkOppslag<Kuid>(Kuid.Parse("1001"), null), new BulkOppslag<Kuid>(Kuid.Parse("1002"), null)]);
        var svar = await igjen.Oppslag.SlaOppKuiderAsync([new BulkOppslag<Kuid>(Kuid.Parse("1001"), null), new BulkOppslag<Kuid>(Kuid.Parse("1002"), null)]);
        var fonetisk = await igjen.Oppslag.SokEiernavnAsync("per berg", new EiernavnFilter(Fonetisk: true), null, 0, 10);

        var lagret = await LagredeSvarAsync(register);
        Assert.Equal(2, lagret.Count);
        Assert.Equal(Svarjson.Fra(svar[0]).Json, lagret["1001"]);
        AssertLik(Svarjson.Fra(svar[0]), json[0]);
        AssertLik(Svarjson.Fra(svar[1]), json[1]);
        Assert.Equal(["1002"], fonetisk.Kjoretoyresponser.Select(k => k.Kjoretoy!.KjoretoyId.Kuid));
    }

    private static void AssertLik(Svarjson forventet, Svarjson faktisk)
    {
        Assert.Equal(Encoding.UTF8.GetString(forventet.Json), Encoding.UTF8.GetString(faktisk.Json));
        Assert.Equal(forventet.Json, faktisk.Json);
        Assert.Equal(forventet.ErTreff, faktisk.ErTreff);
        Assert.Equal(forventet.ErUgyldig, faktisk.ErUgyldig);
        Assert.Equal(forventet.Kuider, faktisk.Kuider);
        Assert.Equal(forventet.Parter, faktisk.Parter);
    }

    /// <summary>The stored answers' JSON by kuid, read straight from the table.</summary>
    private static async Task<Dictionary<string, byte[]>> LagredeSvarAsync(TestRegister r)
    {
        var svar = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        const string Sql = "SELECT kuid, json FROM naa_svar";
        if (r.Motor == Lagringsmotor.Sqlite)
        {
            using var tilkobling = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={r.Sti};Pooling=false");
            tilkobling.Open();
            using var kommando = tilkobling.CreateCommand();
            kommando.CommandText = Sql;
            using var leser = kommando.ExecuteReader();
            while (leser.Read())
            {
                svar[leser.GetString(0)] = (byte[])leser.GetValue(1);
            }

            return svar;
        }

        await using var pg = r.Postgres.DataSource.CreateCommand(Sql);
        await using var pgLeser = await pg.ExecuteReaderAsync();
        while (await pgLeser.ReadAsync())
        {
            svar[pgLeser.GetString(0)] = pgLeser.GetFieldValue<byte[]>(1);
        }

        return svar;
    }

    private static async Task KjorSqlAsync(TestRegister r, string sql)
    {
        if (r.Motor == Lagringsmotor.Sqlite)
        {
            using var tilkobling = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={r.Sti};Pooling=false");
            tilkobling.Open();
            using var kommando = tilkobling.CreateCommand();
            kommando.CommandText = sql;
            kommando.ExecuteNonQuery();
            return;
        }

        await using var pg = r.Postgres.DataSource.CreateCommand(sql);
        await pg.ExecuteNonQueryAsync();
    }
}

public sealed class SqliteNaaSvarTests() : NaaSvarTests(Lagringsmotor.Sqlite);

public sealed class PostgresNaaSvarTests() : NaaSvarTests(Lagringsmotor.Postgres);
