using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// A stand-in for the real Maskinporten (an external party the tests cannot reach): serves its
/// metadata document and a JWKS that the test can rotate, and counts how often each is fetched.
/// </summary>
internal sealed class EksternUtsteder : HttpMessageHandler
{
    public const string Issuer = "https://maskinporten.test.invalid/";

    private int metadatahentinger;
    private int nokkelhentinger;

    public List<RsaSecurityKey> Publiserte { get; } = [];

    public bool Nede { get; set; }

    public int Metadatahentinger => Volatile.Read(ref metadatahentinger);

    public int Nokkelhentinger => Volatile.Read(ref nokkelhentinger);

    public static RsaSecurityKey NyNokkel() => new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Nede)
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        }

        var sti = request.RequestUri!.AbsoluteUri;
        string json;
        if (sti == Issuer + ".well-known/oauth-authorization-server")
        {
            Interlocked.Increment(ref metadatahentinger);
            json = $$"""{"issuer": "{{Issuer}}", "token_endpoint": "{{Issuer}}token", "jwks_uri": "{{Issuer}}jwk", "token_endpoint_auth_methods_supported": ["private_key_jwt"]}""";
        }
        else if (sti == Issuer + "jwk")
        {
            Interlocked.Increment(ref nokkelhentinger);
            json = "{\"keys\": [" + string.Join(",", Publiserte.Select(Jwk)) + "]}";
        }
        else
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
        }

        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }

    private static string Jwk(RsaSecurityKey nokkel)
    {
        var p = nokkel.Rsa.ExportParameters(false);
        return $$"""{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": "{{nokkel.KeyId}}", "n": "{{Base64UrlEncoder.Encode(p.Modulus)}}", "e": "{{Base64UrlEncoder.Encode(p.Exponent)}}"}""";
    }
}
