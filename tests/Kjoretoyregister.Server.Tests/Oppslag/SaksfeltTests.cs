using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tests.Testdata;
using Kjoretoyregister.Testing;

namespace Kjoretoyregister.Server.Tests.Oppslag;

/// <summary>
/// The optional headers Saksbehandler and Saksreferanse: stored in the audit row beside Formal, searchable,
/// and refused with 400 naming the header when over-long or with control characters. On each engine.
/// </summary>
public abstract class SaksfeltTests : IAsyncLifetime
{
    private protected ServerFabrikk Server { get; set; } = null!;

    public abstract Task InitializeAsync();

    public virtual Task DisposeAsync()
    {
        Server.Dispose();
        return Task.CompletedTask;
    }

    public sealed class PaSqlite : SaksfeltTests
    {
        public override Task InitializeAsync()
        {
            Server = ServerFabrikk.UtenDemoregister();
            return Task.CompletedTask;
        }
    }

    public sealed class PaPostgres : SaksfeltTests
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
    }

    [Fact]
    public async Task SaksbehandlerAndSaksreferanseAreStoredBesideFormalAndFoundBySearch()
    {
        using var klient = new Fiksklient(Server);
        var bil = Kjoretoydata.Ny();
        klient.Importer(bil.Linje());
        var referanse = "PG-2026-" + Guid.NewGuid().ToString("N")[..8];

        using var svar = await SendAsync(klient, bil.Kjennemerke, ("Formal", "PARKERINGSGEBYR"), ("Saksbehandler", "ansatt-4711"), ("Saksreferanse", referanse));
        using var annet = await SendAsync(klient, bil.Kjennemerke, ("Saksbehandler", "ansatt-0815"));

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Equal(HttpStatusCode.OK, annet.StatusCode);
        var rad = Assert.Single(await Rader(new LoggFilter(FiksOrgId: klient.Demo.FiksOrgId, Saksreferanse: referanse)));
        Assert.Equal(("PARKERINGSGEBYR", "ansatt-4711", referanse), (rad.Formal, rad.Saksbehandler, rad.Saksreferanse));
        Assert.Equal([bil.Kuid], rad.Kuider);
        var andre = Assert.Single(await Rader(new LoggFilter(Saksbehandler: "ansatt-0815")));
        Assert.Null(andre.Saksreferanse);
        Assert.Null(andre.Formal);
        Assert.Empty(await Rader(new LoggFilter(Saksbehandler: "ansatt-0815", Saksreferanse: referanse)));
    }

    [Theory]
    [InlineData("Saksbehandler", "UGYLDIG_SAKSBEHANDLER", 101)]
    [InlineData("Saksreferanse", "UGYLDIG_SAKSREFERANSE", 101)]
    public async Task AnOverlongValueIsRefusedNamingTheHeaderAndNothingIsLogged(string header, string kode, int lengde)
    {
        using var klient = new Fiksklient(Server);
        var bil = Kjoretoydata.Ny();
        klient.Importer(bil.Linje());

        using var svar = await SendAsync(klient, bil.Kjennemerke, (header, new string('x', lengde)));
        using var grensen = await SendAsync(klient, bil.Kjennemerke, (header, new string('y', lengde - 1)));

        await AssertRefusedAsync(svar, header, kode);
        Assert.Equal(HttpStatusCode.OK, grensen.StatusCode);
        Assert.Single(await Rader(new LoggFilter(FiksOrgId: klient.Demo.FiksOrgId)));
    }

    [Theory]
    [InlineData("Saksbehandler", "UGYLDIG_SAKSBEHANDLER", "ansatt\t12")]
    [InlineData("Saksreferanse", "UGYLDIG_SAKSREFERANSE", "sak\u007f12")]
    public async Task AControlCharacterIsRefusedNamingTheHeader(string header, string kode, string verdi)
    {
        using var klient = new Fiksklient(Server);

        using var svar = await SendAsync(klient, "AB 12345", (header, verdi));

        await AssertRefusedAsync(svar, header, kode);
        Assert.Empty(await Rader(new LoggFilter()));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage svar, string header, string kode)
    {
        Assert.Equal(HttpStatusCode.BadRequest, svar.StatusCode);
        using var feil = JsonDocument.Parse(await svar.Content.ReadAsStringAsync());
        Assert.Equal(kode, feil.RootElement.GetProperty("errorCode").GetString());
        Assert.Contains("Headeren " + header, feil.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(Fiksklient klient, string kjennemerke, params (string Navn, string Verdi)[] hoder)
    {
        using var foresporsel = new HttpRequestMessage(HttpMethod.Post, new Uri(klient.SvvSti("bulk/kjennemerke"), UriKind.Relative))
        {
            Content = new StringContent($$"""[{"kjennemerke": "{{kjennemerke}}"}]""", Encoding.UTF8, "application/json"),
        };
        foresporsel.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await klient.TokenAsync());
        foresporsel.Headers.TryAddWithoutValidation("IntegrasjonId", klient.Demo.IntegrasjonId.ToString());
        foresporsel.Headers.TryAddWithoutValidation("IntegrasjonPassord", klient.Demo.IntegrasjonPassord);
        foreach (var (navn, verdi) in hoder)
        {
            foresporsel.Headers.TryAddWithoutValidation(navn, verdi);
        }

        return await klient.Http.SendAsync(foresporsel);
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
