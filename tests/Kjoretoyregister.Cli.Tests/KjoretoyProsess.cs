using System.Diagnostics;

namespace Kjoretoyregister.Cli.Tests;

/// <summary>
/// Runs the real <c>kjoretoy</c> command (the built kjoretoy.dll), the vendor's <c>fiks-kjoretoy</c>
/// (fiks-kjoretoy.dll), or another built program, as a separate process.
/// </summary>
internal static class KjoretoyProsess
{
    public sealed record Resultat(int Kode, string Ut, string Feil);

    public static Task<Resultat> KjorAsync(string arbeidsmappe, params string[] argumenter) =>
        KjorProgramAsync("kjoretoy.dll", arbeidsmappe, argumenter);

    /// <summary>Runs the <c>kjoretoy</c> command with these environment variables set (or removed, when null).</summary>
    public static Task<Resultat> KjorMedMiljoAsync(string arbeidsmappe, IReadOnlyDictionary<string, string?> miljo, params string[] argumenter) =>
        KjorProgramAsync("kjoretoy.dll", arbeidsmappe, argumenter, miljo);

    /// <summary>Runs the vendor's <c>fiks-kjoretoy</c> command.</summary>
    public static Task<Resultat> KjorVerktoyAsync(string arbeidsmappe, params string[] argumenter) =>
        KjorProgramAsync("fiks-kjoretoy.dll", arbeidsmappe, argumenter, null);

    /// <summary>Runs the vendor's <c>fiks-kjoretoy</c> command with these environment variables set (or removed, when null).</summary>
    public static Task<Resultat> KjorVerktoyMedMiljoAsync(string arbeidsmappe, IReadOnlyDictionary<string, string?> miljo, params string[] argumenter) =>
        KjorProgramAsync("fiks-kjoretoy.dll", arbeidsmappe, argumenter, miljo);

    /// <summary>Runs <paramref name="dll"/> from the test's output directory with <c>dotnet</c>.</summary>
    public static Task<Resultat> KjorProgramAsync(string dll, string arbeidsmappe, params string[] argumenter) =>
        KjorProgramAsync(dll, arbeidsmappe, argumenter, null);

    private static async Task<Resultat> KjorProgramAsync(string dll, string arbeidsmappe, string[] argumenter, IReadOnlyDictionary<string, string?>? miljo)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = arbeidsmappe,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var argument in argumenter)
        {
            start.ArgumentList.Add(argument);
        }

        // The command reads ConnectionStrings__Postgres when --postgres is not given: a test chooses, never the caller's shell.
        start.Environment.Remove("ConnectionStrings__Postgres");

        // fiks-kjoretoy reads the SDK's settings from Kjoretoyregister__...: likewise never the caller's.
        foreach (var nokkel in start.Environment.Keys.Where(k => k.StartsWith("Kjoretoyregister__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(nokkel);
        }

        foreach (var (nokkel, verdi) in miljo ?? new Dictionary<string, string?>())
        {
            start.Environment[nokkel] = verdi;
        }

        using var prosess = Process.Start(start)!;
        var ut = prosess.StandardOutput.ReadToEndAsync();
        var feil = prosess.StandardError.ReadToEndAsync();
        using var tidsavbrudd = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await prosess.WaitForExitAsync(tidsavbrudd.Token);
        return new Resultat(prosess.ExitCode, await ut, await feil);
    }
}
