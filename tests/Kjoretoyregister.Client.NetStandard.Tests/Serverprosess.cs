using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Kjoretoyregister.Client.NetStandard.Tests;

/// <summary>
/// The built server (its own Kjoretoyregister.Server.dll, with its net10.0 Contracts and Client) as a separate
/// process on a free loopback port with a data directory of its own: this process holds the netstandard2.0
/// builds, which cannot share it with the server's. Started with a small demo register; it writes demo.json and
/// prints one plate to look up.
/// </summary>
public sealed partial class Serverprosess : IAsyncDisposable
{
    private readonly Process prosess;
    private readonly List<string> utskrift = [];

    private Serverprosess(Process prosess, string dataKatalog)
    {
        this.prosess = prosess;
        DataKatalog = dataKatalog;
    }

    public string DataKatalog { get; }

    /// <summary>The configuration the server wrote for the demo vendor (CONTRACT.md §7).</summary>
    public string DemoJson => Path.Combine(DataKatalog, "demo.json");

    /// <summary>The plate the server printed as its example lookup: a vehicle in its demo register.</summary>
    public string EksempelKjennemerke => EksempelRegex().Match(Utskrift) is { Success: true } treff
        ? treff.Groups[1].Value
        : throw new InvalidOperationException($"Serveren skrev ikke noe eksempel-kjennemerke:\n{Utskrift}");

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

    public static async Task<Serverprosess> StartAsync()
    {
        var dll = typeof(Serverprosess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ServerDll").Value!;
        Assert.True(File.Exists(dll), $"Serveren er ikke bygget: {dll}");
        var port = LedigPort();
        var dataKatalog = Directory.CreateTempSubdirectory("kjoretoyregister-netstandard-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var argument in new[] { dll, "--urls", $"http://127.0.0.1:{port}", "--DataDirectory", dataKatalog })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["Demo__AntallKjoretoy"] = "100";
        var server = new Serverprosess(Process.Start(start)!, dataKatalog);
        server.prosess.OutputDataReceived += (_, e) => server.Skriv(e.Data);
        server.prosess.ErrorDataReceived += (_, e) => server.Skriv(e.Data);
        server.prosess.BeginOutputReadLine();
        server.prosess.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
        var frist = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < frist && !server.prosess.HasExited)
        {
            try
            {
                using var svar = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (svar.StatusCode == HttpStatusCode.OK && File.Exists(server.DemoJson) && EksempelRegex().IsMatch(server.Utskrift))
                {
                    return server;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening or not answering yet: asked again below.
            }

            await Task.Delay(200);
        }

        await server.DisposeAsync();
        throw new TimeoutException($"Serveren ble ikke klar:\n{server.Utskrift}");
    }

    public ValueTask DisposeAsync()
    {
        if (!prosess.HasExited)
        {
            prosess.Kill(entireProcessTree: true);
        }

        prosess.WaitForExit();
        prosess.Dispose();
        Directory.Delete(DataKatalog, recursive: true);
        return ValueTask.CompletedTask;
    }

    private static int LedigPort()
    {
        using var lytter = new TcpListener(IPAddress.Loopback, 0);
        lytter.Start();
        return ((IPEndPoint)lytter.LocalEndpoint).Port;
    }

    [GeneratedRegex("\"kjennemerke\": \"([^\"]+)\"")]
    private static partial Regex EksempelRegex();

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
