using System.Globalization;
using System.Text.Json.Nodes;

namespace Kjoretoyregister.Cli.Tests;

/// <summary><c>fiks-kjoretoy oppslag</c> and <c>fiks-kjoretoy token</c> through their front door: the real process against the real server's API.</summary>
public sealed class OppslagKommandoTests(Oppslagsserver server) : IClassFixture<Oppslagsserver>, IDisposable
{
    private readonly string mappe = Directory.CreateTempSubdirectory("kjoretoy-oppslag-").FullName;

    public void Dispose() => Directory.Delete(mappe, recursive: true);

    private Task<KjoretoyProsess.Resultat> Oppslag(params string[] argumenter) =>
        KjoretoyProsess.KjorVerktoyAsync(mappe, ["oppslag", .. argumenter, "--konfig", server.Konfig]);

    /// <summary>A copy of demo.json with <paramref name="endre"/> applied.</summary>
    private string Konfig(Action<JsonObject> endre)
    {
        var konfig = JsonNode.Parse(File.ReadAllText(server.Konfig))!.AsObject();
        endre(konfig);
        var fil = Path.Combine(mappe, $"konfig-{Guid.NewGuid():N}.json");
        File.WriteAllText(fil, konfig.ToJsonString());
        return fil;
    }

    private string Fil(params string[] linjer)
    {
        var fil = Path.Combine(mappe, "kjennemerker.txt");
        File.WriteAllLines(fil, linjer);
        return fil;
    }

    [Fact]
    public async Task ADemoPlateExitsZeroWithTheVehicleAndItsOwnersFodselsnummer()
    {
        var svar = await Oppslag("--kjennemerke", server.Kjennemerke);

        Assert.True(svar.Kode == 0, svar.Feil);
        var kjoretoy = Assert.Single(JsonNode.Parse(svar.Ut)!.AsArray())!["kjoretoy"]!;
        Assert.Equal(server.Kjennemerke, (string?)kjoretoy["kjoretoyId"]!["kjennemerke"]);
        var fnr = (string)kjoretoy["eierskap"]!["eier"]!["person"]!["fodselsnummer"]!;
        Assert.Matches("^[0-9]{11}$", fnr);
        Assert.Equal(server.Fnr, fnr);
    }

