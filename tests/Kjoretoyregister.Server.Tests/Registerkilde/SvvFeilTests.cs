using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Registerkilde;

/// <summary>
/// Live mode when Statens vegvesen fails: stopped, out of quota, slow. The caller always gets a Fiks
/// error within the deadline, the lookup is in the audit log as failed, and the server stays responsive.
/// Each test has its own pair of servers (the circuit breaker's state is the Fiks side's). They run
/// alone, after the parallel tests, so the deadlines they check are not eaten by other tests' CPU.
/// </summary>
[Collection(Alene.Navn)]
public sealed class SvvFeilTests
{
    /// <summary>The deadline plus room for a loaded 2-core CI machine: the bound is the deadline's order, not a benchmark.</summary>
    private static readonly TimeSpan Romslig = TimeSpan.FromSeconds(Toservere.FristSekunder + 7);

    [Fact]
    public async Task SvvStoppedIs502ThenTheCircuitOpensWith503AndClosesWhenSvvIsBack()
    {
        using var servere = await Toservere.StartAsync(antallKjoretoy: 20);
        using var fiks = new Fiksklient(servere.Fiks);
        var plate = Registerdata.Les(servere.Svv.DataKatalog).Kjennemerker[0];
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(fiks, plate));
        servere.Videresender.Stopp();

        var forste = await Svar.FeilAsync(await fiks.KjennemerkerAsync(Liste(plate)), HttpStatusCode.BadGateway);
        var klokke = Stopwatch.StartNew();
        var andre = await fiks.KjennemerkerAsync(Liste(plate));
        var tredje = await Svar.FeilAsync(await fiks.KjennemerkerAsync(Liste(plate)), HttpStatusCode.ServiceUnavailable);
        klokke.Stop();

        Assert.Equal("REGISTER_UTILGJENGELIG", forste.ErrorCode);
        Assert.True(andre.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable, $"fikk {(int)andre.StatusCode}");
        Assert.Equal("REGISTER_UTILGJENGELIG", tredje.ErrorCode);
        Assert.True(klokke.Elapsed < Romslig, $"brukte {klokke.Elapsed}");
        Assert.Equal("Degraded", await SvvHelseAsync(servere.Fiks));
        Assert.Contains(await RaderAsync(servere.Fiks), r => r.Utfall == Utfall.Feil && r.Nokkel == plate);

        servere.Videresender.Start();
        var tilbake = await VentPaAsync(async () => await StatusAsync(fiks, plate) == HttpStatusCode.OK, TimeSpan.FromSeconds(20));

