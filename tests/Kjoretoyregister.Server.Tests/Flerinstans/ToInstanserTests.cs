using System.Net;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Tests.Angrep;
using Kjoretoyregister.Server.Tests.Forvaltningsweb;
using Kjoretoyregister.Server.Tests.Maskinporten;
using Kjoretoyregister.Server.Tests.Testdata;
using Kjoretoyregister.Server.Tilgang;
using Kjoretoyregister.Testing;

namespace Kjoretoyregister.Server.Tests.Flerinstans;

/// <summary>
/// Two instances of the service over real HTTP on one PostgreSQL database, with one data directory
/// (demo.json) and one name for the local issuer, as behind a load balancer: whatever is changed
/// through one is in force on the other at its next request, and nothing lives in one process only.
/// </summary>
public sealed class ToInstanserTests : IAsyncLifetime
{
    private PostgresTestdatabase db = null!;
    private ServerFabrikk a = null!;
    private ServerFabrikk b = null!;
    private Fiksklient klientA = null!;
    private Fiksklient klientB = null!;

    public async Task InitializeAsync()
    {
        db = await PostgresTestdatabase.OpprettAsync();
        var port = Ledigport.Finn();
        var issuer = $"http://127.0.0.1:{port}/maskinporten/";
        a = ServerFabrikk.PaPostgres(db.Tilkoblingsstreng, port: port, lokalIssuer: issuer);
        a.StartServer();
        b = ServerFabrikk.PaPostgres(db.Tilkoblingsstreng, a.DataKatalog, lokalIssuer: issuer);
        b.StartServer();
        klientA = new Fiksklient(a);
        klientB = new Fiksklient(b);
    }

    public async Task DisposeAsync()
    {
        klientB.Dispose();
        klientA.Dispose();
        b.Dispose();
        a.Dispose();
        await db.DisposeAsync();
    }

    [Fact]
    public async Task APasswordChangedThroughAIsRefusedOnBAtOnce()
    {
        var (offer, token) = await KommuneSomSokerPaBAsync();

        Assert.True(await a.Tjeneste<IForvaltningStore>().ByttPassordhashAsync(offer.IntegrasjonId, Integrasjonspassord.Hash(Integrasjonspassord.Generer())));

        using var etter = await offer.KallAsync(klientB, token);
        Assert.Equal(HttpStatusCode.Unauthorized, etter.StatusCode);
    }

    [Fact]
    public async Task ARightWithdrawnOnAGives403OnB()
    {
        var (offer, token) = await KommuneSomSokerPaBAsync();

        Assert.True(await a.Tjeneste<IForvaltningStore>().SettKanSokeAsync(offer.IntegrasjonId, false));

        using var etter = await offer.KallAsync(klientB, token);
        Assert.Equal(HttpStatusCode.Forbidden, etter.StatusCode);
    }

    [Fact]
    public async Task WrongPasswordsSpreadOverAAndBReachTheLockTogether()
    {
        var offer = await Offer.OpprettAsync(klientA);
        var token = await klientA.TokenAsync();

        var statuser = new List<(char Instans, HttpStatusCode Status)>();
        for (var i = 0; i < 2 * Feilforsok.FrieForsok; i++)
        {
            var (instans, klient) = i % 2 == 0 ? ('A', klientA) : ('B', klientB);
            using var svar = await offer.KallAsync(klient, token, passord: "spredt-" + i);
            statuser.Add((instans, svar.StatusCode));
        }

        Assert.All(statuser.Take(Feilforsok.FrieForsok), s => Assert.Equal(HttpStatusCode.Unauthorized, s.Status));
        Assert.All(statuser.Skip(Feilforsok.FrieForsok), s => Assert.Equal(HttpStatusCode.TooManyRequests, s.Status));
        Assert.Contains(('A', HttpStatusCode.TooManyRequests), statuser);
        Assert.Contains(('B', HttpStatusCode.TooManyRequests), statuser);
        Assert.Equal(Feilforsok.FrieForsok, a.Tjeneste<Tregehasher>().Verifiseringer + b.Tjeneste<Tregehasher>().Verifiseringer);
    }

    [Fact]
    public async Task AGrantReplayedOnBAfterAAcceptedItIsRefused()
    {
        var klient = await a.NyKlientAsync();
        var grant = a.Grant(klient);
        using var http = new HttpClient();

        using var forste = await Maskinportentoken.PostAsync(http, a.TokenEndpoint(), grant);
        using var gjentatt = await Maskinportentoken.PostAsync(http, b.TokenEndpoint(), grant);

        Assert.Equal(HttpStatusCode.OK, forste.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, gjentatt.StatusCode);
        Assert.Contains("invalid_grant", await gjentatt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForvaltningLoginOnAIsAcceptedOnB()
    {
        var kommune = await Testkommune.OpprettAsync(a);
        using var paA = new Forvaltningsklient(a);
        await paA.InnloggetAsync(kommune.Brukernavn, kommune.Passord);
        using var paB = new Forvaltningsklient(b);
        foreach (Cookie cookie in paA.Cookies.GetAllCookies())
        {
            paB.Cookies.Add(new Cookie(cookie.Name, cookie.Value, "/", b.Adresse.Host));
        }

        var side = await paB.SideAsync(kommune.IntegrasjonSti);

        Assert.Contains(kommune.Integrasjon.Navn, side, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupsSpreadOverBothLeaveExactlyOneAuditRowEach()
    {
        var offer = await Offer.OpprettAsync(klientA);
        var token = await klientA.TokenAsync();
        const int Antall = 60;

        // The first calls verify the password (a burst of unverified ones is cut off at the wrong-password limit).
        foreach (var (klient, formal) in new[] { (klientA, "fordelt-60"), (klientB, "fordelt-61") })
        {
            using var forste = await klient.SendAsync(HttpMethod.Post, klient.SvvSti("bulk/kjennemerke", offer.FiksOrgId), Offer.Plate, token,
                offer.IntegrasjonId.ToString(), offer.Passord, formal: formal);
            Assert.Equal(HttpStatusCode.OK, forste.StatusCode);
        }

        var svar = await Task.WhenAll(Enumerable.Range(0, Antall).Select(async i =>
        {
            var klient = i % 2 == 0 ? klientA : klientB;
            using var http = await klient.SendAsync(HttpMethod.Post, klient.SvvSti("bulk/kjennemerke", offer.FiksOrgId), Offer.Plate, token,
                offer.IntegrasjonId.ToString(), offer.Passord, formal: "fordelt-" + i);
            return http.StatusCode;
        }));

        Assert.All(svar, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal((long)Antall + 2, await db.SkalarAsync($"SELECT count(*) FROM logg WHERE fiks_org_id = '{offer.FiksOrgId}'"));
        Assert.Equal((long)Antall + 2, await db.SkalarAsync($"SELECT count(DISTINCT formal) FROM logg WHERE fiks_org_id = '{offer.FiksOrgId}'"));
    }

    /// <summary>A kommune of the test's own whose integration has searched once through B (its password verified there).</summary>
    private async Task<(Offer Offer, string Token)> KommuneSomSokerPaBAsync()
    {
        var offer = await Offer.OpprettAsync(klientA);
        var token = await klientA.TokenAsync();
        using var forste = await offer.KallAsync(klientB, token);
        Assert.Equal(HttpStatusCode.OK, forste.StatusCode);
        return (offer, token);
    }
}
