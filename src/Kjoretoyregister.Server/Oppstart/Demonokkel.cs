using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Oppstart;

/// <summary>An RSA key pair for the demo Maskinporten client, as JWKs (the private one goes into demo.json).</summary>
internal static class Demonokkel
{
    /// <summary>A new 2048-bit key: (private JWK, public JWK), both with the RFC 7638 thumbprint as kid.</summary>
    public static (JsonElement Privat, string Offentlig) Ny()
    {
        using var rsa = RSA.Create(2048);
        var p = rsa.ExportParameters(includePrivateParameters: true);
        var offentlig = new JsonWebKey { Kty = "RSA", N = Base64UrlEncoder.Encode(p.Modulus), E = Base64UrlEncoder.Encode(p.Exponent) };
        var kid = Base64UrlEncoder.Encode(offentlig.ComputeJwkThumbprint());
        var felles = new Dictionary<string, string> { ["kty"] = "RSA", ["kid"] = kid, ["use"] = "sig", ["alg"] = "RS256", ["n"] = offentlig.N, ["e"] = offentlig.E };
        var privat = new Dictionary<string, string>(felles)
        {
            ["d"] = Base64UrlEncoder.Encode(p.D),
            ["p"] = Base64UrlEncoder.Encode(p.P),
            ["q"] = Base64UrlEncoder.Encode(p.Q),
            ["dp"] = Base64UrlEncoder.Encode(p.DP),
            ["dq"] = Base64UrlEncoder.Encode(p.DQ),
            ["qi"] = Base64UrlEncoder.Encode(p.InverseQ),
        };
        return (JsonSerializer.SerializeToElement(privat, DemoJsonContext.Default.DictionaryStringString), JsonSerializer.Serialize(felles, DemoJsonContext.Default.DictionaryStringString));
    }
}
