using System.Net;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Oppstart;
using Kjoretoyregister.Server.Tests.Testdata;
using Kjoretoyregister.Testing;

namespace Kjoretoyregister.Server.Tests.Flerinstans;

/// <summary>
/// Two instances started at the same moment on one empty store and one data directory: they take turns
/// at the demo set-up, so there is one demo kommune with one demo integration, and the demo.json both
/// leave behind works against either.
/// </summary>
public abstract class SamtidigOppstartTests : IAsyncLifetime
{
    private ServerFabrikk a = null!;
    private ServerFabrikk b = null!;

    public sealed class PaSqlite : SamtidigOppstartTests
    {
        private protected override (ServerFabrikk A, ServerFabrikk B) Lag(int port)
        {
            var a = new ServerFabrikk(port: port);
            return (a, new ServerFabrikk(a.DataKatalog));
        }
    }

    public sealed class PaPostgres : SamtidigOppstartTests
    {
        private PostgresTestdatabase db = null!;

        public override async Task InitializeAsync()
        {
            db = await PostgresTestdatabase.OpprettAsync();
            await base.InitializeAsync();
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await db.DisposeAsync();
        }

        private protected override (ServerFabrikk A, ServerFabrikk B) Lag(int port)
        {
            var a = ServerFabrikk.PaPostgres(db.Tilkoblingsstreng, port: port);
            return (a, ServerFabrikk.PaPostgres(db.Tilkoblingsstreng, a.DataKatalog));
        }
    }

    public virtual async Task InitializeAsync()
    {
        // One name for the local issuer (A's address), as behind a load balancer: a token from either is good on both.
        var port = Ledigport.Finn();
        (a, b) = Lag(port);
        foreach (var server in new[] { a, b })
        {
            server.Konfig["Demo:AntallKjoretoy"] = "50";
            server.Konfig["Maskinporten:LokalIssuer"] = $"http://127.0.0.1:{port}/maskinporten/";
        }

        await Task.WhenAll(Task.Run(a.StartServer), Task.Run(b.StartServer));
    }

    public virtual Task DisposeAsync()
    {
        b.Dispose();
        a.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Two servers on one new store and one new data directory, not started; A on <paramref name="port"/>.</summary>
    private protected abstract (ServerFabrikk A, ServerFabrikk B) Lag(int port);

    [Fact]
    public async Task OneDemoKommuneWithOneIntegrationAndTheDemoJsonWorksOnBoth()
    {
        var store = a.Tjeneste<IForvaltningStore>();

        var kommuner = (await store.ListOrganisasjonerAsync()).Where(o => o.Organisasjonsnummer == DemoOppsett.KommuneOrgnr).ToList();
        var kommune = Assert.Single(kommuner);
        Assert.Single(await store.ListIntegrasjonerAsync(kommune.FiksOrgId));
        foreach (var server in new[] { a, b })
        {
            using var klient = new Fiksklient(server);
            Assert.Equal(kommune.FiksOrgId, klient.Demo.FiksOrgId);
            using var svar = await klient.KjennemerkerAsync("""[{"kjennemerke": "AB12345"}]""");
            Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        }
    }
}
