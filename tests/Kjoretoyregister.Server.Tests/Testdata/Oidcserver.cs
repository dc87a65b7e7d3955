using Kjoretoyregister.Testing;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// A test server whose forvaltning signs in with the test OIDC provider (<see cref="OidcUtsteder"/>),
/// on SQLite or, with <c>postgres</c>, on a throwaway PostgreSQL database, with no demo vehicles.
/// <see cref="AndreInstans"/> starts one more instance of the same service (same database and data
/// directory) for what must hold on every instance.
/// </summary>
internal sealed class Oidcserver : IAsyncDisposable
{
    private readonly List<ServerFabrikk> andre = [];

    private Oidcserver(OidcUtsteder utsteder, ServerFabrikk server, PostgresTestdatabase? db)
    {
        Utsteder = utsteder;
        Server = server;
        Db = db;
    }

    public OidcUtsteder Utsteder { get; }

    public ServerFabrikk Server { get; }

    public PostgresTestdatabase? Db { get; }

    public static async Task<Oidcserver> StartAsync(bool postgres = false, Action<ServerFabrikk>? oppsett = null)
    {
        var utsteder = await OidcUtsteder.StartAsync();
        var db = postgres ? await PostgresTestdatabase.OpprettAsync() : null;
        var server = db is null ? ServerFabrikk.UtenDemoregister() : ServerFabrikk.PaPostgres(db.Tilkoblingsstreng);
        server.Konfig["Demo:AntallKjoretoy"] = "0";
        utsteder.Koble(server);
        oppsett?.Invoke(server);
        server.StartServer();
        return new Oidcserver(utsteder, server, db);
    }

    /// <summary>Another instance of the service on the same PostgreSQL database and data directory.</summary>
    public ServerFabrikk AndreInstans()
    {
        var db = Db ?? throw new InvalidOperationException("To instanser krever PostgreSQL (postgres: true).");
        var server = ServerFabrikk.PaPostgres(db.Tilkoblingsstreng, Server.DataKatalog);
        server.Konfig["Demo:AntallKjoretoy"] = "0";
        Utsteder.Koble(server);
        server.StartServer();
        andre.Add(server);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in andre)
        {
            server.Dispose();
        }

        Server.Dispose();
        await Utsteder.DisposeAsync();
        if (Db is not null)
        {
            await Db.DisposeAsync();
        }
    }
}
