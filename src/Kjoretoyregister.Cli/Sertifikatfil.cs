using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Kjoretoyregister.Cli;

/// <summary>
/// A Maskinporten client's certificate file as <c>forvaltning maskinporten-klient registrer --sertifikat-fil</c>
/// reads it: PEM, DER, or PKCS#12 (.p12/.pfx, with its password); anything else is refused with a message
/// naming the formats accepted, never a stack trace.
/// </summary>
internal static class Sertifikatfil
{
    public const string Formater = "PEM, DER eller PKCS#12 (.p12/.pfx)";

    /// <summary>The certificate in <paramref name="fil"/>; null with the reason (naming the file) in <paramref name="feil"/>.</summary>
    public static X509Certificate2? Les(string fil, string? passord, [NotNullWhen(false)] out string? feil)
    {
        var sti = Path.GetFullPath(fil);
        feil = null;
        if (!File.Exists(sti))
        {
            feil = $"finner ikke filen {sti}";
            return null;
        }

        byte[] innhold;
        try
        {
            innhold = File.ReadAllBytes(sti);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            feil = $"kan ikke lese {sti} ({e.Message})";
            return null;
        }

        try
        {
            if (Encoding.UTF8.GetString(innhold).Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
            {
                return X509Certificate2.CreateFromPem(Encoding.UTF8.GetString(innhold));
            }

            switch (X509Certificate2.GetCertContentType(innhold))
            {
                case X509ContentType.Cert:
                    return X509CertificateLoader.LoadCertificate(innhold);
                case X509ContentType.Pkcs12:
                    return LesPkcs12(innhold, passord, sti, out feil);
            }
        }
        catch (CryptographicException)
        {
            // Falls through to the one message below: the bytes are none of the formats accepted.
        }

        feil = $"{sti} er ikke et sertifikat i {Formater}";
        return null;
    }

    private static X509Certificate2? LesPkcs12(byte[] innhold, string? passord, string sti, out string? feil)
    {
        feil = null;
        try
        {
            // Only the certificate is kept: the private key is not needed to verify the client's grants.
            using var medNokkel = X509CertificateLoader.LoadPkcs12(innhold, passord, X509KeyStorageFlags.EphemeralKeySet);
            return X509CertificateLoader.LoadCertificate(medNokkel.RawData);
        }
        catch (CryptographicException)
        {
            feil = passord is null
                ? $"{sti} er en PKCS#12-fil som krever passord: oppgi --sertifikat-passord"
                : $"kan ikke åpne PKCS#12-filen {sti} med passordet i --sertifikat-passord (feil passord?)";
            return null;
        }
    }
}
