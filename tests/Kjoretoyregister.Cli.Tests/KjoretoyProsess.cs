using System.Diagnostics;

namespace Kjoretoyregister.Cli.Tests;

/// <summary>Runs the real <c>kjoretoy</c> command (the built kjoretoy.dll), or another built program, as a separate process.</summary>
internal static class KjoretoyProsess
{
    public sealed record Resultat(int Kode, string Ut, string Feil);

    public static Task<Resultat> KjorAsync(string arbeidsmappe, params string[] argumenter) =>
        KjorProgramAsync("kjoretoy.dll", arbeidsmappe, argumenter);

    /// <summary>Runs <paramref name="dll"/> from the test's output directory with <c>dotnet</c>.</summary>
    public static async Task<Resultat> KjorProgramAsync(string dll, string arbeidsmappe, params string[] argumenter)
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

        using var prosess = Process.Start(start)!;
        var ut = prosess.StandardOutput.ReadToEndAsync();
        var feil = prosess.StandardError.ReadToEndAsync();
        using var tidsavbrudd = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await prosess.WaitForExitAsync(tidsavbrudd.Token);
        return new Resultat(prosess.ExitCode, await ut, await feil);
    }
}
