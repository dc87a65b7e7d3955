using System.CommandLine;
using System.Reflection;

namespace Kjoretoyregister.Cli;

/// <summary>
/// Exit codes and the one place that runs a parsed command line, shared by <c>kjoretoy</c> (the operator's
/// tool) and <c>fiks-kjoretoy</c> (the vendor's): this folder is linked into both projects.
/// </summary>
internal static class Kjoring
{
    public const int Ok = 0;
    public const int Feil = 1;
    public const int UgyldigBruk = 2;
    public const int DelvisImportert = 3;

    /// <summary>
    /// <c>oppslag</c>: the call went through, but nothing was found (every plate unknown, no one by that
    /// name, no vehicles for the person). The same number as <see cref="DelvisImportert"/>: each command
    /// has its own meaning of 3.
    /// </summary>
    public const int IngenTreff = 3;

    /// <summary>The command's name (<c>kjoretoy</c> or <c>fiks-kjoretoy</c>), which every message on stderr starts with.</summary>
    public static string Navn { get; } = Assembly.GetEntryAssembly()?.GetName().Name ?? "kjoretoy";

    /// <summary>Writes <paramref name="melding"/> on stderr after the command's name.</summary>
    public static void Meld(string melding) => Console.Error.WriteLine($"{Navn}: {melding}");

    /// <summary>
    /// Parses and runs <paramref name="args"/>: a usage error exits <see cref="UgyldigBruk"/>; an expected
    /// operational failure (a file that cannot be read, no contact, or what <paramref name="driftsfeil"/>
    /// adds) exits <see cref="Feil"/> with its message, never a stack trace.
    /// </summary>
    public static async Task<int> KjorAsync(RootCommand rot, string[] args, Func<Exception, bool>? driftsfeil = null)
    {
        var resultat = rot.Parse(args);
        if (resultat.Errors.Count > 0)
        {
            foreach (var feil in resultat.Errors)
            {
                Meld(feil.Message);
            }

            await Console.Error.WriteLineAsync($"Se '{Navn} --help'.");
            return UgyldigBruk;
        }

        try
        {
            return await resultat.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or HttpRequestException
            || (driftsfeil?.Invoke(e) ?? false))
        {
            Meld(e.Message);
            return Feil;
        }
        catch (OperationCanceledException)
        {
            Meld("avbrutt (en avbrutt import skriver ingenting)");
            return Feil;
        }
    }
}
