using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Logg.Innsyn;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Logg;

/// <summary>The innsyn PDF on its own: a long report runs over pages with the header repeated, and an empty one says so.</summary>
public sealed class InnsynPdfTests : IDisposable
{
    private readonly DirectoryInfo mappe = Directory.CreateTempSubdirectory("innsyn-pdf-");

    private static Innsynsrad Rad(int n) => new(
        Loggrader.Tid.AddMinutes(-n), Loggrader.Integrasjon, "Parkeringssystem", "910000144", "Parkeringsleverandøren AS", "klient-1",
        $"saksbehandler-{n}", $"PG-2026-{n:D5}", "PARKERINGSGEBYR", Operasjoner.Kjennemerke, $"EL {10000 + n}", false, true, ["7000000001"], Utfall.Treff, $"feil-{n}");

    private async Task<string> TekstAsync(Innsynsrapport rapport)
    {
        var pdf = Path.Combine(mappe.FullName, "rapport.pdf");
        await using (var ut = File.Create(pdf))
        {
            InnsynPdf.Skriv(rapport, ut);
        }

        await Pdfverktoy.ForsteSideSomPngAsync(pdf);
        return await Pdfverktoy.TekstAsync(pdf);
    }

    [Fact]
    public async Task ManyLookupsRunOverSeveralPagesEachWithTheTableHeaderAndEveryRowIsThere()
    {
        var rapport = new Innsynsrapport(Loggrader.Org, "Ærlig kommune", Fodselsnummer.Parse(Loggrader.Fnr1), Loggrader.Tid, [.. Enumerable.Range(0, 120).Select(Rad)]);

        var tekst = await TekstAsync(rapport);

        var sider = tekst.Split('\f', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(sider.Length > 2, $"{sider.Length} sider");
        Assert.Contains($"Side {sider.Length} av {sider.Length}", sider[^1], StringComparison.Ordinal);
        Assert.All(sider, side => Assert.Contains("Tidspunkt", side, StringComparison.Ordinal));
        Assert.All(Enumerable.Range(0, 120), n => Assert.Contains($"PG-2026-{n:D5}", tekst, StringComparison.Ordinal));
        Assert.Contains("Ærlig kommune", sider[0], StringComparison.Ordinal);
        Assert.Contains("Parkeringsleverandøren AS", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportWithoutLookupsSaysThereWereNone()
    {
        var rapport = new Innsynsrapport(Loggrader.Org, "Ærlig kommune", Fodselsnummer.Parse(Loggrader.Fnr1), Loggrader.Tid, []);

        var tekst = await TekstAsync(rapport);

        Assert.Contains("Det er ikke gjort noen oppslag på deg i perioden.", tekst, StringComparison.Ordinal);
        Assert.Contains(Loggrader.Fnr1, tekst, StringComparison.Ordinal);
        Assert.Contains("Side 1 av 1", tekst, StringComparison.Ordinal);
    }

    public void Dispose() => mappe.Delete(recursive: true);
}
