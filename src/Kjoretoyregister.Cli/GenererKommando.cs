using System.CommandLine;
using System.Diagnostics;
using Kjoretoyregister.Register.Syntetisk;

namespace Kjoretoyregister.Cli;

/// <summary><c>kjoretoy generer --antall N [--seed S] [--tekniske-data] [--ut FILE]</c></summary>
internal static class GenererKommando
{
    public static Command Lag()
    {
        var antall = new Option<long>("--antall") { Description = "Antall kjøretøy.", Required = true, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "Frø: samme frø gir samme bytes.", DefaultValueFactory = _ => 1, HelpName = "S" };
        var tekniskeData = new Option<bool>("--tekniske-data")
        {
            Description = "Full typegodkjenning og tekniske data (omtrent 10 KB per kjøretøy, formet som Statens vegvesens eksempelsvar, noen varianter per modell), så oppslagssvarene får ekte størrelse.",
        };
        var ut = new Option<FileInfo?>("--ut") { Description = "Filen det skrives til (standard: standard ut).", HelpName = "FILE" };
        var kommando = new Command("generer", "Skriver et syntetisk, realistisk kjøretøyregister i importformatet (NDJSON), med syntetiske fødselsnumre (måned + 80).")
        {
            antall, seed, tekniskeData, ut,
        };
        kommando.SetAction((parse, ct) => KjorAsync(
            new SyntetiskRegisterOptions(parse.GetValue(antall), parse.GetValue(seed)) { TekniskeData = parse.GetValue(tekniskeData) }, parse.GetValue(ut), ct));
        return kommando;
    }

    private static async Task<int> KjorAsync(SyntetiskRegisterOptions options, FileInfo? ut, CancellationToken ct)
    {
        var antall = options.Antall;
        if (antall < 1)
        {
            await Console.Error.WriteLineAsync($"kjoretoy: --antall må være minst 1 (fikk {antall})");
            return Kjoring.UgyldigBruk;
        }

        var klokke = Stopwatch.StartNew();
        if (ut is null)
        {
            await using var standardUt = Console.OpenStandardOutput();
            await SyntetiskRegister.SkrivAsync(standardUt, options, null, ct);
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
            await SyntetiskRegister.SkrivAsync(fil, options, fremdrift, ct);
        }

        Console.Error.WriteLine($"Skrev {antall} kjøretøy til {ut.FullName} på {klokke.Elapsed.TotalSeconds:0.0} s ({new FileInfo(ut.FullName).Length / (1024.0 * 1024):0.0} MiB).");
        return Kjoring.Ok;
    }
}
