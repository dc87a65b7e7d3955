using System.Net;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tests.Testdata;
using Kjoretoyregister.Testing;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Server.Tests.Oppslag;

/// <summary>
/// Every looked-up item leaves one durable audit row with who, what, when and why; no row, no data. The
/// same tests on each engine (<see cref="PaSqlite"/>, <see cref="PaPostgres"/>), each on a server of its own.
/// </summary>
public abstract class OppslagsloggforingTests : IAsyncLifetime
{
    /// <summary>The test's server, with no demo vehicles.</summary>
    private protected ServerFabrikk Server { get; set; } = null!;

    public abstract Task InitializeAsync();

    public virtual Task DisposeAsync()
    {
        Server.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Takes the audit table away underneath the running server, as a broken disk or a bad migration would.</summary>
    private protected abstract Task OdeleggAsync();

    public sealed class PaSqlite : OppslagsloggforingTests
    {
        public override Task InitializeAsync()
        {
            Server = ServerFabrikk.UtenDemoregister();
            return Task.CompletedTask;
        }

        private protected override Task OdeleggAsync()
        {
            using var tilkobling = new SqliteConnection($"Data Source={Path.Combine(Server.DataKatalog, OppslagsloggDatabase.Filnavn)};Pooling=False");
            tilkobling.Open();
            using var kommando = tilkobling.CreateCommand();
            kommando.CommandText = "PRAGMA foreign_keys=OFF; DROP TABLE logg;";
            kommando.ExecuteNonQuery();
            return Task.CompletedTask;
        }
    }

    public sealed class PaPostgres : OppslagsloggforingTests
    {
        private PostgresTestdatabase db = null!;

        public override async Task InitializeAsync()
        {
            db = await PostgresTestdatabase.OpprettAsync();
            Server = ServerFabrikk.PaPostgres(db.Tilkoblingsstreng);
            Server.Konfig["Demo:AntallKjoretoy"] = "0";
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await db.DisposeAsync();
        }

        private protected override Task OdeleggAsync() => db.SkalarAsync("DROP TABLE logg CASCADE");
    }

    [Fact]
    public async Task NLookedUpItemsWriteNRowsWithTheRightFields()
    {
        using var klient = new Fiksklient(Server);
        var bil = Kjoretoydata.Ny();
        klient.Importer(bil.Linje());
        var token = await klient.TokenAsync();

        var bulk = await klient.KjennemerkerAsync($$"""[{"kjennemerke": "{{bil.Kjennemerke}}", "dtg": "2024-05-01T12:00:00+02:00"}, {"kjennemerke": "ZZ 99999"}, {"kjennemerke": "!"}]""", token, "PARKERINGSGEBYR");
        var person = await klient.SendAsync(HttpMethod.Post, klient.KsSti("person"), $$"""{"fnr": "{{bil.Fnr}}"}""", token, formal: "BOSTEDSPARKERING");
        var vin = await klient.SendAsync(HttpMethod.Get, klient.SvvSti($"bulk/understellsnummer/{bil.Understellsnummer}"), token: token);
        var rader = await Rader(new LoggFilter(IntegrasjonId: klient.Demo.IntegrasjonId));

        Assert.All([bulk, person, vin], s => Assert.Equal(HttpStatusCode.OK, s.StatusCode));
        Assert.Equal(5, rader.Count);
        var treff = rader.Single(r => r.Operasjon == Operasjoner.Kjennemerke && r.Utfall == Utfall.Treff);
        Assert.Equal(bil.Kjennemerke, treff.Nokkel);
        Assert.Equal(DateTimeOffset.Parse("2024-05-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), treff.Dtg);
        Assert.Equal([bil.Kuid], treff.Kuider);
        Assert.Equal([bil.Fnr], treff.Parter);
        Assert.Equal("PARKERINGSGEBYR", treff.Formal);
        Assert.Equal(klient.Demo.FiksOrgId, treff.FiksOrgId);
        Assert.Equal(klient.Demo.Maskinporten.Orgnr, treff.KonsumentOrgnr);
        Assert.Equal(klient.Demo.Maskinporten.ClientId, treff.KlientId);
        Assert.False(string.IsNullOrEmpty(treff.ErrorId));
        Assert.Contains(rader, r => r.Operasjon == Operasjoner.Kjennemerke && r.Utfall == Utfall.Ukjent && r.Nokkel == "ZZ 99999" && r.Kuider.Count == 0);
        Assert.Contains(rader, r => r.Operasjon == Operasjoner.Kjennemerke && r.Utfall == Utfall.Ugyldig);
        var personrad = rader.Single(r => r.Operasjon == Operasjoner.Person);
        Assert.Equal((bil.Fnr, "BOSTEDSPARKERING", Utfall.Treff), (personrad.Nokkel, personrad.Formal, personrad.Utfall));
        Assert.Contains(rader, r => r.Operasjon == Operasjoner.Understellsnummer && r.Nokkel == bil.Understellsnummer && r.Kuider.Contains(bil.Kuid));
    }

    [Fact]
    public async Task WhenTheAuditLogCannotBeWrittenTheCallerGets503AndNoData()
    {
        using var klient = new Fiksklient(Server);
        var bil = Kjoretoydata.Ny();
        klient.Importer(bil.Linje());
        var token = await klient.TokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await klient.KjennemerkerAsync($$"""[{"kjennemerke": "{{bil.Kjennemerke}}"}]""", token)).StatusCode);
        await OdeleggAsync();

        var svar = await klient.KjennemerkerAsync($$"""[{"kjennemerke": "{{bil.Kjennemerke}}"}]""", token);
        var tekst = await svar.Content.ReadAsStringAsync();

        var feil = await Svar.FeilAsync(svar, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("OPPSLAGSLOGG_UTILGJENGELIG", feil.ErrorCode);
        Assert.DoesNotContain(bil.Fnr, tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(bil.Kuid, tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOverlongInvalidKeyIsLoggedCutToTheLimit()
    {
        using var klient = new Fiksklient(Server);

        var svar = await klient.KjennemerkerAsync($$"""[{"kjennemerke": "{{new string('X', 5000)}}"}]""");
        var rad = Assert.Single(await Rader(new LoggFilter()));

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Equal(Utfall.Ugyldig, rad.Utfall);
        Assert.Equal(new string('X', Kjoretoyregister.Server.Oppslag.Loggforing.MaksNokkel), rad.Nokkel);
    }

    [Fact]
    public async Task RefusedCallsWriteNoRows()
    {
        using var klient = new Fiksklient(Server);

        await klient.KjennemerkerAsync("""[{"kjennemerke": "AB12345"}]""", token: null);
        await klient.SendAsync(HttpMethod.Post, klient.SvvSti("bulk/kjennemerke"), """[{"kjennemerke": "AB12345"}]""", passord: "feil");

        Assert.Empty(await Rader(new LoggFilter()));
    }

    private async Task<List<LoggRad>> Rader(LoggFilter filter)
    {
        var rader = new List<LoggRad>();
        await foreach (var rad in Server.Tjeneste<IOppslagsloggLeser>().SokAsync(filter))
        {
            rader.Add(rad.Rad);
        }

        return rader;
    }
}
