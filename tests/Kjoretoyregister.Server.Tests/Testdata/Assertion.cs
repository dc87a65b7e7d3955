using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// JWT grants (Maskinporten assertions) as a client makes them: claims aud, iss, scope, iat, exp
/// (iat + 60 s) and jti, signed with a registered key (<c>kid</c>) or a certificate (<c>x5c</c>).
/// <c>endreClaims</c> edits the claims before signing; <c>alg</c> may also be <c>none</c> (unsigned)
/// or <c>HS256</c> (HMAC keyed with the public modulus: the classic algorithm-confusion forgery).
/// </summary>
internal static class Assertion
{
    public static string Lag(
        JsonWebKey privatNokkel,
        string klientId,
        string aud,
        string scope,
        DateTimeOffset? naa = null,
        Action<IDictionary<string, object>>? endreClaims = null,
        string alg = "RS256")
    {
        ArgumentNullException.ThrowIfNull(privatNokkel);
        var signering = alg switch
        {
            "none" => null,
            _ when alg.StartsWith("HS", StringComparison.Ordinal) =>
                new SigningCredentials(new SymmetricSecurityKey(Base64UrlEncoder.DecodeBytes(privatNokkel.N)) { KeyId = privatNokkel.Kid }, alg),
            _ => new SigningCredentials(privatNokkel, alg),
        };
        return Signer(Claims(klientId, aud, scope, naa, endreClaims), signering, header: null);
    }

    /// <summary>A grant signed with the certificate's private key, the certificate in the <c>x5c</c> header and no <c>kid</c>.</summary>
    public static string LagMedSertifikat(
        X509Certificate2 sertifikat,
        string klientId,
        string aud,
        string scope,
        DateTimeOffset? naa = null,
        Action<IDictionary<string, object>>? endreClaims = null)
    {
        ArgumentNullException.ThrowIfNull(sertifikat);
        using var rsa = sertifikat.GetRSAPrivateKey() ?? throw new ArgumentException("Sertifikatet har ingen privat RSA-nøkkel.", nameof(sertifikat));
        var nokkel = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true));
        var header = new Dictionary<string, object> { ["x5c"] = new[] { Convert.ToBase64String(sertifikat.RawData) } };
        return Signer(Claims(klientId, aud, scope, naa, endreClaims), new SigningCredentials(nokkel, SecurityAlgorithms.RsaSha256), header);
    }

    /// <summary>A new private RSA-2048 JWK (n, e, d, p, q, dp, dq, qi), kid = its RFC 7638 thumbprint unless given.</summary>
    public static JsonWebKey NyRsaNokkel(string? kid = null)
    {
        using var rsa = RSA.Create(2048);
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true)));
        jwk.Kid = kid ?? Base64UrlEncoder.Encode(jwk.ComputeJwkThumbprint());
        return jwk;
    }

    /// <summary>The public half as JSON (kty, kid, use, alg, n, e), as a client registers it.</summary>
    public static string OffentligJson(JsonWebKey nokkel)
    {
        ArgumentNullException.ThrowIfNull(nokkel);
        return JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["kid"] = nokkel.Kid,
            ["use"] = "sig",
            ["alg"] = "RS256",
            ["n"] = nokkel.N,
            ["e"] = nokkel.E,
        });
    }

    /// <summary>A self-signed RSA-2048 certificate with its private key, valid from an hour ago for the given time.</summary>
    public static X509Certificate2 NyttSertifikat(string navn = "CN=Testkommune", TimeSpan? gyldighet = null, DateTimeOffset? fra = null)
    {
        using var rsa = RSA.Create(2048);
        var foresporsel = new CertificateRequest(navn, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var start = fra ?? DateTimeOffset.UtcNow.AddHours(-1);
        return foresporsel.CreateSelfSigned(start, start + (gyldighet ?? TimeSpan.FromDays(30)));
    }

    private static Dictionary<string, object> Claims(string klientId, string aud, string scope, DateTimeOffset? naa, Action<IDictionary<string, object>>? endreClaims)
    {
        var iat = (naa ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var claims = new Dictionary<string, object>
        {
            ["aud"] = aud,
            ["iss"] = klientId,
            ["scope"] = scope,
            ["iat"] = iat,
            ["exp"] = iat + 60,
            ["jti"] = Guid.NewGuid().ToString(),
        };
        endreClaims?.Invoke(claims);
        return claims;
    }

    private static string Signer(Dictionary<string, object> claims, SigningCredentials? signering, Dictionary<string, object>? header)
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = signering,
            AdditionalHeaderClaims = header,
        });
    }
}
