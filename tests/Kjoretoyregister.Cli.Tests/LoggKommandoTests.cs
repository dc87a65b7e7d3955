using System.Text.Json.Nodes;
using Kjoretoyregister.Server.Logg;

namespace Kjoretoyregister.Cli.Tests;

/// <summary><c>kjoretoy logg</c> through its front door: a real process on a real oppslagslogg.db.</summary>
public sealed class LoggKommandoTests : IDisposable
{
    private static readonly DateTimeOffset Tid = new(2026, 1, 31, 23, 30, 0, TimeSpan.Zero);

    private readonly string mappe = Directory.CreateTempSubdirectory("kjoretoy-logg-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(mappe, recursive: true);
    }

    private string DataDir => Path.Combine(mappe, "data");

    private Task<KjoretoyProsess.Resultat> Kjor(params string[] argumenter) =>
        KjoretoyProsess.KjorAsync(mappe, ["logg", .. argumenter, "--data-dir", DataDir]);

    [Fact]
    public async Task LoggByFnrPrintsRowsWhereThePersonWasSearchedOrReturnedNewestFirstAsJsonLines()
    {
        await Oppslagsloggdata.SkrivAsync(DataDir,
            Oppslagsloggdata.Rad(Tid, Operasjoner.Person, Oppslagsloggdata.Fnr1, Utfall.Ukjent, errorId: "sokt", formal: "Bompengekrav"),
            Oppslagsloggdata.Rad(Tid.AddMinutes(1), parter: [Oppslagsloggdata.Fnr1, Oppslagsloggdata.Orgnr], errorId: "utlevert"),
            Oppslagsloggdata.Rad(Tid.AddMinutes(2), parter: [Oppslagsloggdata.Fnr2], errorId: "annen"));

        var svar = await Kjor("--fnr", Oppslagsloggdata.Fnr1);

        Assert.True(svar.Kode == 0, svar.Feil);
        var linjer = svar.Ut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(["utlevert", "sokt"], linjer.Select(l => (string)l["errorId"]!));
        var sokt = linjer[1];
        Assert.Equal("2026-02-01T00:30:00.000+01:00", (string)sokt["tidspunkt"]!);
        Assert.Equal("person", (string)sokt["operasjon"]!);
        Assert.Equal(Oppslagsloggdata.Fnr1, (string)sokt["nokkel"]!);
        Assert.Equal("ukjent", (string)sokt["utfall"]!);
        Assert.Equal("Bompengekrav", (string)sokt["formal"]!);
        Assert.Equal(Oppslagsloggdata.Org.ToString(), (string)sokt["fiksOrgId"]!);
        Assert.Equal([Oppslagsloggdata.Fnr1, Oppslagsloggdata.Orgnr], linjer[0]["parter"]!.AsArray().Select(p => (string)p!));
    }

    [Fact]
    public async Task AnInvalidFnrExitsTwoNamingTheOptionWithoutRepeatingTheNumber()
    {
        await Oppslagsloggdata.SkrivAsync(DataDir, Oppslagsloggdata.Rad(Tid));

        var svar = await Kjor("--fnr", "01818510079");

        Assert.Equal(2, svar.Kode);
        Assert.Contains("--fnr", svar.Feil, StringComparison.Ordinal);
        Assert.DoesNotContain("01818510079", svar.Feil, StringComparison.Ordinal);
        Assert.Empty(svar.Ut);
    }

    [Theory]
    [InlineData("--fiks-org", "ikke-en-uuid")]
    [InlineData("--integrasjon", "123")]
    [InlineData("--fra", "i går")]
    [InlineData("--til", "151600C NOV 18")]
    [InlineData("--kjennemerke", "B!12345")]
    public async Task AnInvalidFilterExitsTwoNamingTheOption(string valg, string verdi)
    {
        await Oppslagsloggdata.SkrivAsync(DataDir, Oppslagsloggdata.Rad(Tid));

        var svar = await Kjor(valg, verdi);

        Assert.Equal(2, svar.Kode);
        Assert.StartsWith($"kjoretoy: {valg}", svar.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvQuotesANameWithACommaAndAQuoteAndFiltersByPlateOrgAndTime()
    {
        await Oppslagsloggdata.SkrivAsync(DataDir,
            Oppslagsloggdata.Rad(Tid, Operasjoner.Eiernavn, "Hansen, Ola \"Junior\"", errorId: "navn"),
            Oppslagsloggdata.Rad(Tid, nokkel: "br-12345", errorId: "merke"),
            Oppslagsloggdata.Rad(Tid, nokkel: "BR 12345", errorId: "annen-org", org: Oppslagsloggdata.AnnenOrg),
            Oppslagsloggdata.Rad(Tid.AddHours(-1), nokkel: "BR 12345", errorId: "for-tidlig"));

        var alle = await Kjor("--format", "csv");
        var filtrert = await Kjor("--format", "csv", "--kjennemerke", "BR12345", "--fiks-org", Oppslagsloggdata.Org.ToString(), "--fra", "2026-02-01T00:00", "--til", "010100A FEB 26");

        Assert.True(alle.Kode == 0, alle.Feil);
        var linjer = alle.Ut.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,tidspunkt,fiksOrgId,integrasjonId,konsumentOrgnr,klientId,operasjon,nokkel,dtg,utfall,kuider,parter,errorId,formal", linjer[0], StringComparison.Ordinal);
        Assert.Contains(",eiernavn,\"Hansen, Ola \"\"Junior\"\"\",,treff,7000000001,,navn,", alle.Ut, StringComparison.Ordinal);
        Assert.Equal(5, linjer.Length);
        Assert.True(filtrert.Kode == 0, filtrert.Feil);
        Assert.Equal(["merke"], filtrert.Ut.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[12]));
    }

    [Fact]
    public async Task CsvDefusesAFormulaInTheCallersPurposeHeader()
    {
        await Oppslagsloggdata.SkrivAsync(DataDir, Oppslagsloggdata.Rad(Tid, formal: "=HYPERLINK(\"http://x\")", errorId: "formel"));

        var svar = await Kjor("--format", "csv");

        Assert.True(svar.Kode == 0, svar.Feil);
        Assert.EndsWith(",formel,\"'=HYPERLINK(\"\"http://x\"\")\",,", svar.Ut.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingAuditLogExitsOneAndIsNotCreated()
    {
        var svar = await Kjor();

        Assert.Equal(1, svar.Kode);
        Assert.Contains("oppslagslogg.db", svar.Feil, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(DataDir, "oppslagslogg.db")));
    }
}
