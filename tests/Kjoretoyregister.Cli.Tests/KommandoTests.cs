using System.Text.Json.Nodes;
using Kjoretoyregister.Register.Tests.Testdata;

namespace Kjoretoyregister.Cli.Tests;

/// <summary>The <c>kjoretoy</c> command through its front door: a real process, real files.</summary>
public sealed class KommandoTests : IDisposable
{
    private readonly string mappe = Directory.CreateTempSubdirectory("kjoretoy-cli-").FullName;

    public void Dispose() => Directory.Delete(mappe, recursive: true);

    private string Fil(string navn) => Path.Combine(mappe, navn);

    private Task<KjoretoyProsess.Resultat> Kjor(params string[] argumenter) => KjoretoyProsess.KjorAsync(mappe, argumenter);

    private static string Eksempel() => Spesifikasjon.Fil("examples/register-import.example.ndjson");

    [Fact]
    public async Task GeneratedRegisterImportsAndAPlateFromItIsFoundByDirectLookup()
    {
        var generert = await Kjor("generer", "--antall", "300", "--seed", "7", "--ut", Fil("register.ndjson"));
        var forsteKjoretoy = File.ReadLines(Fil("register.ndjson")).Select(l => JsonNode.Parse(l)!).First(l => (string?)l["type"] == "kjoretoy" && l["kjennemerker"]!.AsArray().Any(k => k!["tilTidspunkt"] is null));
        var plate = (string)forsteKjoretoy["kjennemerker"]!.AsArray().First(k => k!["tilTidspunkt"] is null)!["kjennemerke"]!;

        var importert = await Kjor("importer", Fil("register.ndjson"), "--database", Fil("register.db"));
        var oppslag = await Kjor("register", "oppslag", "--formal", "Drift: test", "--kjennemerke", plate, "--database", Fil("register.db"));

        Assert.Equal(0, generert.Kode);
        Assert.True(importert.Kode == 0, importert.Feil);
        Assert.Contains("Importerte 300 kjøretøy", importert.Ut, StringComparison.Ordinal);
        Assert.True(oppslag.Kode == 0, oppslag.Feil);
        var svar = JsonNode.Parse(oppslag.Ut)!.AsArray();
        Assert.Equal((string)forsteKjoretoy["kuid"]!, (string)svar.Single()!["kjoretoy"]!["kjoretoyId"]!["kuid"]!);
    }

    [Fact]
    public async Task TheSameSeedGivesTheSameBytesOnStandardOutput()
    {
        var forste = await Kjor("generer", "--antall", "200", "--seed", "42");
        var andre = await Kjor("generer", "--antall", "200", "--seed", "42");

        Assert.Equal(0, forste.Kode);
        Assert.False(string.IsNullOrEmpty(forste.Ut));
        Assert.Equal(forste.Ut, andre.Ut);
    }

    [Fact]
    public async Task LookupByEveryKeyPrintsAnIndentedJsonArrayOfKjoretoyResponse()
    {
        await Kjor("importer", Eksempel(), "--database", Fil("register.db"));

        var kuid = await Kjor("register", "oppslag", "--formal", "Drift: test", "--kuid", "7000000001", "--dtg", "2023-01-01T12:00:00+01:00", "--database", Fil("register.db"));
        var vin = await Kjor("register", "oppslag", "--formal", "Drift: test", "--understellsnummer", "wvwzzzauzh8950429", "--database", Fil("register.db"));
        var orgnr = await Kjor("register", "oppslag", "--formal", "Drift: test", "--organisasjonsnummer", "318765448", "--database", Fil("register.db"));
        var prove = await Kjor("register", "oppslag", "--formal", "Drift: test", "--kjennemerke", "P 12345", "--dtg", "031200B MAI 24", "--database", Fil("register.db"));

        Assert.All(new[] { kuid, vin, orgnr, prove }, r => Assert.True(r.Kode == 0, r.Feil));
        Assert.Contains("\n  {", kuid.Ut, StringComparison.Ordinal);
        Assert.Equal("SOLSKIN", (string)JsonNode.Parse(kuid.Ut)![0]!["kjoretoy"]!["kjoretoyId"]!["kjennemerke"]!);
        Assert.Equal("7000000001", (string)JsonNode.Parse(vin.Ut)![0]!["kjoretoy"]!["kjoretoyId"]!["kuid"]!);
        Assert.Equal("7000000002", (string)JsonNode.Parse(orgnr.Ut)![0]!["kjoretoy"]!["kjoretoyId"]!["kuid"]!);
        Assert.Equal("900001", (string)JsonNode.Parse(prove.Ut)![0]!["provekjennemerke"]!["prkid"]!);
    }

