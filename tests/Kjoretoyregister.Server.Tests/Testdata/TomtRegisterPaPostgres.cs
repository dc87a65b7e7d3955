using Kjoretoyregister.Testing;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// <see cref="TomtRegister"/> on PostgreSQL: a running server with <c>Storage:Provider=Postgres</c> on a
/// fresh database of its own and no demo vehicles (shared by a test class; the database is dropped after).
/// </summary>
public sealed class TomtRegisterPaPostgres : IAsyncLifetime
{
    private PostgresTestdatabase? db;

    public ServerFabrikk Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        db = await PostgresTestdatabase.OpprettAsync();
        Server = ServerFabrikk.PaPostgres(db.Tilkoblingsstreng);
        Server.Konfig["Demo:AntallKjoretoy"] = "0";
        Server.StartServer();
    }

    public async Task DisposeAsync()
    {
        Server?.Dispose();
        if (db is not null)
        {
            await db.DisposeAsync();
        }
    }
}
