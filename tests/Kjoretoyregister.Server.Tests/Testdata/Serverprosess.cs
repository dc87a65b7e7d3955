using System.Diagnostics;
using System.Net;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// The built server (Kjoretoyregister.Server.dll) as a separate operating-system process on a free
/// loopback port, for what an in-process server cannot show: a <c>kill -9</c> in the middle of work.
/// Configuration goes in as environment variables (<c>Storage__Provider</c>, …), as an operator gives it.
/// Its output is kept for the test's failure message.
/// </summary>
internal sealed class Serverprosess : IAsyncDisposable
{
    private readonly Process prosess;
    private readonly List<string> utskrift = [];

    private Serverprosess(Process prosess, int port)
    {
        this.prosess = prosess;
        Adresse = new Uri($"http://127.0.0.1:{port}/");
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
    public static async Task<Serverprosess> StartAsync(IReadOnlyDictionary<string, string> miljo, int? port = null)
    {
        port ??= Ledigport.Finn();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Kjoretoyregister.Server.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (nokkel, verdi) in miljo)
        {
            start.Environment[nokkel] = verdi;
        }

        var server = new Serverprosess(Process.Start(start)!, port.Value);
        server.prosess.OutputDataReceived += (_, e) => server.Skriv(e.Data);
        server.prosess.ErrorDataReceived += (_, e) => server.Skriv(e.Data);
        server.prosess.BeginOutputReadLine();
        server.prosess.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = server.Adresse, Timeout = TimeSpan.FromSeconds(5) };
        var frist = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < frist)
        {
            if (server.prosess.HasExited)
            {
                throw new InvalidOperationException($"Serveren stoppet under oppstart (kode {server.prosess.ExitCode}):\n{server.Utskrift}");
            }

            try
            {
                using var svar = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (svar.StatusCode == HttpStatusCode.OK)
                {
                    return server;
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

        await server.DisposeAsync();
        throw new TimeoutException($"Serveren ble ikke klar på to minutter:\n{server.Utskrift}");
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

    public ValueTask DisposeAsync()
    {
        DrepHardt();
        prosess.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Skriv(string? linje)
    {
        if (linje is not null)
        {
            lock (utskrift)
            {
                utskrift.Add(linje);
            }
        }
    }
}