    [Fact]
    public async Task TimesArePrintedWithTheOsloOffsetAndMilliseconds()
    {
        await Kjor("importer", Eksempel(), "--database", Fil("register.db"));

        var svar = await Kjor("register", "oppslag", "--formal", "Drift: test", "--kuid", "7000000001", "--dtg", "2019-01-01T12:00:00Z", "--database", Fil("register.db"));

        var eier = JsonNode.Parse(svar.Ut)![0]!["kjoretoy"]!["eierskap"]!["eier"]!;
        Assert.Equal("2017-06-06T00:00:00.000+02:00", (string)eier["fomTidspunkt"]!);
        Assert.Equal("2020-08-17T10:15:00.000+02:00", (string)eier["tilTidspunkt"]!);
    }

    [Fact]
    public async Task AnImportWithABadLineExitsOneReportsLineAndFieldAndWritesNothing()
    {
        var linjer = File.ReadAllLines(Eksempel());
        linjer[1] = linjer[1].Replace("\"UREGISTRERT\"", "\"STJAALET\"", StringComparison.Ordinal);
        File.WriteAllLines(Fil("feil.ndjson"), linjer);

        var importert = await Kjor("importer", Fil("feil.ndjson"), "--database", Fil("register.db"));
        var oppslag = await Kjor("register", "oppslag", "--formal", "Drift: test", "--kuid", "7000000001", "--database", Fil("register.db"));

        Assert.Equal(1, importert.Kode);
        Assert.Contains("linje 2: registreringer[0].registreringsstatus", importert.Feil, StringComparison.Ordinal);
        Assert.Equal("KUID_UKJENT", (string)JsonNode.Parse(oppslag.Ut)![0]!["responskoder"]![0]!["kode"]!);
    }

