using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// RSA keys as JWKs (RFC 7517), in one place: the issuer's stored key, the demo client's key pair,
/// the public keys clients register. The kid of a new key is its RFC 7638 thumbprint.
/// </summary>
public static class RsaJwk
{
    /// <summary>A new RSA-2048 key pair and its kid.</summary>
    public static (RSAParameters Nokkel, string Kid) Ny()
    {
        using var rsa = RSA.Create(2048);
        var nokkel = rsa.ExportParameters(includePrivateParameters: true);
        return (nokkel, Base64UrlEncoder.Encode(new RsaSecurityKey(nokkel).ComputeJwkThumbprint()));
    }

    /// <summary>The public half, for a JWKS or a client registration.</summary>
    public static OffentligJwk Offentlig(RSAParameters nokkel, string kid) =>
        new("RSA", kid, "sig", SecurityAlgorithms.RsaSha256, Base64UrlEncoder.Encode(nokkel.Modulus), Base64UrlEncoder.Encode(nokkel.Exponent));

    /// <summary>The public half of a JWK given as JSON (private members dropped); null when it is no RSA key with kid, n and e.</summary>
    public static OffentligJwk? Offentlig(string json)
    {
        JsonWebKey jwk;
        try
        {
            jwk = JsonWebKey.Create(json);
        }
        catch (ArgumentException)
        {
            return null;
        }

        return jwk.Kty == JsonWebAlgorithmsKeyTypes.RSA && !string.IsNullOrEmpty(jwk.Kid) && !string.IsNullOrEmpty(jwk.N) && !string.IsNullOrEmpty(jwk.E)
            ? new OffentligJwk("RSA", jwk.Kid, jwk.Use ?? "sig", jwk.Alg ?? SecurityAlgorithms.RsaSha256, jwk.N, jwk.E)
            : null;
    }

    /// <summary>A public JWK as JSON.</summary>
    public static string Json(OffentligJwk jwk) => JsonSerializer.Serialize(jwk, MaskinportenJsonContext.Default.OffentligJwk);

    /// <summary>The whole key pair as a private JWK (JSON).</summary>
    public static string Privat(RSAParameters nokkel, string kid)
    {
        var offentlig = Offentlig(nokkel, kid);
        using var strom = new MemoryStream();
        using (var skriver = new Utf8JsonWriter(strom))
        {
            skriver.WriteStartObject();
            skriver.WriteString("kty", offentlig.Kty);
            skriver.WriteString("kid", offentlig.Kid);
            skriver.WriteString("use", offentlig.Use);
            skriver.WriteString("alg", offentlig.Alg);
            skriver.WriteString("n", offentlig.N);
            skriver.WriteString("e", offentlig.E);
            Skriv(skriver, "d", nokkel.D);
            Skriv(skriver, "p", nokkel.P);
            Skriv(skriver, "q", nokkel.Q);
            Skriv(skriver, "dp", nokkel.DP);
            Skriv(skriver, "dq", nokkel.DQ);
            Skriv(skriver, "qi", nokkel.InverseQ);
            skriver.WriteEndObject();
        }

        return Encoding.UTF8.GetString(strom.ToArray());
    }

    /// <summary>The key pair in a private JWK.</summary>
    public static RSAParameters FraPrivat(JsonWebKey jwk) => new()
    {
        Modulus = Base64UrlEncoder.DecodeBytes(jwk.N),
        Exponent = Base64UrlEncoder.DecodeBytes(jwk.E),
        D = Base64UrlEncoder.DecodeBytes(jwk.D),
        P = Base64UrlEncoder.DecodeBytes(jwk.P),
        Q = Base64UrlEncoder.DecodeBytes(jwk.Q),
        DP = Base64UrlEncoder.DecodeBytes(jwk.DP),
        DQ = Base64UrlEncoder.DecodeBytes(jwk.DQ),
        InverseQ = Base64UrlEncoder.DecodeBytes(jwk.QI),
    };

    /// <summary>The kid of a JWK given as JSON; null when it has none or is not a JWK.</summary>
    public static string? Kid(string json) => Offentlig(json)?.Kid;

    private static void Skriv(Utf8JsonWriter skriver, string navn, byte[]? verdi) =>
        skriver.WriteString(navn, Base64UrlEncoder.Encode(verdi ?? throw new InvalidOperationException($"RSA-nøkkelen mangler {navn}.")));
}
