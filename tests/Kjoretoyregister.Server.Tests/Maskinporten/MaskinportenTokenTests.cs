using System.Net;
using System.Text.Json;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tests.Maskinporten;

/// <summary>Grants the local issuer accepts, and the tokens it gives for them. One server; each test registers its own client.</summary>
public abstract class MaskinportenTokenTests(ServerFabrikk server)
{
    public sealed class PaSqlite(TomtRegister fixture) : MaskinportenTokenTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : MaskinportenTokenTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;


    [Fact]
    public async Task KidSignedGrantGetsBearerTokenResponse()
    {
        var klient = await server.NyKlientAsync();
        using var http = server.CreateClient();

        using var svar = await Maskinportentoken.PostAsync(http, server.TokenEndpoint(), server.Grant(klient));

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Equal("no-store", svar.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(await svar.Content.ReadAsStringAsync());
        var rot = json.RootElement;
        Assert.Equal(["access_token", "token_type", "expires_in", "scope"], rot.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Bearer", rot.GetProperty("token_type").GetString());
        Assert.Equal(120, rot.GetProperty("expires_in").GetInt32());
        Assert.Equal("ks:fiks", rot.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task AccessTokenCarriesExactlyMaskinportensClaims()
    {
        var klient = await server.NyKlientAsync(scopes: "ks:fiks ks:annet");
        using var http = server.CreateClient();

        var token = new JsonWebToken(await Maskinportentoken.HentAsync(http, server.TokenEndpoint(), server.Grant(klient, "ks:fiks ks:annet")));

        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(token.EncodedPayload));
        var claims = payload.RootElement;
        var naa = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Assert.Equal(
            ["client_amr", "client_id", "consumer", "exp", "iat", "iss", "jti", "scope", "token_type"],
            claims.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(server.Issuer(), claims.GetProperty("iss").GetString());
        Assert.Equal("ks:fiks ks:annet", claims.GetProperty("scope").GetString());
        Assert.Equal(klient.Id, claims.GetProperty("client_id").GetString());
        Assert.Equal("private_key_jwt", claims.GetProperty("client_amr").GetString());
        Assert.Equal("Bearer", claims.GetProperty("token_type").GetString());
        Assert.Equal("iso6523-actorid-upis", claims.GetProperty("consumer").GetProperty("authority").GetString());
        Assert.Equal("0192:" + MaskinportenOppsett.Orgnr, claims.GetProperty("consumer").GetProperty("ID").GetString());
        Assert.Equal(120, claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64());
        Assert.InRange(claims.GetProperty("iat").GetInt64(), naa - 30, naa + 1);
        Assert.True(Guid.TryParse(claims.GetProperty("jti").GetString(), out _));
        Assert.Equal("RS256", token.Alg);
    }

    [Fact]
    public async Task AccessTokenSignatureValidatesAgainstThePublishedKeys()
    {
        var klient = await server.NyKlientAsync();
        using var http = server.CreateClient();
        var token = await Maskinportentoken.HentAsync(http, server.TokenEndpoint(), server.Grant(klient));
        var konfig = await new ConfigurationManager<OpenIdConnectConfiguration>(
            server.Issuer() + ".well-known/oauth-authorization-server",
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(http) { RequireHttps = false }).GetConfigurationAsync(CancellationToken.None);

        var resultat = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = server.Issuer(),
            IssuerSigningKeys = konfig.SigningKeys,
            ValidateAudience = false,
            ValidAlgorithms = ["RS256"],
        });

        Assert.True(resultat.IsValid, resultat.Exception?.Message);
        Assert.Equal(Assert.Single(konfig.SigningKeys).KeyId, ((JsonWebToken)resultat.SecurityToken).Kid);
    }

    [Fact]
    public async Task CertificateSignedGrantGetsTokenWithVirksomhetssertifikatAmr()
    {
        using var sertifikat = Assertion.NyttSertifikat();
        var klient = await server.NyKlientAsync(sertifikat: sertifikat);
        var assertion = Assertion.LagMedSertifikat(sertifikat, klient.Id, server.Issuer(), "ks:fiks");
        using var http = server.CreateClient();

        var token = new JsonWebToken(await Maskinportentoken.HentAsync(http, server.TokenEndpoint(), assertion));

        Assert.Equal("virksomhetssertifikat", token.GetPayloadValue<string>("client_amr"));
        Assert.Equal(klient.Id, token.GetPayloadValue<string>("client_id"));
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task GrantSignedWithAnotherSupportedRsaAlgorithmIsAccepted(string alg)
    {
        var klient = await server.NyKlientAsync();
        using var http = server.CreateClient();

        var token = await Maskinportentoken.HentAsync(http, server.TokenEndpoint(), server.Grant(klient, alg: alg));

        Assert.False(string.IsNullOrEmpty(token));
    }

    [Fact]
    public async Task AudienceWithoutTrailingSlashIsAccepted()
    {
        var klient = await server.NyKlientAsync();
        var assertion = Assertion.Lag(klient.Nokkel, klient.Id, server.Issuer().TrimEnd('/'), "ks:fiks");
        using var http = server.CreateClient();

        var token = await Maskinportentoken.HentAsync(http, server.TokenEndpoint(), assertion);

        Assert.False(string.IsNullOrEmpty(token));
    }

    [Fact]
    public async Task ResourceClaimBecomesTheTokensAudience()
    {
        var klient = await server.NyKlientAsync();
        var assertion = server.Grant(klient, endreClaims: c => c["resource"] = new[] { "https://api.example.no/kjoretoy" });
        using var http = server.CreateClient();

        var token = new JsonWebToken(await Maskinportentoken.HentAsync(http, server.TokenEndpoint(), assertion));

        Assert.Equal(["https://api.example.no/kjoretoy"], token.Audiences);
    }
}
