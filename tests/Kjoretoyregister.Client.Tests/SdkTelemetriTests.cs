using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Kjoretoyregister.Client.Maskinporten;
using Kjoretoyregister.Client.Tests.Felles;
using Kjoretoyregister.Client.Tests.Testdata;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Maskinporten;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kjoretoyregister.Client.Tests;

/// <summary>
/// The SDK against the real server (in process): what its logs and traces hold and never hold, a certificate
/// client's kid beside x5c, and a token provider of the vendor's own.
/// </summary>
public sealed class SdkTelemetriTests
{
    [Fact]
    public async Task LogsAndTracesNeverHoldTokenPasswordOrFodselsnummer()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        var bil = Kjoretoydata.Ny();
        Klientoppsett.Importer(server, bil.Linje());
        using var fanger = new Loggfanger();
        var aktiviteter = new ConcurrentQueue<Activity>();
        using var lytter = new ActivityListener
        {
            ShouldListenTo = kilde => kilde.Name == KjoretoyregisterTelemetri.Navn,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = aktiviteter.Enqueue,
        };
        ActivitySource.AddActivityListener(lytter);
        using var oppsett = Klientoppsett.For(server, tjenester: s => s.AddLogging(b => b.AddProvider(fanger).SetMinimumLevel(LogLevel.Trace)));
        var passord = new ConfigurationBuilder().AddJsonFile(Path.Combine(server.DataKatalog, "demo.json")).Build()["IntegrasjonPassord"]!;

        var person = await oppsett.Klient.HentForPersonAsync(bil.Fnr, formal: "Parkeringsgebyr");
        var feil = await Assert.ThrowsAsync<KjoretoyregisterException>(() => oppsett.Klient.HentForPersonAsync("12345678901"));
        var token = await oppsett.Tokens.HentTokenAsync();
        var sporet = aktiviteter.Where(a => a.Source.Name == KjoretoyregisterTelemetri.Navn).ToList();
        var spor = sporet.SelectMany(a => a.TagObjects.Select(t => $"{t.Key}={t.Value}").Append(a.DisplayName).Append(a.StatusDescription ?? "")).ToList();

        Assert.Equal(bil.Kjennemerke, Assert.Single(person.Kjoretoy).Kjennemerke);
        Assert.Equal(HttpStatusCode.BadRequest, feil.Status);
        Assert.Contains(fanger.Linjer, l => l.Contains("Fikk Maskinporten-token", StringComparison.Ordinal));
        Assert.Contains(fanger.Linjer, l => l.Contains("ks/person", StringComparison.Ordinal));
        Assert.Contains(fanger.Linjer, l => l.Contains(feil.ErrorCode!, StringComparison.Ordinal));
        Assert.Contains(sporet, a => a.DisplayName == "Maskinporten token");
        Assert.Equal(2, sporet.Count(a => a.DisplayName == "Kjoretoyregister ks/person"));
        foreach (var hemmelig in new[] { token, token.Split('.')[1], passord, bil.Fnr, "12345678901" })
        {
            Assert.DoesNotContain(fanger.Linjer, l => l.Contains(hemmelig, StringComparison.Ordinal));
            Assert.DoesNotContain(spor, l => l.Contains(hemmelig, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task CertificateClientWithKidIsAcceptedByTheServerWithKidAndX5cSent()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var sertifikat = Sertifikater.Selvsignert();
        var klientId = "sdk-kid-" + Guid.NewGuid().ToString("N")[..8];
        await server.Tjeneste<IMaskinportenKlientStore>().LagreAsync(new MaskinportenKlient(
            klientId, Organisasjonsnummer.Parse("910000004"), ["ks:fiks"], [], [Convert.ToBase64String(sertifikat.RawData)]));
        using var oppsett = Klientoppsett.For(server, o =>
        {
            o.Maskinporten.ClientId = klientId;
            o.Maskinporten.Jwk = null;
            o.Maskinporten.Sertifikat = sertifikat;
            o.Maskinporten.Kid = "forhandsregistrert-1";
        });

        var svar = await oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]);
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(await oppsett.Tokens.HentTokenAsync());

        Assert.Single(svar);
        Assert.Equal(klientId, token.GetClaim("client_id").Value);
        Assert.Equal(1, oppsett.Maskinporten.Antall);
    }

    [Fact]
    public async Task OwnTokenProviderRegisteredFromConfigurationIsUsedAndTheMaskinportenSectionIgnored()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        _ = server.Adresse;
        var demo = new ConfigurationBuilder().AddJsonFile(Path.Combine(server.DataKatalog, "demo.json")).Build();
        var konfig = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BaseUrl"] = demo["BaseUrl"],
            ["FiksOrgId"] = demo["FiksOrgId"],
            ["IntegrasjonId"] = demo["IntegrasjonId"],
            ["IntegrasjonPassord"] = demo["IntegrasjonPassord"],
        }).Build();
        var tjenester = new ServiceCollection();
        tjenester.AddSingleton(new Leverandortoken(demo));
        tjenester.AddKjoretoyregisterClient<Leverandortoken>(konfig);
        await using var sp = tjenester.BuildServiceProvider();

        var svar = await sp.GetRequiredService<KjoretoyregisterClient>().SlaOppKjennemerkerAsync(["AB 12345"]);

        Assert.Single(svar);
        Assert.Equal(1, sp.GetRequiredService<Leverandortoken>().Hentet);
        Assert.Same(sp.GetRequiredService<Leverandortoken>(), sp.GetRequiredService<IMaskinportenTokenProvider>());
    }

    /// <summary>A vendor's own token client: gets its token with the SDK's provider made by hand, and counts the SDK's asks.</summary>
    private sealed class Leverandortoken(IConfiguration demo) : IMaskinportenTokenProvider
    {
        private readonly MaskinportenTokenProvider indre = new(new HttpClient(), new MaskinportenTokenOptions
        {
            Issuer = demo["Maskinporten:Issuer"],
            TokenEndpoint = demo["Maskinporten:TokenEndpoint"],
            ClientId = demo["Maskinporten:ClientId"],
            Jwk = JsonSerializer.Serialize(demo.GetSection("Maskinporten:Jwk").GetChildren().ToDictionary(f => f.Key, f => f.Value)),
        });

        private int hentet;

        public int Hentet => Volatile.Read(ref hentet);

        public Task<string> HentTokenAsync(string? scope = null, string? consumerOrg = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref hentet);
            return indre.HentTokenAsync(scope, consumerOrg, cancellationToken);
        }

        public void Glem(string? scope = null, string? consumerOrg = null) => indre.Glem(scope, consumerOrg);
    }
}
