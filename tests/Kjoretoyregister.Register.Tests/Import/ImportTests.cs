using System.Text;
using System.Text.Json.Nodes;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Tests.Testdata;
using static Kjoretoyregister.Register.Tests.Testdata.Linjer;

namespace Kjoretoyregister.Register.Tests.Import;

public abstract class ImportTests(Lagringsmotor motor) : Registertest(motor)
{
    private static readonly string Kari = Syntetiske.Fnr(14, 2, 81);
    private static readonly string Ola = Syntetiske.Fnr(30, 6, 92);

    private static JsonObject Bil(string kuid, string plate, string fnr = "", string? til = null) => Kjoretoy(
        kuid,
        kjennemerker: [Plate(plate, "2020-01-01T00:00:00+01:00", til)],
        registreringer: [Registrering("REGISTRERT", "2020-01-01T00:00:00+01:00")],
        eierskap: [Eierskap(Person(fnr == "" ? Kari : fnr, "KARI", "NORDMANN"), "2020-01-01T00:00:00+01:00")]);

    private static string Ndjson(params JsonObject[] linjer) => string.Join("\n", linjer.Select(l => l.ToJsonString()));

    private async Task<bool> Finnes(string kuid) =>
        (await register.Oppslag.SlaOppKuidAsync(Kuid.Parse(kuid), null)).Kjoretoy is not null;

    [Fact]
    public async Task TheSpecExampleFileImportsAndAnswersItsPlates()
    {
        var eksempel = File.ReadAllText(Spesifikasjon.Fil("examples/register-import.example.ndjson"));

        var resultat = await register.ImporterAsync(eksempel);
        var svar = await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("EK39085"), null);