    [Fact]
    public async Task SkippingInvalidLinesImportsTheRestWritesTheRejectedAndExitsThree()
    {
        var linjer = File.ReadAllLines(Eksempel()).ToList();
        linjer.Insert(1, "{\"type\": \"kjoretoy\"");
        File.WriteAllLines(Fil("feil.ndjson"), linjer);

        var importert = await Kjor("importer", Fil("feil.ndjson"), "--database", Fil("register.db"), "--hopp-over-ugyldige", "--avvist", Fil("avvist.ndjson"));

        Assert.Equal(3, importert.Kode);
        Assert.Equal(["{\"type\": \"kjoretoy\""], File.ReadAllLines(Fil("avvist.ndjson")));
        Assert.Contains("Importerte 2 kjøretøy og 1 prøvekjennemerker", importert.Ut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADirectLookupWithoutFormalExitsTwoAndPrintsNothing()
    {
        await Kjor("importer", Eksempel(), "--database", Fil("register.db"));

        var svar = await KjoretoyProsess.KjorAsync(mappe, "register", "oppslag", "--kuid", "7000000001", "--database", Fil("register.db"));

        Assert.Equal(2, svar.Kode);
        Assert.Contains("--formal", svar.Feil, StringComparison.Ordinal);
        Assert.Empty(svar.Ut);
        Assert.False(File.Exists(Fil("oppslagslogg.db")) && (await Kjor("logg", "--data-dir", mappe)).Ut.Length > 0, "ingen rad skal skrives uten formål");
    }

    [Fact]
    public async Task ADirectLookupIsWrittenToTheAuditLogWithTheOsUserFormalAndWhatItDisclosed()
    {
        await Kjor("importer", Eksempel(), "--database", Fil("register.db"));
        var fiksOrg = Guid.NewGuid();

        var oppslag = await KjoretoyProsess.KjorAsync(mappe, "register", "oppslag", "--kuid", "7000000001", "--formal", "Klage på gebyr", "--saksreferanse", "KS-17",
            "--fiks-org", fiksOrg.ToString(), "--database", Fil("register.db"));
        var logg = await Kjor("logg", "--data-dir", mappe, "--fiks-org", fiksOrg.ToString());

        Assert.True(oppslag.Kode == 0, oppslag.Feil);
        Assert.True(logg.Kode == 0, logg.Feil);
        var rad = JsonNode.Parse(Assert.Single(logg.Ut.Split('\n', StringSplitOptions.RemoveEmptyEntries)))!;
        var kuid = (string)JsonNode.Parse(oppslag.Ut)![0]!["kjoretoy"]!["kjoretoyId"]!["kuid"]!;
        Assert.Equal("kuid", (string)rad["operasjon"]!);
        Assert.Equal("7000000001", (string)rad["nokkel"]!);
        Assert.Equal("treff", (string)rad["utfall"]!);
        Assert.Equal([kuid], rad["kuider"]!.AsArray().Select(k => (string)k!));
        Assert.NotEmpty(rad["parter"]!.AsArray());
        Assert.Equal("Klage på gebyr", (string)rad["formal"]!);
        Assert.Equal("KS-17", (string)rad["saksreferanse"]!);
        Assert.Equal("os:" + Environment.UserName, (string)rad["saksbehandler"]!);
        Assert.Equal("kjoretoy register oppslag", (string)rad["klientId"]!);
    }

    [Theory]
    [InlineData("--kjennemerke", "B!12345")]
    [InlineData("--kuid", "12a")]
    [InlineData("--organisasjonsnummer", "123456789")]
    public async Task AnInvalidIdentifierExitsTwoNamingTheValue(string valg, string verdi)
    {
        await Kjor("importer", Eksempel(), "--database", Fil("register.db"));

        var svar = await Kjor("register", "oppslag", "--formal", "Drift: test", valg, verdi, "--database", Fil("register.db"));

        Assert.Equal(2, svar.Kode);
        Assert.Contains(verdi, svar.Feil, StringComparison.Ordinal);
        Assert.Empty(svar.Ut);
    }

    [Fact]
    public async Task AnInvalidDtgExitsTwoNamingTheValue()
    {
        await Kjor("importer", Eksempel(), "--database", Fil("register.db"));

        var svar = await Kjor("register", "oppslag", "--formal", "Drift: test", "--kuid", "7000000001", "--dtg", "151600C NOV 18", "--database", Fil("register.db"));

        Assert.Equal(2, svar.Kode);
        Assert.Contains("151600C NOV 18", svar.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALookupNeedsExactlyOneKey()
    {
        var ingen = await Kjor("register", "oppslag", "--formal", "Drift: test", "--database", Fil("register.db"));
        var to = await Kjor("register", "oppslag", "--formal", "Drift: test", "--kuid", "1", "--kjennemerke", "BR 12345", "--database", Fil("register.db"));

        Assert.Equal(2, ingen.Kode);
        Assert.Equal(2, to.Kode);
    }

    [Fact]
    public async Task ALookupInAMissingRegisterFileSaysSoInsteadOfCreatingIt()
    {
        var svar = await Kjor("register", "oppslag", "--formal", "Drift: test", "--kuid", "1", "--database", Fil("finnes-ikke.db"));

        Assert.Equal(1, svar.Kode);
        Assert.False(File.Exists(Fil("finnes-ikke.db")));
    }

    [Fact]
    public async Task ARegisterFileThatCannotBeOpenedGivesAMessageAndExitOneNotAStackTrace()
    {
        Directory.CreateDirectory(Fil("er-en-mappe.db"));

        var svar = await Kjor("importer", Eksempel(), "--database", Fil("er-en-mappe.db"));

        Assert.Equal(1, svar.Kode);
        Assert.StartsWith("kjoretoy: ", svar.Feil, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", svar.Feil, StringComparison.Ordinal);
    }
}
