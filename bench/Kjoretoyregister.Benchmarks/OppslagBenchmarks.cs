using BenchmarkDotNet.Attributes;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Register;

namespace Kjoretoyregister.Benchmarks;

/// <summary>
/// Lookup time against register size: the same lookups on a 10,000- and a 1,000,000-vehicle register.
/// Index seeks grow with log(n), so the ratio between the two rows of each method is what to read
/// (the bar: within 1.5×). The first run builds the registers under bench/data.
/// </summary>
[MemoryDiagnoser]
public class OppslagBenchmarks
{
    private RegisterDatabase register = null!;
    private Kjennemerke[] kjennemerker = [];
    private Kuid[] kuider = [];
    private BulkOppslag<Kjennemerke>[] bulk = [];
    private const int Utvalg = 65536;
    private int neste;
    private DateTimeOffset igar;

    [Params(10_000, 1_000_000)]
    public int Kjoretoy { get; set; }

    [GlobalSetup]
    public void Oppsett()
    {
        var sti = Registerfiler.Hent(Kjoretoy);
        var (plater, ider) = Registerfiler.Utvalg(sti, Utvalg);
        kjennemerker = [.. plater.Select(p => Kjennemerke.Parse(p, null))];
        kuider = [.. ider.Select(i => Kuid.Parse(i, null))];
        bulk = [.. kjennemerker.Take(100).Select(k => new BulkOppslag<Kjennemerke>(k))];
        register = RegisterDatabase.ApneSqlite(sti);
        igar = TimeProvider.System.GetUtcNow().AddDays(-1);
    }

    [GlobalCleanup]
    public void Rydd() => register.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<bool> EttKjennemerke() =>
        (await register.Oppslag.SlaOppKjennemerkeAsync(kjennemerker[neste++ % kjennemerker.Length], null)).ErTreff;

    [Benchmark]
    public async Task<bool> EttKjennemerkeMedDtg() =>
        (await register.Oppslag.SlaOppKjennemerkeAsync(kjennemerker[neste++ % kjennemerker.Length], igar)).ErTreff;

    [Benchmark]
    public async Task<bool> EnKuid() =>
        (await register.Oppslag.SlaOppKuidAsync(kuider[neste++ % kuider.Length], null)).ErTreff;

    [Benchmark(OperationsPerInvoke = 100)]
    public async Task<int> Bulk100Kjennemerker() =>
        (await register.Oppslag.SlaOppKjennemerkerAsync(bulk)).Count;
}
