using System.Diagnostics;

namespace Kjoretoyregister.Server.Tests.Apidokument;

/// <summary>
/// Redocly's linter as pinned in tests/redocly (package.json and package-lock.json; ./test.sh runs
/// <c>npm ci</c> there), with its recommended rules (tests/redocly/redocly.yaml). Offline: no telemetry,
/// no update check.
/// </summary>
internal static class Redocly
{
    public static string Mappe => Path.Combine(Repo.Rot, "tests", "redocly");

    /// <summary>Why the linter cannot run here, or null when it can.</summary>
    public static string? Mangler()
    {
        if (!File.Exists(Path.Combine(Mappe, "node_modules", "@redocly", "cli", "package.json")))
        {
            return $"Redocly CLI er ikke installert i {Mappe}: kjør `npm ci` der (./test.sh gjør det, og installerer node og npm med apt-get når de mangler).";
        }

        return null;
    }

    /// <summary>Runs <c>npx redocly lint</c> on the file; the exit code and everything it printed.</summary>
    public static async Task<(int Kode, string Utskrift)> LintAsync(string fil)
    {
        var start = new ProcessStartInfo("npx", ["--no-install", "redocly", "lint", fil, "--format", "stylish"])
        {
            WorkingDirectory = Mappe,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";
        using var prosess = Process.Start(start) ?? throw new InvalidOperationException("npx startet ikke.");
        var ut = prosess.StandardOutput.ReadToEndAsync();
        var feil = prosess.StandardError.ReadToEndAsync();
        using var frist = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await prosess.WaitForExitAsync(frist.Token);
        return (prosess.ExitCode, await ut + await feil);
    }
}
