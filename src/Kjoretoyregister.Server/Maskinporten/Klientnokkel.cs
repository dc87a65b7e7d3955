using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// Finds the key a grant must be signed with: the client's registered JWK named by the header's
/// <c>kid</c>, or the public key of the certificate in <c>x5c</c> when that certificate is registered
/// for the client (compared by the SHA-256 of its DER bytes) and valid now.
/// </summary>
internal static class Klientnokkel
{
    public const string PrivateKeyJwt = "private_key_jwt";
    public const string Virksomhetssertifikat = "virksomhetssertifikat";

    private const string Feilet = "Invalid assertion. Client authentication failed.";

    /// <summary>The key and the <c>client_amr</c> it implies, or why there is none.</summary>
    public static (SecurityKey? Nokkel, string KlientAmr, Tokenfeil? Feil) Finn(JsonWebToken jwt, MaskinportenKlient klient, DateTimeOffset naa)
    {
        var x5c = LesX5c(jwt, out var x5cFeil);
        if (x5cFeil is not null)
        {
            return (null, Virksomhetssertifikat, x5cFeil);
        }

        return x5c is not null ? FraSertifikat(x5c, klient, naa) : FraKid(jwt.Kid, klient);
    }

    private static (SecurityKey?, string, Tokenfeil?) FraKid(string kid, MaskinportenKlient klient)
    {
        foreach (var json in klient.OffentligeJwks)
        {
            if (TryLesJwk(json, out var jwk) && string.Equals(jwk.Kid, kid, StringComparison.Ordinal) && jwk.Kty == JsonWebAlgorithmsKeyTypes.RSA)
            {
                return (jwk, PrivateKeyJwt, null);
            }
        }

        return (null, PrivateKeyJwt, Tokenfeil.UgyldigGrant($"{Feilet} Unknown kid '{kid}': no key with that kid is registered for client '{klient.KlientId}'."));
    }

    private static (SecurityKey?, string, Tokenfeil?) FraSertifikat(byte[] der, MaskinportenKlient klient, DateTimeOffset naa)
    {
        var avtrykk = SHA256.HashData(der);
        var registrert = klient.Sertifikater.Any(s => Avtrykk(s)?.AsSpan().SequenceEqual(avtrykk) == true);
        if (!registrert)
        {
            return (null, Virksomhetssertifikat, Tokenfeil.UgyldigGrant($"{Feilet} The JWT is signed with a certificate that is not registered for client '{klient.KlientId}'."));
        }

        X509Certificate2 sertifikat;
        try
        {
            sertifikat = X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException)
        {
            return (null, Virksomhetssertifikat, Tokenfeil.UgyldigGrant("Failed to extract certificate from jwt: the x5c certificate cannot be read."));
        }

        using (sertifikat)
        {
            if (naa < sertifikat.NotBefore || naa > sertifikat.NotAfter)
            {
                return (null, Virksomhetssertifikat, Tokenfeil.UgyldigGrant($"{Feilet} The JWT is signed with a certificate that is expired or not yet valid."));
            }

            using var rsa = sertifikat.GetRSAPublicKey();
            return rsa is null
                ? (null, Virksomhetssertifikat, Tokenfeil.UgyldigGrant($"{Feilet} The x5c certificate does not hold an RSA key."))
                : (new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: false)), Virksomhetssertifikat, null);
        }
    }

    /// <summary>The leaf certificate's DER bytes, null when the header has no x5c.</summary>
    private static byte[]? LesX5c(JsonWebToken jwt, out Tokenfeil? feil)
    {
        feil = null;
        using var header = JsonDocument.Parse(Base64UrlEncoder.Decode(jwt.EncodedHeader));
        if (!header.RootElement.TryGetProperty("x5c", out var x5c))
        {
            return null;
        }

        if (x5c.ValueKind == JsonValueKind.Array && x5c.GetArrayLength() > 0 && x5c[0].ValueKind == JsonValueKind.String)
        {
            var forste = x5c[0].GetString()!;
            var der = new byte[forste.Length];
            if (Convert.TryFromBase64String(forste, der, out var lengde))
            {
                return der[..lengde];
            }
        }

        feil = Tokenfeil.UgyldigGrant("Failed to extract certificate from jwt: x5c must be an array of base64-encoded DER certificates, the client's own first.");
        return null;
    }

    private static byte[]? Avtrykk(string base64Der)
    {
        var der = new byte[base64Der.Length];
        return Convert.TryFromBase64String(base64Der, der, out var lengde) ? SHA256.HashData(der.AsSpan(0, lengde)) : null;
    }

    private static bool TryLesJwk(string json, out JsonWebKey jwk)
    {
        try
        {
            jwk = JsonWebKey.Create(json);
            return true;
        }
        catch (ArgumentException)
        {
            jwk = null!;
            return false;
        }
    }
}
