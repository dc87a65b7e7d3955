using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Client.Maskinporten;

/// <summary>
/// The key that signs the grant, read once from the options: a certificate's private key (the
/// certificate chain goes in <c>x5c</c>, leaf first, and <c>kid</c> too when <see cref="MaskinportenTokenOptions.Kid"/>
/// is set, as Digdir asks of clients with a pre-registered certificate) or a registered key (its <c>kid</c>
/// in the header). Reading fails with <see cref="MaskinportenKonfigurasjonException"/> naming the option.
/// </summary>
internal sealed class Signeringsnokkel
{
    private Signeringsnokkel(SecurityKey nokkel, IReadOnlyList<string>? x5c)
    {
        Nokkel = nokkel;
        X5c = x5c;
    }

    public SecurityKey Nokkel { get; }

    /// <summary>The certificate chain, base64 DER, leaf first, for the <c>x5c</c> header; null for a registered key.</summary>
    public IReadOnlyList<string>? X5c { get; }

    /// <summary>The <c>kid</c> header; null when none is sent.</summary>
    public string? Kid => string.IsNullOrEmpty(Nokkel.KeyId) ? null : Nokkel.KeyId;

    public static Signeringsnokkel Les(MaskinportenTokenOptions options)
    {
        var kilder = new[]
        {
            (Navn: nameof(options.SertifikatFil), Satt: !string.IsNullOrWhiteSpace(options.SertifikatFil)),
            (Navn: nameof(options.Sertifikat), Satt: options.Sertifikat is not null),
            (Navn: nameof(options.SertifikatThumbprint), Satt: !string.IsNullOrWhiteSpace(options.SertifikatThumbprint)),
            (Navn: nameof(options.Jwk), Satt: !string.IsNullOrWhiteSpace(options.Jwk)),
            (Navn: nameof(options.JwkFil), Satt: !string.IsNullOrWhiteSpace(options.JwkFil)),
            (Navn: nameof(options.PemFil), Satt: !string.IsNullOrWhiteSpace(options.PemFil)),
        }.Where(k => k.Satt).Select(k => k.Navn).ToList();

        if (kilder.Count != 1)
        {
            throw new MaskinportenKonfigurasjonException(kilder.Count == 0
                ? "Maskinporten: oppgi nøkkelen grantet signeres med: SertifikatFil (virksomhetssertifikat), Sertifikat, SertifikatThumbprint (sertifikatlageret), Jwk, JwkFil eller PemFil med Kid."
                : $"Maskinporten: oppgi bare én nøkkel; fikk {string.Join(", ", kilder)}.");
        }

        return kilder[0] switch
        {
            nameof(options.SertifikatFil) => FraSertifikat(LesSertifikatfil(options.SertifikatFil!, options.SertifikatPassord), nameof(options.SertifikatFil), options),
            nameof(options.Sertifikat) => FraSertifikat(options.Sertifikat!, nameof(options.Sertifikat), options),
            nameof(options.SertifikatThumbprint) => FraSertifikat(Sertifikatlager.Finn(options), nameof(options.SertifikatThumbprint), options),
            nameof(options.Jwk) => FraJwk(options.Jwk!, nameof(options.Jwk)),
            nameof(options.JwkFil) => FraJwk(Filer.LesTekst(options.JwkFil!, nameof(options.JwkFil)), nameof(options.JwkFil)),
            _ => FraPem(Filer.LesTekst(options.PemFil!, nameof(options.PemFil)), options.Kid),
        };
    }

    private static X509Certificate2 LesSertifikatfil(string fil, string? passord)
    {
        if (!File.Exists(fil))
        {
            throw new MaskinportenKonfigurasjonException($"Maskinporten:SertifikatFil: finner ikke virksomhetssertifikatet {fil}.");
        }

        try
        {
#if NET
            return X509CertificateLoader.LoadPkcs12FromFile(fil, passord, X509KeyStorageFlags.EphemeralKeySet);
#else
            // .NET Framework has no ephemeral key set: the key lives in the user's key store while the certificate does.
            return new X509Certificate2(fil, passord, X509KeyStorageFlags.DefaultKeySet);
#endif
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new MaskinportenKonfigurasjonException(
                $"Maskinporten:SertifikatFil: kunne ikke lese virksomhetssertifikatet {fil} (PKCS#12 med privat nøkkel; er SertifikatPassord riktig?): {e.Message}", e);
        }
    }

    private static Signeringsnokkel FraSertifikat(X509Certificate2 sertifikat, string navn, MaskinportenTokenOptions options)
    {
        var rsa = sertifikat.GetRSAPrivateKey()
            ?? throw new MaskinportenKonfigurasjonException($"Maskinporten:{navn}: sertifikatet «{sertifikat.Subject}» har ingen privat RSA-nøkkel.");
        var nokkel = new RsaSecurityKey(rsa);
        if (!string.IsNullOrWhiteSpace(options.Kid))
        {
            nokkel.KeyId = options.Kid!.Trim();
        }

        return new Signeringsnokkel(nokkel, Sertifikatkjede.X5c(sertifikat, options.SertifikatKjedeFil));
    }

    private static Signeringsnokkel FraJwk(string json, string navn)
    {
        JsonWebKey jwk;
        try
        {
            jwk = new JsonWebKey(json);
        }
        catch (ArgumentException e)
        {
            throw new MaskinportenKonfigurasjonException($"Maskinporten:{navn}: er ikke en JWK (JSON): {e.Message}", e);
        }

        if (jwk.Kty != JsonWebAlgorithmsKeyTypes.RSA || string.IsNullOrEmpty(jwk.D) || string.IsNullOrEmpty(jwk.N))
        {
            throw new MaskinportenKonfigurasjonException($"Maskinporten:{navn}: må være en privat RSA-nøkkel (kty RSA med n, e og d).");
        }

        if (string.IsNullOrWhiteSpace(jwk.Kid))
        {
            throw new MaskinportenKonfigurasjonException($"Maskinporten:{navn}: mangler kid (nøkkelen er registrert på klienten under en kid).");
        }

        return new Signeringsnokkel(jwk, x5c: null);
    }

    private static Signeringsnokkel FraPem(string pem, string? kid)
    {
        if (string.IsNullOrWhiteSpace(kid))
        {
            throw new MaskinportenKonfigurasjonException("Maskinporten:Kid: mangler; en nøkkel fra PemFil sendes med kid-en den er registrert under.");
        }

        return new Signeringsnokkel(new RsaSecurityKey(Pem.LesRsaNokkel(pem)) { KeyId = kid }, x5c: null);
    }
}
