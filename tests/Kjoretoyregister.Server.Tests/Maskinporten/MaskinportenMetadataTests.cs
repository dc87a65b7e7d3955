using System.Net;
using System.Text.Json;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Kjoretoyregister.Server.Tests.Maskinporten;

public sealed class MaskinportenMetadataTests(TomtRegister register) : IClassFixture<TomtRegister>
{
    private readonly ServerFabrikk server = register.Server;

    [Fact]
    public async Task MetadataDocumentDescribesTheIssuerAsMaskinportenDoes()
    {
        using var http = server.CreateClient();
        var issuer = server.Issuer();

        using var svar = await http.GetAsync(new Uri(issuer + ".well-known/oauth-authorization-server"));

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        using var json = JsonDocument.Parse(await svar.Content.ReadAsStringAsync());
        var rot = json.RootElement;
        Assert.EndsWith("/maskinporten/", issuer, StringComparison.Ordinal);
        Assert.Equal(issuer, rot.GetProperty("issuer").GetString());
        Assert.Equal(issuer + "token", rot.GetProperty("token_endpoint").GetString());
        Assert.Equal(issuer + "jwk", rot.GetProperty("jwks_uri").GetString());
        Assert.Equal(["private_key_jwt"], Strenger(rot, "token_endpoint_auth_methods_supported"));
        Assert.Equal(["urn:ietf:params:oauth:grant-type:jwt-bearer"], Strenger(rot, "grant_types_supported"));
        Assert.Equal(["RS256", "RS384", "RS512"], Strenger(rot, "token_endpoint_auth_signing_alg_values_supported"));
    }

    [Fact]
    public async Task JwksPublishesOnePublicRsaSigningKey()
    {
        using var http = server.CreateClient();

        using var svar = await http.GetAsync(new Uri(server.Issuer() + "jwk"));

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        using var json = JsonDocument.Parse(await svar.Content.ReadAsStringAsync());
        var nokkel = Assert.Single(json.RootElement.GetProperty("keys").EnumerateArray());
        Assert.Equal(["kty", "kid", "use", "alg", "n", "e"], nokkel.EnumerateObject().Select(p => p.Name));
        Assert.Equal("RSA", nokkel.GetProperty("kty").GetString());
        Assert.Equal("sig", nokkel.GetProperty("use").GetString());
        Assert.Equal("RS256", nokkel.GetProperty("alg").GetString());
        Assert.Equal(256, Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(nokkel.GetProperty("n").GetString()).Length);
    }

    [Fact]
    public async Task OpenIdConnectConfigurationManagerReadsTheMetadataAndSigningKey()
    {
        using var http = server.CreateClient();
        var issuer = server.Issuer();
        var henter = new ConfigurationManager<OpenIdConnectConfiguration>(
            issuer + ".well-known/oauth-authorization-server",
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(http) { RequireHttps = false });

        var konfig = await henter.GetConfigurationAsync(CancellationToken.None);

        Assert.Equal(issuer, konfig.Issuer);
        Assert.Equal(issuer + "token", konfig.TokenEndpoint);
        var nokkel = Assert.Single(konfig.SigningKeys);
        Assert.Equal(await KidAsync(server), nokkel.KeyId);
    }

    [Fact]
    public async Task IssuerKeySurvivesARestartOnTheSameDataDirectory()
    {
        var katalog = Path.Combine(Path.GetTempPath(), "kjoretoyregister-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            string? forKid;
            using (var forste = new ServerFabrikk(katalog) { Konfig = { ["Demo:AntallKjoretoy"] = "0" } })
            {
                forKid = await KidAsync(forste);
            }

            using var andre = new ServerFabrikk(katalog) { Konfig = { ["Demo:AntallKjoretoy"] = "0" } };
            var etterKid = await KidAsync(andre);

            Assert.NotNull(forKid);
            Assert.Equal(forKid, etterKid);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(katalog, recursive: true);
        }
    }

    [Fact]
    public async Task LocalIssuerIsNotServedWhenAnExternalIssuerIsConfigured()
    {
        using var ekstern = new ServerFabrikk();
        ekstern.Konfig["Maskinporten:Issuer"] = "https://test.maskinporten.no/";
        ekstern.Konfig["Demo:AntallKjoretoy"] = "0";
        using var http = ekstern.CreateClient();

        using var jwk = await http.GetAsync(new Uri("/maskinporten/jwk", UriKind.Relative));
        using var token = await Maskinportentoken.PostAsync(http, new Uri("/maskinporten/token", UriKind.Relative), "x.y.z");

        Assert.Equal(HttpStatusCode.NotFound, jwk.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
    }

    private static async Task<string?> KidAsync(ServerFabrikk server)
    {
        using var http = server.CreateClient();
        using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri(server.Issuer() + "jwk")));
        return json.RootElement.GetProperty("keys")[0].GetProperty("kid").GetString();
    }

    private static List<string?> Strenger(JsonElement rot, string navn) =>
        [.. rot.GetProperty(navn).EnumerateArray().Select(e => e.GetString())];
}
