using System.Diagnostics;
using System.Net;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// The built server (Kjoretoyregister.Server.dll) as a separate operating-system process on a free
/// loopback port, for what an in-process server cannot show: a <c>kill -9</c> in the middle of work.
/// Configuration goes in as environment variables (<c>Storage__Provider</c>, …), as an operator gives it.
/// Its output is kept for the test's failure message. Stopped with SIGTERM (<see cref="StoppAsync"/>) or SIGKILL.
/// </summary>
internal sealed class Serverprosess : IAsyncDisposable
{
    private readonly Process prosess;
    private readonly List<string> utskrift = [];

    private static readonly string[] Adressevariabler =
        ["ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_HTTP_PORTS", "DOTNET_HTTPS_PORTS"];

    private readonly List<string> standardut = [];

    private Serverprosess(Process prosess, Uri adresse)
    {
        this.prosess = prosess;
        Adresse = adresse;
    }

    public Uri Adresse { get; }

    /// <summary>What the process wrote so far (stdout and stderr), for a failing assertion's message.</summary>
    public string Utskrift
    {
        get
        {
            lock (utskrift)
            {
                return string.Join('\n', utskrift);
            }
        }
    }

    /// <summary>Starts the server and waits until <c>/health/ready</c> answers 200 (at most two minutes).</summary>
    /// <param name="miljo">Its environment.</param>
    /// <param name="port">The loopback port to listen on; null for a free one.</param>
    public static Task<Serverprosess> StartAsync(IReadOnlyDictionary<string, string> miljo, int? port = null)
    {
        port ??= Ledigport.Finn();
        return StartAsync(miljo, new Uri($"http://127.0.0.1:{port}/"), ["--urls", $"http://127.0.0.1:{port}"]);
    }

    /// <summary>
    /// Starts the server with exactly these arguments and this environment (no address of its own: the
    /// environment or the arguments say where it listens) and waits until <c>/health/ready</c> at
    /// <paramref name="adresse"/> answers 200 (at most two minutes).
    /// </summary>
    public static async Task<Serverprosess> StartAsync(IReadOnlyDictionary<string, string> miljo, Uri adresse, IReadOnlyList<string> argumenter)
    {
        var server = Start(miljo, adresse, argumenter);
        await server.VentPaKlarAsync();
        return server;
    }

    /// <summary>Starts the server without waiting for it, for a test that watches its output instead.</summary>
    public static Serverprosess Start(IReadOnlyDictionary<string, string> miljo, Uri adresse, IReadOnlyList<string> argumenter)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Kjoretoyregister.Server.dll"));
        foreach (var argument in argumenter)
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing from the test runner's own environment decides where the server listens.
        foreach (var nokkel in Adressevariabler)
        {
            start.Environment.Remove(nokkel);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (nokkel, verdi) in miljo)
        {
            start.Environment[nokkel] = verdi;
        }

        var server = new Serverprosess(Process.Start(start)!, adresse);
        server.prosess.OutputDataReceived += (_, e) => server.Skriv(e.Data, standardut: true);
        server.prosess.ErrorDataReceived += (_, e) => server.Skriv(e.Data, standardut: false);
        server.prosess.BeginOutputReadLine();
        server.prosess.BeginErrorReadLine();
        return server;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200 (at most two minutes).</summary>
    public async Task VentPaKlarAsync()
    {
        using var http = new HttpClient { BaseAddress = Adresse, Timeout = TimeSpan.FromSeconds(5) };
        var frist = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < frist)
        {
            if (prosess.HasExited)
            {
                throw new InvalidOperationException($"Serveren stoppet under oppstart (kode {prosess.ExitCode}):\n{Utskrift}");
            }

            try
            {
                using var svar = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (svar.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(200);
        }

        await DisposeAsync();
        throw new TimeoutException($"Serveren ble ikke klar på to minutter:\n{Utskrift}");
    }

    /// <summary>Waits until a line of its output matches (at most <paramref name="frist"/>); false if it never does.</summary>
    public async Task<bool> VentPaLinjeAsync(Func<string, bool> treff, TimeSpan frist)
    {
        var slutt = DateTime.UtcNow + frist;
        while (DateTime.UtcNow < slutt)
        {
            lock (utskrift)
            {
                if (utskrift.Any(treff))
                {
                    return true;
                }
            }

            if (prosess.HasExited)
            {
                // The last lines may still be on their way from the pipe.
                prosess.WaitForExit();
                lock (utskrift)
                {
                    return utskrift.Any(treff);
                }
            }

            await Task.Delay(100);
        }

        return false;
    }

    /// <summary>
    /// SIGTERM, as <c>docker stop</c> and Kubernetes send it, then waits for the process to end (at most
    /// <paramref name="frist"/>). Returns its exit code, or null if it was still running at the deadline.
    /// </summary>
    public async Task<int?> StoppAsync(TimeSpan frist)
    {
        using (var kill = Process.Start("kill", ["-TERM", prosess.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
            if (kill.ExitCode != 0)
            {
                throw new InvalidOperationException($"kill -TERM {prosess.Id} feilet med kode {kill.ExitCode}");
            }
        }

        using var tidsavbrudd = new CancellationTokenSource(frist);
        try
        {
            await prosess.WaitForExitAsync(tidsavbrudd.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        return prosess.ExitCode;
    }

    /// <summary>SIGKILL: the process ends at once, with no shutdown of any kind.</summary>
    public void DrepHardt()
    {
        if (!prosess.HasExited)
        {
            prosess.Kill(entireProcessTree: true);
        }

        prosess.WaitForExit();
    }

    /// <summary>What the process wrote to standard output alone, line by line.</summary>
    public IReadOnlyList<string> Standardut
    {
        get
        {
            lock (utskrift)
            {
                return [.. standardut];
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        DrepHardt();
        prosess.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Skriv(string? linje, bool standardut)
    {
        if (linje is not null)
        {
            lock (utskrift)
            {
                utskrift.Add(linje);
                if (standardut)
                {
                    this.standardut.Add(linje);
                }
            }
        }
    }
}
