using System.Diagnostics;
using System.Net;
using Kjoretoyregister.Server.Telemetri;
using Kjoretoyregister.Server.Tests.Testdata;
using Kjoretoyregister.Testing;

namespace Kjoretoyregister.Server.Tests.Telemetri;

/// <summary>On PostgreSQL: Npgsql's own spans are in the lookup's trace, with statements whose values are parameters, and nothing exported holds a key.</summary>
[Collection(Telemetrisamling.Navn)]
public sealed class PostgresTelemetriTests : IAsyncLifetime
{
    private const string Passord = "pg-passord-som-aldri-eksporteres";

    private readonly Telemetrifangst fangst = new();
    private PostgresTestdatabase db = null!;
    private ServerFabrikk server = null!;

    public async Task InitializeAsync()
    {
        db = await PostgresTestdatabase.OpprettAsync();
        // A password in the connection string (the test cluster trusts local connections and ignores it), to look for it in what is exported.
        server = ServerFabrikk.PaPostgres(db.Tilkoblingsstreng + ";Password=" + Passord);
        server.Konfig["Demo:AntallKjoretoy"] = "0";
        fangst.Koble(server);
    }

    public async Task DisposeAsync()
    {
        server.Dispose();
        await db.DisposeAsync();
    }

    [Fact]
    public async Task NpgsqlSpansJoinTheLookupsTraceAndNothingExportedHoldsAKey()
    {
        using var klient = new Fiksklient(server);
        var bil = Kjoretoydata.Ny("Postgreslausen");
        klient.Importer(bil.Linje());
        var token = await klient.TokenAsync();
        using var leverandor = Traceparent.Leverandor();

        using var kjennemerke = await klient.KjennemerkerAsync($$"""[{"kjennemerke": "{{bil.Kjennemerke}}"}]""", token);
        using var vin = await klient.SendAsync(HttpMethod.Get, klient.SvvSti("bulk/understellsnummer/" + Uri.EscapeDataString(bil.Understellsnummer)), token: token);
        using var navn = await klient.SendAsync(HttpMethod.Get, klient.SvvSti("sok/eiernavn?navn=" + Uri.EscapeDataString(bil.Etternavn)), token: token);
        using var person = await klient.SendAsync(HttpMethod.Post, klient.KsSti("person"), $$"""{"fnr": "{{bil.Fnr}}"}""", token);

        Assert.All(new[] { kjennemerke, vin, navn, person }, s => Assert.Equal(HttpStatusCode.OK, s.StatusCode));
        fangst.Tom(server);
        var oppslag = Assert.Single(fangst.Spor, s => s.Type == ActivityKind.Server && s.Tag(Oppslagsspor.Operasjon) == "kjennemerke");
        var database = fangst.Spor.Where(s => s.Kilde == "Npgsql" && s.TraceId == oppslag.TraceId).ToList();
        Assert.NotEmpty(database);
        Assert.All(database, s => Assert.Equal("postgresql", s.Tag("db.system.name") ?? s.Tag("db.system")));
        var rader = Assert.Single(fangst.Punkter("kjoretoyregister.oppslagslogg.commit.rader"));
        Assert.Equal(("postgres", 4.0), (Telemetrifangst.Tagger(rader)["motor"], rader.GetHistogramSum()));
        Lekkasjesjekk.IngenAv(fangst, [bil.Kjennemerke, bil.Understellsnummer, bil.Fnr, bil.Fornavn, bil.Etternavn, klient.Demo.IntegrasjonPassord, token, Passord]);
    }
}