    [Fact]
    public async Task TheTableShowsThePlateAndTheOwnersFodselsnummerOnOneRow()
    {
        var svar = await Oppslag("--kjennemerke", server.Kjennemerke, "--tabell");

        Assert.True(svar.Kode == 0, svar.Feil);
        var rader = svar.Ut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("kjennemerke\tkuid\tunderstellsnummer", rader[0], StringComparison.Ordinal);
        var rad = Assert.Single(rader[1..]);
        Assert.StartsWith(server.Kjennemerke + "\t", rad, StringComparison.Ordinal);
        Assert.Contains($"({server.Fnr})", rad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APurposeWithNorwegianLettersIsSent()
    {
        var svar = await Oppslag("--kjennemerke", server.Kjennemerke, "--formal", "Bil til hinder for brøyting på Ærøveien");

        Assert.True(svar.Kode == 0, svar.Feil);
    }

    [Fact]
    public async Task AnUnknownPlateExitsThreeWithItsResponseCode()
    {
        var svar = await Oppslag("--kjennemerke", server.UkjentKjennemerke);

        Assert.True(svar.Kode == 3, svar.Feil);
        Assert.Equal("KJENNEMERKE_UKJENT", (string?)JsonNode.Parse(svar.Ut)![0]!["responskoder"]![0]!["kode"]);
    }

    [Theory]
    [InlineData("--kjennemerke", "X")]
    [InlineData("--kjennemerke", "!!")]
    [InlineData("--kuid", "12a")]
    [InlineData("--eiernavn", "X")]
    [InlineData("--understellsnummer", "!")]
    [InlineData("--organisasjonsnummer", "123456789")]
    public async Task AnInvalidIdentifierExitsTwoNamingTheOptionBeforeAnyCall(string valg, string verdi)
    {
        // Nothing listens on port 1: a call would end in exit code 1.
        var konfig = Konfig(k => k["baseUrl"] = "http://127.0.0.1:1");

        var svar = await KjoretoyProsess.KjorVerktoyAsync(mappe, "oppslag", valg, verdi, "--konfig", konfig);

        Assert.True(svar.Kode == 2, svar.Feil);
        Assert.StartsWith($"fiks-kjoretoy: {valg}: ", svar.Feil, StringComparison.Ordinal);
        Assert.Equal("", svar.Ut);
    }

    [Fact]
    public async Task AnInvalidPlateInTheFileExitsTwoNamingTheLineBeforeAnyCall()
    {
        var fil = Fil(server.Kjennemerke, "!!");
        var konfig = Konfig(k => k["baseUrl"] = "http://127.0.0.1:1");

        var svar = await KjoretoyProsess.KjorVerktoyAsync(mappe, "oppslag", "--fil", fil, "--konfig", konfig);

        Assert.Equal(2, svar.Kode);
        Assert.Contains("linje 2", svar.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongIntegrationPasswordExitsOneWithTheStatusAndTheErrorId()
    {
        var konfig = Konfig(k => k["integrasjonPassord"] = "ikke-passordet");

        var svar = await KjoretoyProsess.KjorVerktoyAsync(mappe, "oppslag", "--kjennemerke", server.Kjennemerke, "--konfig", konfig);

        Assert.Equal(1, svar.Kode);
        Assert.Contains("401", svar.Feil, StringComparison.Ordinal);
        Assert.Contains("errorId", svar.Feil, StringComparison.Ordinal);
        Assert.Equal("", svar.Ut);
    }

    [Fact]
    public async Task AKonfigWithoutIntegrationPasswordExitsTwoNamingTheSettingWithoutCallingAnyone()
    {
        // Nothing listens on port 1: a call would end in exit code 1, not 2.
        var konfig = Konfig(k =>
        {
            k.Remove("integrasjonPassord");
            k["baseUrl"] = "http://127.0.0.1:1";
        });

        var svar = await KjoretoyProsess.KjorVerktoyAsync(mappe, "oppslag", "--kjennemerke", server.Kjennemerke, "--konfig", konfig);

        Assert.Equal(2, svar.Kode);
        Assert.Contains("IntegrasjonPassord", svar.Feil, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(konfig), svar.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AServerThatCannotBeReachedExitsOneNamingTheBaseUrl()
    {
        var konfig = Konfig(k => k["baseUrl"] = "http://127.0.0.1:1");

        var svar = await KjoretoyProsess.KjorVerktoyAsync(mappe, "oppslag", "--kjennemerke", server.Kjennemerke, "--konfig", konfig);

        Assert.Equal(1, svar.Kode);
        Assert.Contains("http://127.0.0.1:1", svar.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileIsAnsweredWithOneNdjsonLinePerPlateInTheFilesOrder()
    {
        var dtg = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var fil = Fil("# kjennemerker å slå opp", server.Kjennemerke, "", server.UkjentKjennemerke, $"{server.Kjennemerke};{dtg}");

        var svar = await Oppslag("--fil", fil);

        Assert.True(svar.Kode == 0, svar.Feil);
        var linjer = svar.Ut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal([server.Kjennemerke, server.UkjentKjennemerke, server.Kjennemerke], linjer.Select(l => (string?)l["kjennemerke"]));
        Assert.Equal(server.Fnr, (string?)linjer[0]["svar"]!["kjoretoy"]!["eierskap"]!["eier"]!["person"]!["fodselsnummer"]);
        Assert.Equal("KJENNEMERKE_UKJENT", (string?)linjer[1]["svar"]!["responskoder"]![0]!["kode"]);
        Assert.Null(linjer[0]["dtg"]);
        Assert.Equal(DateTimeOffset.Parse(dtg, CultureInfo.InvariantCulture), DateTimeOffset.Parse((string)linjer[2]["dtg"]!, CultureInfo.InvariantCulture));
        Assert.NotNull(linjer[2]["svar"]!["kjoretoy"]);
    }

    [Fact]
    public async Task ABadDtgInTheFileExitsTwoNamingTheLineBeforeAnyCall()
    {
        var fil = Fil(server.Kjennemerke, $"{server.UkjentKjennemerke};i går");
        var konfig = Konfig(k => k["baseUrl"] = "http://127.0.0.1:1");

        var svar = await KjoretoyProsess.KjorVerktoyAsync(mappe, "oppslag", "--fil", fil, "--konfig", konfig);

        Assert.Equal(2, svar.Kode);
        Assert.Contains("linje 2", svar.Feil, StringComparison.Ordinal);
        Assert.Equal("", svar.Ut);
    }

    [Fact]
    public async Task TwoLookupOptionsAtOnceExitTwo()
    {
        var svar = await Oppslag("--kjennemerke", server.Kjennemerke, "--fnr", server.Fnr);

        Assert.Equal(2, svar.Kode);
        Assert.Contains("nøyaktig ett av", svar.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidDtgExitsTwoNamingTheOption()
    {
        var svar = await Oppslag("--kjennemerke", server.Kjennemerke, "--dtg", "i går");

        Assert.Equal(2, svar.Kode);
        Assert.Contains("--dtg", svar.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFodselsnummerOfADemoOwnerListsTheirVehicle()
    {
        var svar = await Oppslag("--fnr", server.Fnr);

        Assert.True(svar.Kode == 0, svar.Feil);
        var person = JsonNode.Parse(svar.Ut)!;
        Assert.Equal(server.Fnr, (string?)person["fnr"]);
        Assert.Contains(server.Kjennemerke, person["kjoretoy"]!.AsArray().Select(k => (string?)k!["kjennemerke"]));
    }

    [Fact]
    public async Task AnOwnerNameNobodyHasExitsThree()
    {
        var svar = await Oppslag("--eiernavn", "Finnesikkeetternavn");

        Assert.True(svar.Kode == 3, svar.Feil);
        Assert.Equal(0, (int)JsonNode.Parse(svar.Ut)!["antallTreffTotalt"]!);
    }

    [Fact]
    public async Task TokenPrintsAMaskinportenJwt()
    {
        var svar = await KjoretoyProsess.KjorVerktoyAsync(mappe, "token", "--konfig", server.Konfig);

        Assert.True(svar.Kode == 0, svar.Feil);
        var deler = svar.Ut.Trim().Split('.');
        Assert.Equal(3, deler.Length);
        Assert.All(deler, d => Assert.Matches("^[A-Za-z0-9_-]+$", d));
    }
}
