using System.Net;
using System.Text;
using System.Text.Json;
using Kjoretoyregister.Client.Maskinporten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kjoretoyregister.Client.NetStandard.Tests;

/// <summary>The netstandard2.0 build against the real server (its own process): a real Maskinporten token and real lookups.</summary>
public sealed class ServerTests(ServerTests.Server server) : IClassFixture<ServerTests.Server>
{
    [Fact]
    public async Task TokenAndPlateLookupWorkAgainstTheRealServer()
    {
        await using var tjenester = Tjenester(s => s.AddKjoretoyregisterClient(server.Konfig));
        var klient = tjenester.GetRequiredService<KjoretoyregisterClient>();

        var svar = await klient.SlaOppKjennemerkerAsync([server.Prosess.EksempelKjennemerke], formal: "Test av netstandard2.0");

        var treff = Assert.Single(svar);
        Assert.NotNull(treff.Kjoretoy);
        Assert.Equal(1, tjenester.GetRequiredService<MaskinportenTokenProvider>().AntallTokenforesporsler);
    }

    [Fact]
    public async Task PersonLookupReadsTheCalendarDatesAsDateTime()
    {
        await using var tjenester = Tjenester(s => s.AddKjoretoyregisterClient(server.Konfig));
        var klient = tjenester.GetRequiredService<KjoretoyregisterClient>();
        var kjoretoy = (await klient.SlaOppKjennemerkerAsync([server.Prosess.EksempelKjennemerke])).Single().Kjoretoy!;
        var eier = kjoretoy.Eierskap?.Eier?.Person;
        Assert.NotNull(eier); // the example plate's owner is a person in the demo register

        var person = await klient.HentForPersonAsync(eier.Fodselsnummer);

        Assert.Contains(person.Kjoretoy, k => k.Forstegangsregistrering == kjoretoy.Forstegangsregistrering?.RegistrertForstegangNorgeDato);
        Assert.All(person.Kjoretoy, k => Assert.Equal(TimeSpan.Zero, k.Forstegangsregistrering?.TimeOfDay ?? TimeSpan.Zero));
    }

    [Fact]
    public async Task FiksIntegrasjonHandlerMakesAPlainHttpClientCallTheApi()
    {
        var demo = server.Konfig;
        var tokens = new MaskinportenTokenProvider(new HttpClient(), Maskinporten(demo));
        using var http = new HttpClient(new FiksIntegrasjonHandler(tokens, Guid.Parse(demo["IntegrasjonId"]!), demo["IntegrasjonPassord"]!, "Parkeringsgebyr")
        {
            InnerHandler = new HttpClientHandler(),
        });
        using var kropp = new StringContent($"[{{\"kjennemerke\": \"{server.Prosess.EksempelKjennemerke}\"}}]", Encoding.UTF8, "application/json");

        using var svar = await http.PostAsync(new Uri($"{demo["BaseUrl"]!.TrimEnd('/')}/kjoretoyregister/api/{demo["FiksOrgId"]}/rest/distribusjon/kjoretoy/v2.0/bulk/kjennemerke"), kropp);
        using var json = JsonDocument.Parse(await svar.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Equal(JsonValueKind.Object, json.RootElement[0].GetProperty("kjoretoy").ValueKind);
    }

    [Fact]
    public async Task WrongPasswordThroughTheHandlerIsRefusedAndTheTokenForgotten()
    {
        var demo = server.Konfig;
        var tokens = new Tellende(new MaskinportenTokenProvider(new HttpClient(), Maskinporten(demo)));
        using var http = new HttpClient(new FiksIntegrasjonHandler(tokens, Guid.Parse(demo["IntegrasjonId"]!), "feil-passord") { InnerHandler = new HttpClientHandler() });
        using var kropp = new StringContent("[{\"kjennemerke\": \"AB12345\"}]", Encoding.UTF8, "application/json");

        using var svar = await http.PostAsync(new Uri($"{demo["BaseUrl"]!.TrimEnd('/')}/kjoretoyregister/api/{demo["FiksOrgId"]}/rest/distribusjon/kjoretoy/v2.0/bulk/kjennemerke"), kropp);

        Assert.Equal(HttpStatusCode.Unauthorized, svar.StatusCode);
        Assert.Equal(1, tokens.Glemt);
    }

    [Fact]
    public async Task OwnTokenProviderPlugsInWithoutMaskinportenSettings()
    {
        var demo = server.Konfig;
        var egen = new Tellende(new MaskinportenTokenProvider(new HttpClient(), Maskinporten(demo)));
        await using var tjenester = Tjenester(s =>
        {
            s.AddSingleton(egen);
            s.AddKjoretoyregisterClient<Tellende>(o =>
            {
                o.BaseUrl = demo["BaseUrl"];
                o.FiksOrgId = Guid.Parse(demo["FiksOrgId"]!);
                o.IntegrasjonId = Guid.Parse(demo["IntegrasjonId"]!);
                o.IntegrasjonPassord = demo["IntegrasjonPassord"];
            });
        });

        var svar = await tjenester.GetRequiredService<KjoretoyregisterClient>().SlaOppKjennemerkerAsync([server.Prosess.EksempelKjennemerke]);

        Assert.NotNull(Assert.Single(svar).Kjoretoy);
        Assert.Equal(1, egen.Hentet);
        Assert.Null(tjenester.GetService<MaskinportenTokenProvider>());
    }

    private static ServiceProvider Tjenester(Action<IServiceCollection> registrer)
    {
        var tjenester = new ServiceCollection();
        registrer(tjenester);
        return tjenester.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>The demo client's Maskinporten settings from demo.json, the JWK object as JSON.</summary>
    private static MaskinportenTokenOptions Maskinporten(IConfiguration demo) => new()
    {
        Issuer = demo["Maskinporten:Issuer"],
        TokenEndpoint = demo["Maskinporten:TokenEndpoint"],
        ClientId = demo["Maskinporten:ClientId"],
        Jwk = JsonSerializer.Serialize(demo.GetSection("Maskinporten:Jwk").GetChildren().ToDictionary(f => f.Key, f => f.Value)),
    };

    /// <summary>A vendor's own token client, here wrapping another: counts what the SDK asks of it.</summary>
    public sealed class Tellende(IMaskinportenTokenProvider indre) : IMaskinportenTokenProvider
    {
        private int hentet;
        private int glemt;

        public int Hentet => Volatile.Read(ref hentet);

        public int Glemt => Volatile.Read(ref glemt);

        public Task<string> HentTokenAsync(string? scope = null, string? consumerOrg = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref hentet);
            return indre.HentTokenAsync(scope, consumerOrg, cancellationToken);
        }

        public void Glem(string? scope = null, string? consumerOrg = null)
        {
            Interlocked.Increment(ref glemt);
            indre.Glem(scope, consumerOrg);
        }
    }

    /// <summary>One server process for the class's tests, and demo.json read as configuration.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public Serverprosess Prosess { get; private set; } = null!;

        public IConfiguration Konfig { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Prosess = await Serverprosess.StartAsync();
            Konfig = new ConfigurationBuilder().AddJsonFile(Prosess.DemoJson).Build();
        }

        public async Task DisposeAsync() => await Prosess.DisposeAsync();
    }
}
