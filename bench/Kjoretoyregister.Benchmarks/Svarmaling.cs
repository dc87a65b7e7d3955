using System.Diagnostics;
using System.Globalization;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Register;

namespace Kjoretoyregister.Benchmarks;

/// <summary>
/// <c>maling svarjson</c>: a plate lookup answered as JSON, single and bulk 100, the two ways in one
/// session: built and written per request (what <see cref="IKjoretoyregister"/>'s default JSON methods do)
/// and as the register hands it out (its stored answer for "now" when it holds). Besides the wall-clock
/// times, the process's CPU time per lookup (this process only: on PostgreSQL the server's is not in it).
/// </summary>
internal static class Svarmaling
{
    private const int Bulkrunder = 200;

    public static async Task MalAsync(IKjoretoyregister oppslag, Kjennemerke[] plater, int antall, string motor)
    {
        var bulk = plater.Take(100).Select(p => new BulkOppslag<Kjennemerke>(p)).ToArray();
        var maalinger = new (string Navn, Func<Kjennemerke, Task<int>> En, Func<Task> Bulk)[]
        {
            ("bygget", async p => Svarjson.Fra(await oppslag.SlaOppKjennemerkeAsync(p, null)).Json.Length, async () =>
            {
                foreach (var svar in await oppslag.SlaOppKjennemerkerAsync(bulk))
                {
                    _ = Svarjson.Fra(svar);
                }
            }),
            ("lagret", async p => (await oppslag.SlaOppKjennemerkerJsonAsync([new BulkOppslag<Kjennemerke>(p)]))[0].Json.Length, async () => await oppslag.SlaOppKjennemerkerJsonAsync(bulk)),
        };

        // Each way twice, alternating, so neither gains from a warmer cache; the second round is reported.
        for (var runde = 0; runde < 2; runde++)
        {
            foreach (var (navn, en, bulkOppslag) in maalinger)
            {
                var tider = new double[antall];
                long bytes = 0;
                var cpuFor = Environment.CpuUsage.TotalTime;
                for (var i = 0; i < antall; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    bytes += await en(plater[i % plater.Length]);
                    tider[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                }

                var cpu = (Environment.CpuUsage.TotalTime - cpuFor).TotalMicroseconds / antall;
                var bulkCpuFor = Environment.CpuUsage.TotalTime;
                var bulkKlokke = Stopwatch.StartNew();
                for (var i = 0; i < Bulkrunder; i++)
                {
                    await bulkOppslag();
                }

                bulkKlokke.Stop();
                var bulkCpu = (Environment.CpuUsage.TotalTime - bulkCpuFor).TotalMicroseconds / Bulkrunder;
                Array.Sort(tider);
                if (runde == 1)
                {
                    Console.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{motor} json {navn}: ett kjennemerke ({antall} oppslag, snitt {bytes / antall} byte): snitt {tider.Average():0} µs, p50 {tider[antall / 2]:0} µs, p99 {tider[antall * 99 / 100]:0} µs, CPU {cpu:0} µs; bulk 100: {bulkKlokke.Elapsed.TotalMicroseconds / Bulkrunder:0} µs, CPU {bulkCpu:0} µs"));
                }
            }
        }
    }
}