        Assert.True(tilbake, "kretsbryteren lukket seg ikke da SVV kom tilbake");
        Assert.Equal("Healthy", await SvvHelseAsync(servere.Fiks));
    }

    [Fact]
    public async Task SvvQuotaRefusalIs429KvoteOppbruktWithRetryAfterAndIsNotRetried()
    {
        using var servere = await Toservere.StartAsync(antallKjoretoy: 20);
        using var fiks = new Fiksklient(servere.Fiks);
        var plate = Registerdata.Les(servere.Svv.DataKatalog).Kjennemerker[0];
        servere.Forstyrrelse.KvoteRetryAfterSekunder = 30;

        using var svar = await fiks.KjennemerkerAsync(Liste(plate));

        var feil = await Svar.FeilAsync(svar, HttpStatusCode.TooManyRequests);
        Assert.Equal("KVOTE_OPPBRUKT", feil.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(30), svar.Headers.RetryAfter?.Delta);
        Assert.Equal(1, servere.Forstyrrelse.Kall);
        var rad = Assert.Single(await RaderAsync(servere.Fiks));
        Assert.Equal(Utfall.Feil, rad.Utfall);
        Assert.Empty(rad.Parter);
        Assert.Empty(await servere.Fiks.Tjeneste<IOppslagsloggLeser>().ForbrukAsync(fiks.Demo.FiksOrgId));
    }

    [Fact]
    public async Task SlowSvvIs504WithinTheDeadlineWhileTheServerKeepsAnsweringOthers()
    {
        using var servere = await Toservere.StartAsync(antallKjoretoy: 20, maksNyeForsok: 0);
        using var fiks = new Fiksklient(servere.Fiks);
        var plate = Registerdata.Les(servere.Svv.DataKatalog).Kjennemerker[0];
        var token = await fiks.TokenAsync();
        using (var oppvarming = await fiks.KjennemerkerAsync(Liste(plate), token))
        {
            // The integration's password is verified (slow hash) once and then remembered: measured below is SVV's delay, not that.
            Assert.Equal(HttpStatusCode.OK, oppvarming.StatusCode);
        }

        servere.Forstyrrelse.Forsinkelse = TimeSpan.FromSeconds(30);
        using var http = servere.Fiks.CreateClient();

        var klokke = Stopwatch.StartNew();
        var oppslag = Enumerable.Range(0, 40).Select(_ => fiks.KjennemerkerAsync(Liste(plate), token)).ToList();
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        var liveTid = klokke.Elapsed;
        var svar = await Task.WhenAll(oppslag);
        klokke.Stop();

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.True(liveTid < TimeSpan.FromSeconds(Toservere.FristSekunder), $"/health/live svarte først etter {liveTid}");
        Assert.True(klokke.Elapsed < Romslig, $"oppslagene brukte {klokke.Elapsed}");
        Assert.Contains(svar, s => s.StatusCode == HttpStatusCode.GatewayTimeout);
        foreach (var s in svar)
        {
            var feil = await Svar.FeilAsync(s, s.StatusCode is HttpStatusCode.GatewayTimeout ? HttpStatusCode.GatewayTimeout : HttpStatusCode.ServiceUnavailable);
            Assert.Equal("REGISTER_UTILGJENGELIG", feil.ErrorCode);
            s.Dispose();
        }
    }

    [Fact]
    public async Task WhenTheBulkheadIsFullFurtherCallsGet503AtOnce()
    {
        using var servere = await Toservere.StartAsync(antallKjoretoy: 20, maksNyeForsok: 0, maksSamtidige: 2, maksKo: 0);
        using var fiks = new Fiksklient(servere.Fiks);
        var plate = Registerdata.Les(servere.Svv.DataKatalog).Kjennemerker[0];
        var token = await fiks.TokenAsync();
        using (var oppvarming = await fiks.KjennemerkerAsync(Liste(plate), token))
        {
            Assert.Equal(HttpStatusCode.OK, oppvarming.StatusCode);
        }

        servere.Forstyrrelse.Forsinkelse = TimeSpan.FromSeconds(30);

        var svar = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => fiks.KjennemerkerAsync(Liste(plate), token)));

        Assert.True(svar.Count(s => s.StatusCode == HttpStatusCode.ServiceUnavailable) >= 3, string.Join(",", svar.Select(s => (int)s.StatusCode)));
        Assert.Contains(svar, s => s.StatusCode == HttpStatusCode.GatewayTimeout);
        Assert.True(servere.Forstyrrelse.Kall <= 1 + 2, $"SVV fikk {servere.Forstyrrelse.Kall} kall");
        foreach (var s in svar)
        {
            s.Dispose();
        }
    }

    [Fact]
    public async Task SvvRefusingAParameterIs400UgyldigParameterWithItsDescription()
    {
        using var servere = await Toservere.StartAsync(antallKjoretoy: 20);
        using var fiks = new Fiksklient(servere.Fiks);
        servere.Forstyrrelse.AvvisMedKode = "UGYLDIG_PARAMETER";

        var feil = await Svar.FeilAsync(await fiks.SendAsync(HttpMethod.Get, fiks.SvvSti("sok/eiernavn?navn=Hansen")), HttpStatusCode.BadRequest);

        Assert.Equal("UGYLDIG_PARAMETER", feil.ErrorCode);
        Assert.Contains("Parameteren navn er ugyldig", feil.Message, StringComparison.Ordinal);
        Assert.Equal(1, servere.Forstyrrelse.Kall);
    }

    [Theory]
    [InlineData(null, "Register:Svv:BaseUrl")]
    [InlineData("/finnes/ikke/svv-klient.jwk.json", "Register:Svv:Maskinporten:JwkFil")]
    public void LiveModeThatCannotWorkStopsTheStartNamingTheSetting(string? jwkFil, string setting)
    {
        using var server = ServerFabrikk.UtenDemoregister();
        server.Konfig["Register:Source"] = "Svv";
        if (jwkFil is not null)
        {
            server.Konfig["Register:Svv:BaseUrl"] = "http://127.0.0.1:9/ws/no/vegvesen/kjoretoy/felles/v2";
            server.Konfig["Register:Svv:Maskinporten:Issuer"] = "http://127.0.0.1:9/maskinporten/";
            server.Konfig["Register:Svv:Maskinporten:ClientId"] = "plattform";
            server.Konfig["Register:Svv:Maskinporten:JwkFil"] = jwkFil;
        }

        var feil = Assert.ThrowsAny<Exception>(() => server.StartServer());

        Assert.Contains(setting, feil.ToString(), StringComparison.Ordinal);
    }

    private static string Liste(string plate) => JsonSerializer.Serialize(new[] { new Dictionary<string, string> { ["kjennemerke"] = plate } });

    private static async Task<HttpStatusCode> StatusAsync(Fiksklient fiks, string plate)
    {
        using var svar = await fiks.KjennemerkerAsync(Liste(plate));
        return svar.StatusCode;
    }

    private static async Task<string?> SvvHelseAsync(ServerFabrikk server)
    {
        using var http = server.CreateClient();
        using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));
        return json.RootElement.GetProperty("avhengigheter").GetProperty("svv").GetProperty("status").GetString();
    }

    private static async Task<List<LoggRad>> RaderAsync(ServerFabrikk server)
    {
        var rader = new List<LoggRad>();
        await foreach (var rad in server.Tjeneste<IOppslagsloggLeser>().SokAsync(new LoggFilter()))
        {
            rader.Add(rad.Rad);
        }

        return rader;
    }

    private static async Task<bool> VentPaAsync(Func<Task<bool>> betingelse, TimeSpan maks)
    {
        var klokke = Stopwatch.StartNew();
        while (klokke.Elapsed < maks)
        {
            if (await betingelse())
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        return false;
    }
}