        Assert.True(resultat.Lagret, string.Join("; ", register.Feil));
        Assert.Equal((2, 1), (resultat.Kjoretoy, resultat.Provekjennemerker));
        Assert.Equal("7000000001", svar.Kjoretoy!.KjoretoyId.Kuid);
    }

    [Fact]
    public async Task OneBadLineMeansNothingIsWrittenAndTheLineAndFieldAreReported()
    {
        var ugyldig = Bil("1002", "BR 22222");
        ugyldig["eierskap"]![0]!["eier"]!["person"]!["fodselsnummer"] = "12345678901";

        var resultat = await register.ImporterAsync(Ndjson(Bil("1001", "BR 11111"), ugyldig, Bil("1003", "BR 33333")));

        Assert.False(resultat.Lagret);
        var feil = Assert.Single(register.Feil);
        Assert.Equal(2, feil.Linje);
        Assert.Equal("eierskap[0].eier.person.fodselsnummer", feil.Felt);
        Assert.DoesNotContain("12345678901", feil.Arsak, StringComparison.Ordinal);
        Assert.False(await Finnes("1001"));
        Assert.False(await Finnes("1003"));
    }

    [Fact]
    public async Task EveryBadLineIsReportedNotOnlyTheFirst()
    {
        var utenKuid = Bil("1002", "BR 22222");
        utenKuid.Remove("kuid");
        var feilStatus = Bil("1004", "BR 44444");
        feilStatus["registreringer"]![0]!["registreringsstatus"] = "STJAALET";

        await register.ImporterAsync(Ndjson(Bil("1001", "BR 11111"), utenKuid, Bil("1003", "BR 33333"), feilStatus));

        Assert.Equal([(2L, "kuid"), (4L, "registreringer[0].registreringsstatus")], register.Feil.Select(f => (f.Linje, f.Felt)));
    }

    [Fact]
    public async Task ARefusedImportLeavesWhatWasStoredBeforeUntouched()
    {
        await register.LastAsync(Bil("1001", "BR 11111"));
        var erstatning = Bil("1001", "BR 99999");
        erstatning["understellsnummer"] = "ikke gyldig!";

        await register.ImporterAsync(Ndjson(erstatning));
        var svar = await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR 11111"), null);

        Assert.Equal("1001", svar.Kjoretoy!.KjoretoyId.Kuid);
    }

    [Fact]
    public async Task SkipInvalidImportsTheValidLinesAndWritesTheRejectedOnesAsRead()
    {
        var ugyldig = Bil("1002", "BR 22222");
        ugyldig["kjennemerker"]![0]!["tilTidspunkt"] = "2019-01-01T00:00:00+01:00";
        var tekst = Ndjson(Bil("1001", "BR 11111"), ugyldig, Bil("1003", "BR 33333"));
        using var avvist = new MemoryStream();

        var resultat = await register.ImporterAsync(tekst, hoppOver: true, avvist: avvist);

        Assert.True(resultat.Lagret);
        Assert.Equal((2, 1), (resultat.Kjoretoy, resultat.AvvisteLinjer));
        Assert.True(await Finnes("1001"));
        Assert.False(await Finnes("1002"));
        Assert.True(await Finnes("1003"));
        Assert.Equal(ugyldig.ToJsonString() + "\n", Encoding.UTF8.GetString(avvist.ToArray()));
        Assert.Equal("kjennemerker[0].tilTidspunkt", Assert.Single(register.Feil).Felt);
    }

    [Fact]
    public async Task ReimportingAVehicleReplacesItsWholeHistory()
    {
        await register.LastAsync(Bil("1001", "BR 11111", Kari));

        await register.LastAsync(Bil("1001", "BR 99999", Ola));
        var gammel = await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR 11111"), null);
        var ny = await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR 99999"), null);

        Assert.Equal(Responskoder.KjennemerkeUkjent, Assert.Single(gammel.Responskoder).Kode);
        Assert.Equal(Ola, ny.Kjoretoy!.Eierskap!.Eier!.Person!.Fodselsnummer);
        Assert.Single(ny.Kjoretoy.Kjennemerke);
    }

    [Fact]
    public async Task OverlappingOwnershipPeriodsAreRefused()
    {
        var bil = Kjoretoy("1001", eierskap:
        [
            Eierskap(Person(Kari, "KARI", "NORDMANN"), "2020-01-01T00:00:00+01:00", "2022-01-01T00:00:00+01:00"),
            Eierskap(Person(Ola, "OLA", "HANSEN"), "2021-12-31T00:00:00+01:00"),
        ]);

        var resultat = await register.ImporterAsync(bil);

        Assert.False(resultat.Lagret);
        Assert.Equal("eierskap", Assert.Single(register.Feil).Felt);
    }

    [Fact]
    public async Task APeriodEndingBeforeItStartsIsRefused()
    {
        var bil = Kjoretoy("1001", eierskap: [Eierskap(Person(Kari, "KARI", "NORDMANN"), "2020-01-01T00:00:00+01:00", "2019-01-01T00:00:00+01:00")]);

        await register.ImporterAsync(bil);

        Assert.Equal("eierskap[0].tilTidspunkt", Assert.Single(register.Feil).Felt);
    }

    [Fact]
    public async Task APlateOnTwoVehiclesAtOverlappingTimesIsRefusedNamingTheOtherVehicle()
    {
        await register.LastAsync(Bil("1001", "BR 11111"));

        var resultat = await register.ImporterAsync(Bil("1002", "br-11111"));

        Assert.False(resultat.Lagret);
        var feil = Assert.Single(register.Feil);
        Assert.Equal("kjennemerker[0]", feil.Felt);
        Assert.Contains("1001", feil.Arsak, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlateOnAVehicleEarlierInTheSameFileIsAConflictButAPlateFreedByAReimportIsNot()
    {
        await register.LastAsync(Bil("1001", "BR 11111"));
        var linjer = new List<JsonObject> { Bil("1001", "BR 22222"), Bil("1002", "BR 11111"), Bil("1003", "BR 33333") };
        linjer.AddRange(Enumerable.Range(0, 2500).Select(i => Bil((5000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), $"EL {10000 + i}")));
        linjer.Add(Bil("1004", "BR 33333"));

        var resultat = await register.ImporterAsync(Ndjson([.. linjer]), hoppOver: true);

        Assert.Equal((2503L, 1L), (resultat.Kjoretoy, resultat.AvvisteLinjer));
        var feil = Assert.Single(register.Feil);
        Assert.Equal((2504L, "kjennemerker[0]"), (feil.Linje, feil.Felt));
        Assert.Contains("kuid 1003", feil.Arsak, StringComparison.Ordinal);
        Assert.Equal("1002", (await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR 11111"), null)).Kjoretoy!.KjoretoyId.Kuid);
    }

    [Fact]
    public async Task ATrialPlateWithTheCharactersOfAnotherValidAtTheSameTimeIsRefusedNamingIt()
    {
        await register.LastAsync(Provekjennemerke("9001", "P 10001", "ARSPROVEKJENNEMERKE", Enhet(Syntetiske.Orgnr(1), "FORHANDLER AS"), "2026-01-01T00:00:00+01:00", null));

        var resultat = await register.ImporterAsync(Provekjennemerke("9002", "P 10001", "ARSPROVEKJENNEMERKE", Enhet(Syntetiske.Orgnr(1), "FORHANDLER AS"), "2026-03-01T00:00:00+01:00", null));

        Assert.False(resultat.Lagret);
        var feil = Assert.Single(register.Feil);
        Assert.Equal("kjennemerke", feil.Felt);
        Assert.Contains("prkid 9001", feil.Arsak, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADrivingSlipForAnUnknownKuidIsRefused()
    {
        var plate = Provekjennemerke("9001", "P 10001", "DAGSPROVEKJENNEMERKE", Enhet(Syntetiske.Orgnr(1), "FORHANDLER AS"), "2026-01-01T00:00:00+01:00", null,
            Kjoreseddel("4242", Person(Kari, "KARI", "NORDMANN"), "2026-05-01T08:00:00+02:00", "2026-05-01T18:00:00+02:00"));

        var resultat = await register.ImporterAsync(plate);

        Assert.False(resultat.Lagret);
        Assert.Equal((1L, "kjoresedler[0].kuid"), (Assert.Single(register.Feil).Linje, register.Feil[0].Felt));
    }

    [Fact]
    public async Task ADrivingSlipMayNameAVehicleLaterInTheFileOrAlreadyInTheRegister()
    {
        await register.LastAsync(Bil("1001", "BR 11111"));
        var plate = Provekjennemerke("9001", "P 10001", "ARSPROVEKJENNEMERKE", Enhet(Syntetiske.Orgnr(1), "FORHANDLER AS"), "2026-01-01T00:00:00+01:00", null,
            Kjoreseddel("1001", Person(Kari, "KARI", "NORDMANN"), "2026-05-01T08:00:00+02:00", "2026-05-01T18:00:00+02:00"),
            Kjoreseddel("1002", Person(Ola, "OLA", "HANSEN"), "2026-05-02T08:00:00+02:00", "2026-05-02T18:00:00+02:00"));

        await register.LastAsync(plate, Bil("1002", "BR 22222"));
        var svar = await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("P 10001"), Dtg.Parse("2026-05-02T12:00:00+02:00").Tidspunkt);

        Assert.Equal("1002", svar.Kjoretoy!.KjoretoyId.Kuid);
    }

    [Theory]
    [InlineData("{\"type\": \"kjoretoy\", \"kuid\": ", "kuid")]
    [InlineData("ikke json", "(linjen)")]
    [InlineData("[1, 2]", "(linjen)")]
    [InlineData("{\"type\": \"kjoretoy\", \"kuid\": 17}", "kuid")]
    [InlineData("{\"type\": \"bil\"}", "type")]
    [InlineData("{\"kuid\": \"1\"}", "type")]
    public async Task MalformedLinesAreRefusedNamingTheField(string linje, string felt)
    {
        var resultat = await register.ImporterAsync(linje);

        Assert.False(resultat.Lagret);
        Assert.Equal((1L, felt), (register.Feil[0].Linje, register.Feil[0].Felt));
    }

    [Fact]
    public async Task AFieldOutsideTheFormatIsRefusedByName()
    {
        var bil = Bil("1001", "BR 11111");
        bil["farge"] = "rød";

        await register.ImporterAsync(bil);

        Assert.Equal("farge", Assert.Single(register.Feil).Felt);
    }

    [Fact]
    public async Task TimesWithoutAnOffsetAreRefusedInTheImportFormat()
    {
        var bil = Kjoretoy("1001", registreringer: [Registrering("REGISTRERT", "2020-01-01T00:00:00")]);

        await register.ImporterAsync(bil);

        Assert.Equal("registreringer[0].fomTidspunkt", Assert.Single(register.Feil).Felt);
    }

    [Fact]
    public async Task BlankLinesAndWindowsLineEndsAreAccepted()
    {
        var tekst = Bil("1001", "BR 11111").ToJsonString() + "\r\n\r\n" + Bil("1002", "BR 22222").ToJsonString() + "\r\n";

        var resultat = await register.ImporterAsync(tekst);

        Assert.True(resultat.Lagret);
        Assert.Equal(2, resultat.Kjoretoy);
    }

    [Fact]
    public async Task APersonSeenAgainGetsTheLatestNameAndKeepsTheKnownAddressWhenNoneIsGiven()
    {
        await register.LastAsync(Bil("1001", "BR 11111", Kari));
        var utenAdresse = Kjoretoy("1002", eierskap:
        [
            Eierskap(new JsonObject { ["person"] = new JsonObject { ["fodselsnummer"] = Kari, ["fornavn"] = "KARI", ["etternavn"] = "BERG" } }, "2021-01-01T00:00:00+01:00"),
        ]);

        await register.LastAsync(utenAdresse);
        var eier = (await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), null)).Kjoretoy!.Eierskap!.Eier!;

        Assert.Equal("BERG", eier.Person!.Etternavn);
        Assert.Equal("0603", eier.Adresse!.Postnummer);
    }
}

public sealed class SqliteImportTests() : ImportTests(Lagringsmotor.Sqlite);

public sealed class PostgresImportTests() : ImportTests(Lagringsmotor.Postgres);
