using System.CommandLine;
using System.Diagnostics;
using Kjoretoyregister.Register.Syntetisk;

namespace Kjoretoyregister.Cli;

/// <summary><c>kjoretoy generer --antall N [--seed S] [--ut FILE]</c></summary>
internal static class GenererKommando
{
    public static Command Lag()
    {
        var antall = new Option<long>("--antall") { Description = "Antall kjøretøy.", Required = true, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "Frø: samme frø gir samme bytes.", DefaultValueFactory = _ => 1, HelpName = "S" };
        var ut = new Option<FileInfo?>("--ut") { Description = "Filen det skrives til (standard: standard ut).", HelpName = "FILE" };
        var kommando = new Command("generer", "Skriver et syntetisk, realistisk kjøretøyregister i importformatet (NDJSON), med syntetiske fødselsnumre (måned + 80).")
        {
            antall, seed, ut,
        };
        kommando.SetAction((parse, ct) => KjorAsync(parse.GetValue(antall), parse.GetValue(seed), parse.GetValue(ut), ct));
        return kommando;
    }

    private static async Task<int> KjorAsync(long antall, int seed, FileInfo? ut, CancellationToken ct)
    {
        if (antall < 1)
        {
            await Console.Error.WriteLineAsync($"kjoretoy: --antall må være minst 1 (fikk {antall})");
            return Kjoring.UgyldigBruk;
        }

        var klokke = Stopwatch.StartNew();
        if (ut is null)
        {
            await using var standardUt = Console.OpenStandardOutput();
            await SyntetiskRegister.SkrivAsync(standardUt, new SyntetiskRegisterOptions(antall, seed), null, ct);
            return Kjoring.Ok;
        }

        ut.Directory?.Create();
        await using (var fil = new FileStream(ut.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var sist = TimeSpan.Zero;
            var fremdrift = new SynkronFremdrift<long>(n =>
            {
                if (klokke.Elapsed - sist >= TimeSpan.FromSeconds(5))
                {
                    sist = klokke.Elapsed;
                    Console.Error.WriteLine($"{n} av {antall} kjøretøy ({n / klokke.Elapsed.TotalSeconds:0}/s)");
                }
            });
            await SyntetiskRegister.SkrivAsync(fil, new SyntetiskRegisterOptions(antall, seed), fremdrift, ct);
        }

        Console.Error.WriteLine($"Skrev {antall} kjøretøy til {ut.FullName} på {klokke.Elapsed.TotalSeconds:0.0} s ({new FileInfo(ut.FullName).Length / (1024.0 * 1024):0.0} MiB).");
        return Kjoring.Ok;
    }
}
