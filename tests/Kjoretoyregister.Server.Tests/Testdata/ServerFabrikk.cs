using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// The real server on a free loopback port (Kestrel, real HTTP), with its own empty data directory
/// that is deleted afterwards. Extra config (e.g. <c>Demo:AntallKjoretoy</c>) goes in
/// <see cref="Konfig"/> before the first use. <c>CreateClient()</c> talks to it over TCP.
/// </summary>
public sealed class ServerFabrikk : WebApplicationFactory<Program>
{
    /// <param name="dataKatalog">An existing data directory to start on (kept afterwards); null for a new one that is deleted.</param>
    /// <param name="port">The loopback port to listen on; 0 for a free one.</param>
    public ServerFabrikk(string? dataKatalog = null, int port = 0)
    {
        DataKatalog = dataKatalog ?? Path.Combine(Path.GetTempPath(), "kjoretoyregister-test-" + Guid.NewGuid().ToString("N"));
        slett = dataKatalog is null;
        this.port = port;
        UseKestrel(port);
    }

    private readonly int port;

    private readonly bool slett;

    /// <summary>A server whose register gets no demo vehicles: the test imports its own.</summary>
    public static ServerFabrikk UtenDemoregister()
    {
        var server = new ServerFabrikk();
        server.Konfig["Demo:AntallKjoretoy"] = "0";
        return server;
    }

    /// <summary>
    /// A server on the PostgreSQL database <paramref name="tilkoblingsstreng"/> (<c>Storage:Provider=Postgres</c>).
    /// Give several the same <paramref name="dataKatalog"/> (demo.json) and the same <paramref name="lokalIssuer"/> to
    /// run them as instances of one service.
    /// </summary>
    public static ServerFabrikk PaPostgres(string tilkoblingsstreng, string? dataKatalog = null, int port = 0, string? lokalIssuer = null)
    {
        var server = new ServerFabrikk(dataKatalog, port);
        server.Konfig["Storage:Provider"] = "Postgres";
        server.Konfig["ConnectionStrings:Postgres"] = tilkoblingsstreng;
        if (lokalIssuer is not null)
        {
            server.Konfig["Maskinporten:LokalIssuer"] = lokalIssuer;
        }

        return server;
    }

    /// <summary>Every line the server logged, at every level, with the server's own filters (appsettings.json) applied.</summary>
    public Logglytter Logg { get; } = new();

    /// <summary>Changes to the server's services (e.g. a stand-in for an external party such as Maskinporten).</summary>
    public Action<IServiceCollection>? Tjenester { get; set; }

    /// <summary>The server's data directory.</summary>
    public string DataKatalog { get; }

    /// <summary>Config the server starts with, on top of the defaults below.</summary>
    public Dictionary<string, string?> Konfig { get; } = new()
    {
        ["Demo:AntallKjoretoy"] = "200",
    };

    /// <summary>A service from the running server (starting it if needed).</summary>
    public T Tjeneste<T>() where T : notnull
    {
        StartServer();
        return Services.GetRequiredService<T>();
    }

    /// <summary>The base address the server listens on, e.g. http://127.0.0.1:40123.</summary>
    public Uri Adresse
    {
        get
        {
            StartServer();
            return new Uri(Tjeneste<Kjoretoyregister.Server.Maskinporten.Utstederadresse>().ServerAdresse());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(Kjoretoyregister.Server.Drift.DataKatalog.Nokkel, DataKatalog);
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, $"http://127.0.0.1:{port}");
        builder.ConfigureLogging(l => l.AddProvider(Logg));
        if (Tjenester is { } endre)
        {
            builder.ConfigureServices(endre);
        }

        foreach (var (nokkel, verdi) in Konfig)
        {
            builder.UseSetting(nokkel, verdi);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && slett && Directory.Exists(DataKatalog))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataKatalog, recursive: true);
        }
    }
}
