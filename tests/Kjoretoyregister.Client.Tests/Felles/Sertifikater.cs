using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Client.Tests.Felles;

/// <summary>Keys and certificates made for one test: a self-signed virksomhetssertifikat, or a leaf under an intermediate under a root.</summary>
internal static class Sertifikater
{
    /// <summary>A self-signed certificate with its private RSA key.</summary>
    public static X509Certificate2 Selvsignert(string navn = "CN=Leverandør AS, SERIALNUMBER=910000004")
    {
        using var rsa = RSA.Create(2048);
        var foresporsel = new CertificateRequest(navn, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return foresporsel.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }

    /// <summary>A root, an intermediate it signed, and a leaf (with its private key) the intermediate signed.</summary>
    public static (X509Certificate2 Rot, X509Certificate2 Mellomledd, X509Certificate2 Leaf) Kjede()
    {
        using var rotNokkel = RSA.Create(2048);
        var rot = Ca("CN=Test Rot-CA", rotNokkel).CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        using var mellomNokkel = RSA.Create(2048);
        using var mellomUtenNokkel = Ca("CN=Test Mellomledd-CA", mellomNokkel).Create(rot, DateTimeOffset.UtcNow.AddHours(-12), DateTimeOffset.UtcNow.AddMonths(6), [1, 2, 3, 4]);
        var mellomledd = mellomUtenNokkel.CopyWithPrivateKey(mellomNokkel);
        using var leafNokkel = RSA.Create(2048);
        var leafForesporsel = new CertificateRequest("CN=Leverandør AS, SERIALNUMBER=910000004", leafNokkel, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var leafUtenNokkel = leafForesporsel.Create(mellomledd, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddMonths(1), [5, 6, 7, 8]);
        return (rot, mellomledd, leafUtenNokkel.CopyWithPrivateKey(leafNokkel));
    }

    /// <summary>A private RSA key as JWK JSON with <paramref name="kid"/>.</summary>
    public static string Jwk(string kid = "test-nokkel")
    {
        using var rsa = RSA.Create(2048);
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true)));
        jwk.Kid = kid;
        return JsonSerializer.Serialize(jwk);
    }

    /// <summary>The JWT's header as JSON.</summary>
    public static JsonElement Header(string jwt)
    {
        using var dokument = JsonDocument.Parse(Base64UrlEncoder.Decode(jwt.Split('.')[0]));
        return dokument.RootElement.Clone();
    }

    private static CertificateRequest Ca(string navn, RSA nokkel)
    {
        var foresporsel = new CertificateRequest(navn, nokkel, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        foresporsel.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        foresporsel.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return foresporsel;
    }
}
