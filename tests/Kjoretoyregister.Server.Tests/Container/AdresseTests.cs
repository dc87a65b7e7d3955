using System.Globalization;
using Microsoft.Extensions.Configuration;
using Kjoretoyregister.Server.Drift;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Container;

/// <summary>
/// Where the server listens: each of the framework's ways of saying it is honoured, and
/// <c>http://localhost:5080</c> is the default only when none is used.
/// </summary>
[Collection(Alene.Navn)]
public sealed class AdresseTests : IDisposable
{
    private readonly string katalog = Path.Combine(Path.GetTempPath(), "kjoretoyregister-adresse-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("ASPNETCORE_URLS")]
    [InlineData("DOTNET_URLS")]
    public async Task UrlsFromTheEnvironmentAreHonoured(string variabel)
    {
        var port = Ledigport.Finn();
        var miljo = Miljo();
        miljo[variabel] = $"http://127.0.0.1:{port}";

        await using var server = await Serverprosess.StartAsync(miljo, new Uri($"http://127.0.0.1:{port}/"), []);

        Assert.Contains($"Now listening on: http://127.0.0.1:{port}", server.Utskrift, StringComparison.Ordinal);
        Assert.DoesNotContain(":5080", server.Utskrift, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UrlsArgumentIsHonouredAndWinsOverHttpPorts()
    {
        var port = Ledigport.Finn();
        var miljo = Miljo();
        miljo["ASPNETCORE_HTTP_PORTS"] = Ledigport.Finn().ToString(CultureInfo.InvariantCulture);

        await using var server = await Serverprosess.StartAsync(miljo, new Uri($"http://127.0.0.1:{port}/"), ["--urls", $"http://127.0.0.1:{port}"]);

        Assert.Contains($"Now listening on: http://127.0.0.1:{port}", server.Utskrift, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpPortsListensOnAllInterfaces()
    {
        var port = Ledigport.Finn();
        var miljo = Miljo();
        miljo["ASPNETCORE_HTTP_PORTS"] = port.ToString(CultureInfo.InvariantCulture);

        await using var server = await Serverprosess.StartAsync(miljo, new Uri($"http://127.0.0.1:{port}/"), []);

        Assert.Contains($"Now listening on: http://[::]:{port}", server.Utskrift, StringComparison.Ordinal);
    }

    /// <summary>A wildcard listening address is no issuer name: the local issuer is then localhost, and its tokens work.</summary>
    [Fact]
    public async Task WithHttpPortsTheLocalIssuerIsOnLocalhostAndItsTokensAreAccepted()
    {
        var port = Ledigport.Finn();
        var miljo = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DataDirectory"] = katalog,
            ["Demo__AntallKjoretoy"] = "200",
            ["ASPNETCORE_HTTP_PORTS"] = port.ToString(CultureInfo.InvariantCulture),
        };
        await using var server = await Serverprosess.StartAsync(miljo, new Uri($"http://127.0.0.1:{port}/"), []);
        var demo = await Demokonfig.LesAsync(katalog, server);
        using var http = new HttpClient { BaseAddress = server.Adresse };

        var token = await Maskinportentoken.HentAsync(http, new Uri(demo.Maskinporten.TokenEndpoint), Assertion.Lag(
            new Microsoft.IdentityModel.Tokens.JsonWebKey(demo.Maskinporten.Jwk.GetRawText()), demo.Maskinporten.ClientId, demo.Maskinporten.Issuer, demo.Maskinporten.Scope));
        using var foresporsel = new HttpRequestMessage(HttpMethod.Post, $"/kjoretoyregister/api/{demo.FiksOrgId}/rest/distribusjon/kjoretoy/v2.0/bulk/kjennemerke")
        {
            Content = new StringContent("""[{"kjennemerke": "AB12345"}]""", System.Text.Encoding.UTF8, "application/json"),
        };
        foresporsel.Headers.Authorization = new("Bearer", token);
        foresporsel.Headers.Add("IntegrasjonId", demo.IntegrasjonId.ToString());
        foresporsel.Headers.Add("IntegrasjonPassord", demo.IntegrasjonPassord);
        foresporsel.Headers.Add("Formal", "utsteder-localhost");
        using var svar = await http.SendAsync(foresporsel);

        Assert.Equal($"http://localhost:{port}/maskinporten/", demo.Maskinporten.Issuer);
        Assert.Equal($"http://localhost:{port}", demo.BaseUrl);
        Assert.True(svar.StatusCode == System.Net.HttpStatusCode.OK, $"{svar.StatusCode}: {await svar.Content.ReadAsStringAsync()}\n{server.Utskrift}");
    }

    [Fact]
    public async Task KestrelEndpointsFromConfigurationAreHonoured()
    {
        var port = Ledigport.Finn();
        var miljo = Miljo();
        miljo["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{port}";

        await using var server = await Serverprosess.StartAsync(miljo, new Uri($"http://127.0.0.1:{port}/"), []);

        Assert.Contains($"Now listening on: http://127.0.0.1:{port}", server.Utskrift, StringComparison.Ordinal);
        Assert.DoesNotContain(":5080", server.Utskrift, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAnyAddressTheServerListensOnLocalhost5080()
    {
        var ledig = Ledigport.ErLedig(5080);
        var server = Serverprosess.Start(Miljo(), new Uri("http://localhost:5080/"), []);
        await using (server)
        {
            if (ledig)
            {
                await server.VentPaKlarAsync();
                Assert.Contains("Now listening on: http://localhost:5080", server.Utskrift, StringComparison.Ordinal);
                Assert.DoesNotContain("Now listening on: http://[::]", server.Utskrift, StringComparison.Ordinal);
            }
            else
            {
                // Someone else holds 5080 on this machine: the server still tries exactly that address, and says so.
                Assert.True(await server.VentPaLinjeAsync(l => l.Contains("127.0.0.1:5080: address already in use", StringComparison.Ordinal), TimeSpan.FromMinutes(2)), server.Utskrift);
            }
        }
    }

    [Theory]
    [InlineData("urls", "http://+:8080")]
    [InlineData("http_ports", "8080")]
    [InlineData("https_ports", "8443")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:8080")]
    public void AnyOfTheFrameworksAddressSettingsCountsAsGiven(string nokkel, string verdi)
    {
        var konfigurasjon = new ConfigurationBuilder().AddInMemoryCollection([new(nokkel, verdi)]).Build();

        Assert.True(Adresser.ErGitt(konfigurasjon));
        Assert.False(Adresser.ErGitt(new ConfigurationBuilder().AddInMemoryCollection([new("urls", "")]).Build()));
    }

    public void Dispose()
    {
        if (Directory.Exists(katalog))
        {
            Directory.Delete(katalog, recursive: true);
        }
    }

    // The embedded default without the demo register: nothing in it depends on where the server listens.
    private Dictionary<string, string> Miljo() => new(StringComparer.Ordinal)
    {
        ["DataDirectory"] = katalog,
        ["Demo__Enabled"] = "false",
    };
}
