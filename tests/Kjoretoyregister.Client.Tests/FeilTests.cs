using System.Net;
using System.Net.Sockets;
using Kjoretoyregister.Client.Tests.Testdata;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Client.Tests;

/// <summary>The server's refusals as typed exceptions, and which of them the SDK tries again.</summary>
public sealed class FeilTests
{
    [Fact]
    public async Task InvalidFodselsnummerIs400WithTheErrorCodeAndIsNotRetried()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var oppsett = Klientoppsett.For(server);

        var feil = await Assert.ThrowsAsync<KjoretoyregisterException>(() => oppsett.Klient.HentForPersonAsync("12345"));

        Assert.Equal(HttpStatusCode.BadRequest, feil.Status);
        Assert.Equal("UGYLDIG_FODSELSNUMMER", feil.ErrorCode);
        Assert.NotEqual(Guid.Empty, feil.ErrorId);
        Assert.Contains("fnr", feil.FiksMelding, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, oppsett.Api.Antall);
    }

    [Fact]
    public async Task WrongPasswordIs401AutentiseringFeiletAndIsNotRetried()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var oppsett = Klientoppsett.For(server, o => o.IntegrasjonPassord = "feil-passord-feil-passord");

        var feil = await Assert.ThrowsAsync<KjoretoyregisterException>(() => oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]));

        Assert.Equal(HttpStatusCode.Unauthorized, feil.Status);
        Assert.Equal("AUTENTISERING_FEILET", feil.ErrorCode);
        Assert.Contains(feil.ErrorId!.Value.ToString(), feil.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("feil-passord", feil.Message, StringComparison.Ordinal);
        Assert.Equal(1, oppsett.Api.Antall);
    }

    [Fact]
    public async Task AnotherKommunesFiksOrgIdIs403ManglerTilgang()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var oppsett = Klientoppsett.For(server, o => o.FiksOrgId = Guid.NewGuid());

        var feil = await Assert.ThrowsAsync<KjoretoyregisterException>(() => oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]));

        Assert.Equal(HttpStatusCode.Forbidden, feil.Status);
        Assert.Equal("MANGLER_TILGANG", feil.ErrorCode);
    }

    [Fact]
    public async Task TooManyWrongPasswordsIs429WithRetryAfterWhenRetriesAreOff()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var oppsett = Klientoppsett.For(server, o =>
        {
            o.IntegrasjonPassord = "feil-passord-feil-passord";
            o.MaksNyeForsok = 0;
        });
        var (feil, _) = await FeilPassordTil429Async(oppsett);

        Assert.Equal("FOR_MANGE_FORSOK", feil.ErrorCode);
        Assert.True(feil.RetryAfter >= TimeSpan.FromSeconds(1), $"Retry-After: {feil.RetryAfter}");
    }

    [Fact]
    public async Task A429ForWrongPasswordsIsNotTriedAgainSinceTheSamePasswordWouldFailAgain()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var oppsett = Klientoppsett.For(server, o =>
        {
            o.IntegrasjonPassord = "feil-passord-feil-passord";
            o.MaksNyeForsok = 2;
        });
        var (feil, forsok) = await FeilPassordTil429Async(oppsett);

        Assert.Equal("FOR_MANGE_FORSOK", feil.ErrorCode);
        Assert.Equal(1, forsok);
    }

    [Fact]
    public async Task A429WithAShortRetryAfterIsTriedAgainAndTheAnswerComesThrough()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var oppsett = Klientoppsett.For(server, forSvar: n => n == 1 ? Kvote(TimeSpan.FromSeconds(1)) : null);

        var svar = await oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]);

        Assert.Single(svar);
        Assert.Equal(2, oppsett.Api.Antall);
    }

    [Fact]
    public async Task A429WithARetryAfterBeyondTheLimitGoesToTheCallerAtOnce()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var oppsett = Klientoppsett.For(server, o => o.MaksVentetidSekunder = 30, forSvar: _ => Kvote(TimeSpan.FromHours(1)));

        var feil = await Assert.ThrowsAsync<KjoretoyregisterException>(() => oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]));

        Assert.Equal(HttpStatusCode.TooManyRequests, feil.Status);
        Assert.Equal("KVOTE_OPPBRUKT", feil.ErrorCode);
        Assert.Equal(TimeSpan.FromHours(1), feil.RetryAfter);
        Assert.Equal(1, oppsett.Api.Antall);
    }

    [Fact]
    public async Task TheServersFairUseRefusalWithARetryAfterBeyondTheLimitGoesToTheCallerAtOnce()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        server.Konfig["Kvote:Integrasjon:OppslagPerSekund"] = "0.001";
        server.Konfig["Kvote:Integrasjon:Kapasitet"] = "100";
        using var oppsett = Klientoppsett.For(server, o => o.MaksVentetidSekunder = 30);
        var hundre = Enumerable.Range(0, 100).Select(i => $"AB {10000 + i}").ToList();
        Assert.Equal(100, (await oppsett.Klient.SlaOppKjennemerkerAsync(hundre)).Count);
        var forKallet = oppsett.Api.Antall;

        var feil = await Assert.ThrowsAsync<KjoretoyregisterException>(() => oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]));

        Assert.Equal(HttpStatusCode.TooManyRequests, feil.Status);
        Assert.Equal("KVOTE_OPPBRUKT", feil.ErrorCode);
        Assert.True(feil.RetryAfter > TimeSpan.FromSeconds(30), $"Retry-After: {feil.RetryAfter}");
        Assert.Equal(forKallet + 1, oppsett.Api.Antall);
    }

    [Fact]
    public async Task A503IsTriedAgainWithinTheBudgetThenThrown()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var oppsett = Klientoppsett.For(server, o => o.MaksNyeForsok = 2);
        _ = await oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]);
        OdeleggOppslagsloggen(server);

        var feil = await Assert.ThrowsAsync<KjoretoyregisterException>(() => oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, feil.Status);
        Assert.Equal("OPPSLAGSLOGG_UTILGJENGELIG", feil.ErrorCode);
        Assert.Equal(1 + 3, oppsett.Api.Antall);
    }

    [Fact]
    public async Task AConnectionThatCannotBeOpenedIsTriedAgainThenThrown()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        var lukketPort = LedigPort();
        using var oppsett = Klientoppsett.For(server, o =>
        {
            o.BaseUrl = $"http://127.0.0.1:{lukketPort}";
            o.MaksNyeForsok = 2;
        });

        var feil = await Assert.ThrowsAsync<HttpRequestException>(() => oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]));

        Assert.Equal(HttpRequestError.ConnectionError, feil.HttpRequestError);
        Assert.Equal(3, oppsett.Api.Antall);
    }

    [Fact]
    public async Task A401MakesTheNextCallFetchANewToken()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var riktig = Klientoppsett.For(server);
        using var oppsett = Klientoppsett.For(server, o => o.IntegrasjonPassord = "feil-passord-feil-passord");
        await Assert.ThrowsAsync<KjoretoyregisterException>(() => oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]));

        await Assert.ThrowsAsync<KjoretoyregisterException>(() => oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]));

        Assert.Equal(2, oppsett.Maskinporten.Antall);
        Assert.Single(await riktig.Klient.SlaOppKjennemerkerAsync(["AB 12345"]));
    }

    /// <summary>
    /// Wrong passwords until the server answers 429 (after the free tries, for as long as the wait it
    /// sets; a slow machine that misses a short wait just gets 401 and a longer wait). Returns the 429
    /// and how many requests that last call sent.
    /// </summary>
    private static async Task<(KjoretoyregisterException Feil, int Forsok)> FeilPassordTil429Async(Klientoppsett oppsett)
    {
        for (var i = 0; i < Kjoretoyregister.Server.Tilgang.Feilforsok.FrieForsok + 8; i++)
        {
            var antallFor = oppsett.Api.Antall;
            var feil = await Assert.ThrowsAsync<KjoretoyregisterException>(() => oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]));
            if (feil.Status == HttpStatusCode.TooManyRequests)
            {
                Assert.True(i >= Kjoretoyregister.Server.Tilgang.Feilforsok.FrieForsok, $"429 allerede etter {i} feil");
                return (feil, oppsett.Api.Antall - antallFor);
            }

            Assert.Equal(HttpStatusCode.Unauthorized, feil.Status);
        }

        throw new Xunit.Sdk.XunitException("serveren svarte aldri 429 på gjentatte feil passord");
    }

    /// <summary>A quota refusal as a gateway in front of the API would give it.</summary>
    private static HttpResponseMessage Kvote(TimeSpan vent)
    {
        var svar = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            Content = new StringContent(
                $$"""{"timestamp":0,"status":429,"error":"Too Many Requests","errorId":"{{Guid.NewGuid()}}","path":"/","message":"Kvoten er brukt opp.","errorCode":"KVOTE_OPPBRUKT"}""",
                System.Text.Encoding.UTF8,
                "application/json"),
        };
        svar.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(vent);
        return svar;
    }

    private static int LedigPort()
    {
        using var lytter = new TcpListener(IPAddress.Loopback, 0);
        lytter.Start();
        return ((IPEndPoint)lytter.LocalEndpoint).Port;
    }

    /// <summary>Takes the audit table away underneath the running server: every lookup must then be refused with 503.</summary>
    private static void OdeleggOppslagsloggen(ServerFabrikk server)
    {
        using var tilkobling = new SqliteConnection($"Data Source={Path.Combine(server.DataKatalog, OppslagsloggDatabase.Filnavn)};Pooling=False");
        tilkobling.Open();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = "PRAGMA foreign_keys=OFF; DROP TABLE logg;";
        kommando.ExecuteNonQuery();
    }
}
