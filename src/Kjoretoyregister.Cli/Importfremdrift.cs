using System.Diagnostics;
using Kjoretoyregister.Register.Import;
using Spectre.Console;

namespace Kjoretoyregister.Cli;

/// <summary>
/// Shows an import's progress: a Spectre.Console bar with lines/s on a terminal, a plain line every
/// few seconds when the output is redirected (logs, CI).
/// </summary>
internal static class Importfremdrift
{
    private static readonly TimeSpan Intervall = TimeSpan.FromSeconds(5);

    public static async Task<T> VisAsync<T>(long totaltBytes, Func<IProgress<ImportFremdrift>, Task<T>> arbeid)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var klokke = Stopwatch.StartNew();
            var sist = TimeSpan.Zero;
            return await arbeid(new SynkronFremdrift<ImportFremdrift>(f =>
            {
                if (klokke.Elapsed - sist < Intervall)
                {
                    return;
                }

                sist = klokke.Elapsed;
                var prosent = totaltBytes == 0 ? 100 : 100.0 * f.Bytes / totaltBytes;
                Console.WriteLine($"{prosent,5:0.0} % {f.Linjer} linjer ({f.Linjer / klokke.Elapsed.TotalSeconds:0} linjer/s)");
            }));
        }

        return await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async kontekst =>
            {
                var oppgave = kontekst.AddTask("Importerer", maxValue: Math.Max(totaltBytes, 1));
                var klokke = Stopwatch.StartNew();
                var resultat = await arbeid(new SynkronFremdrift<ImportFremdrift>(f =>
                {
                    oppgave.Value = f.Bytes;
                    oppgave.Description = $"{f.Linjer} linjer, {f.Linjer / Math.Max(klokke.Elapsed.TotalSeconds, 0.001):0} linjer/s";
                }));
                oppgave.Value = oppgave.MaxValue;
                return resultat;
            });
    }
}

