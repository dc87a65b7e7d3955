using Kjoretoyregister.Server.Logg;

namespace Kjoretoyregister.Cli.Tests;

/// <summary><c>kjoretoy logg innsyn</c> through its front door: a real process on a real data directory (fiks.db and oppslagslogg.db).</summary>
public sealed class LoggInnsynKommandoTests : IDisposable
{
    private static readonly DateTimeOffset Tid = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly Forvaltningsmappe mappe = new();

    public void Dispose() => mappe.Dispose();

    private string Mappe => Path.GetDirectoryName(mappe.DataDir)!;

    private Task<KjoretoyProsess.Resultat> Kjor(params string[] argumenter) =>
        KjoretoyProsess.KjorAsync(Mappe, ["logg", "innsyn", .. argumenter, "--data-dir", mappe.DataDir]);

    /// <summary>The person searched for, then disclosed as co-owner beside another owner; a stranger's lookup; the person in another organisation's log.</summary>
    private async Task<string> LoggAsync()
    {
        var fiksOrgId = await mappe.OrganisasjonAsync("Innsynskommune");
        var org = Guid.Parse(fiksOrgId);
        await Oppslagsloggdata.SkrivAsync(mappe.DataDir,
            Oppslagsloggdata.Rad(Tid, Operasjoner.Person, Oppslagsloggdata.Fnr1, parter: [Oppslagsloggdata.Fnr1], errorId: "sokt", formal: "PARKERINGSTILLATELSE", org: org),
            Oppslagsloggdata.Rad(Tid.AddMinutes(1), nokkel: "EL 12345", parter: [Oppslagsloggdata.Fnr2, Oppslagsloggdata.Fnr1], errorId: "medeier", formal: "PARKERINGSGEBYR", org: org),
            Oppslagsloggdata.Rad(Tid.AddMinutes(2), nokkel: "AB 99999", parter: [Oppslagsloggdata.Fnr2], errorId: "fremmed", org: org),
            Oppslagsloggdata.Rad(Tid.AddMinutes(3), nokkel: "CD 77777", parter: [Oppslagsloggdata.Fnr1], errorId: "annen-org", org: Oppslagsloggdata.AnnenOrg));
        return fiksOrgId;
    }

    [Fact]
    public async Task WithoutUtPrintsTheOrganisationsLookupsOfThePersonAsATableAndChangeLogsIt()
    {
        var fiksOrgId = await LoggAsync();

        var svar = await Kjor("--fnr", Oppslagsloggdata.Fnr1, "--fiks-org", fiksOrgId);

        Assert.True(svar.Kode == 0, svar.Feil);
        var linjer = svar.Ut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("Innsynskommune", linjer[1], StringComparison.Ordinal);
        Assert.Contains("2 oppslag", linjer[1], StringComparison.Ordinal);
        Assert.StartsWith("Tidspunkt", linjer[2], StringComparison.Ordinal);
        Assert.Equal(5, linjer.Length);
        Assert.Contains("kjennemerke EL 12345", linjer[3], StringComparison.Ordinal);
        Assert.Contains("utlevert", linjer[3], StringComparison.Ordinal);
        Assert.Contains("søkt etter og utlevert", linjer[4], StringComparison.Ordinal);
        Assert.DoesNotContain("AB 99999", svar.Ut, StringComparison.Ordinal);
        Assert.DoesNotContain("CD 77777", svar.Ut, StringComparison.Ordinal);
        var endring = Assert.Single(await mappe.EndringerAsync(), e => e.Handling.StartsWith("Laget innsynsrapport", StringComparison.Ordinal));
        Assert.Equal(("cli:" + Environment.UserName, Guid.Parse(fiksOrgId)), (endring.Utfortav, endring.FiksOrgId));
        Assert.Equal($"vist med kjoretoy logg innsyn: fødselsnummer {Oppslagsloggdata.Fnr1[..6]}*****, 2 oppslag", endring.Detaljer);
    }

    [Fact]
    public async Task UtWritesAPdfOrACsvByTheFilesExtension()
    {
        var fiksOrgId = await LoggAsync();
        var pdf = Path.Combine(Mappe, "innsyn.pdf");
        var csv = Path.Combine(Mappe, "innsyn.csv");

        var tilPdf = await Kjor("--fnr", Oppslagsloggdata.Fnr1, "--fiks-org", fiksOrgId, "--ut", pdf);
        var tilCsv = await Kjor("--fnr", Oppslagsloggdata.Fnr1, "--fiks-org", fiksOrgId, "--ut", csv);

        Assert.True(tilPdf.Kode == 0, tilPdf.Feil);
        Assert.True(tilCsv.Kode == 0, tilCsv.Feil);
        Assert.Contains("2 oppslag", tilPdf.Ut, StringComparison.Ordinal);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(pdf))[..5]), StringComparison.Ordinal);
        var linjer = (await File.ReadAllTextAsync(csv)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, linjer.Length);
        Assert.Contains("medeier", linjer[1], StringComparison.Ordinal);
        Assert.Contains("sokt", linjer[2], StringComparison.Ordinal);
        Assert.Equal(2, (await mappe.EndringerAsync()).Count(e => e.Handling.StartsWith("Laget innsynsrapport", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task BadInputExitsTwoNamingTheOptionAndAnUnknownOrganisationExitsOne()
    {
        var fiksOrgId = await LoggAsync();

        var ugyldigFnr = await Kjor("--fnr", "01818510079", "--fiks-org", fiksOrgId);
        var ukjentFormat = await Kjor("--fnr", Oppslagsloggdata.Fnr1, "--fiks-org", fiksOrgId, "--ut", Path.Combine(Mappe, "innsyn.txt"));
        var ukjentOrg = await Kjor("--fnr", Oppslagsloggdata.Fnr1, "--fiks-org", Guid.NewGuid().ToString());

        Assert.Equal((2, 2, 1), (ugyldigFnr.Kode, ukjentFormat.Kode, ukjentOrg.Kode));
        Assert.Contains("--fnr", ugyldigFnr.Feil, StringComparison.Ordinal);
        Assert.DoesNotContain("01818510079", ugyldigFnr.Feil, StringComparison.Ordinal);
        Assert.Contains("--ut", ukjentFormat.Feil, StringComparison.Ordinal);
        Assert.Contains("finnes ikke", ukjentOrg.Feil, StringComparison.Ordinal);
        Assert.DoesNotContain(await mappe.EndringerAsync(), e => e.Handling.StartsWith("Laget innsynsrapport", StringComparison.Ordinal));
    }
}
