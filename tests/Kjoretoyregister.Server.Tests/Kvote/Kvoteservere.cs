using Kjoretoyregister.Server.Tests.Testdata;
using Kjoretoyregister.Testing;

namespace Kjoretoyregister.Server.Tests.Kvote;

/// <summary>
/// Two instances of the service on one store (one SQLite data directory, or one PostgreSQL database), with
/// small buckets that refill too slowly to matter within a test (one item per 1,000 s), so a test counts
/// tokens exactly: 100 per integration, 150 for an organisation's integrations together.
/// </summary>
public abstract class Kvoteservere : IAsyncLifetime
{
    public const int IntegrasjonKapasitet = 100;

    public const int OrganisasjonKapasitet = 150;

    public ServerFabrikk A { get; private set; } = null!;

    public ServerFabrikk B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (A, B) = await StartAsync();
    }

    public virtual Task DisposeAsync()
    {
        B?.Dispose();
        A?.Dispose();
        return Task.CompletedTask;
    }

    protected abstract Task<(ServerFabrikk A, ServerFabrikk B)> StartAsync();

    protected static ServerFabrikk Medkvote(ServerFabrikk server)
    {
        server.Konfig["Demo:AntallKjoretoy"] = "0";
        server.Konfig["Kvote:Integrasjon:OppslagPerSekund"] = "0.001";
        server.Konfig["Kvote:Integrasjon:Kapasitet"] = IntegrasjonKapasitet.ToString(System.Globalization.CultureInfo.InvariantCulture);
        server.Konfig["Kvote:Organisasjon:OppslagPerSekund"] = "0.001";
        server.Konfig["Kvote:Organisasjon:Kapasitet"] = OrganisasjonKapasitet.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return server;
    }

    /// <summary>Two processes on one SQLite data directory, with one name for the local issuer (as behind a load balancer).</summary>
    public sealed class PaSqlite : Kvoteservere
    {
        protected override Task<(ServerFabrikk A, ServerFabrikk B)> StartAsync()
        {
            var port = Ledigport.Finn();
            var a = Medkvote(new ServerFabrikk(port: port));
            a.Konfig["Maskinporten:LokalIssuer"] = $"http://127.0.0.1:{port}/maskinporten/";
            a.StartServer();
            var b = Medkvote(new ServerFabrikk(a.DataKatalog));
            b.Konfig["Maskinporten:LokalIssuer"] = a.Konfig["Maskinporten:LokalIssuer"];
            b.StartServer();
            return Task.FromResult((a, b));
        }
    }

    /// <summary>Two instances on one PostgreSQL database.</summary>
    public sealed class PaPostgres : Kvoteservere
    {
        private PostgresTestdatabase? db;

        protected override async Task<(ServerFabrikk A, ServerFabrikk B)> StartAsync()
        {
            db = await PostgresTestdatabase.OpprettAsync();
            var port = Ledigport.Finn();
            var issuer = $"http://127.0.0.1:{port}/maskinporten/";
            var a = Medkvote(ServerFabrikk.PaPostgres(db.Tilkoblingsstreng, port: port, lokalIssuer: issuer));
            a.StartServer();
            var b = Medkvote(ServerFabrikk.PaPostgres(db.Tilkoblingsstreng, a.DataKatalog, lokalIssuer: issuer));
            b.StartServer();
            return (a, b);
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            if (db is not null)
            {
                await db.DisposeAsync();
            }
        }
    }
}
