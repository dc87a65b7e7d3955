using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Kjoretoyregister.Client.Maskinporten;

/// <summary>
/// The virksomhetssertifikat from the machine's certificate store (Windows' store, or .NET's own store on
/// Linux and macOS), found by thumbprint in <see cref="MaskinportenTokenOptions.SertifikatStoreName"/> under
/// <see cref="MaskinportenTokenOptions.SertifikatStoreLocation"/>: the way a Windows server holds a
/// certificate whose key must not lie in a file.
/// </summary>
internal static class Sertifikatlager
{
    public static X509Certificate2 Finn(MaskinportenTokenOptions options)
    {
        // A thumbprint copied from Windows' certificate dialog often carries spaces and an invisible mark.
        var thumbprint = new string(options.SertifikatThumbprint!.Where(Uri.IsHexDigit).ToArray()).ToUpperInvariant();
        if (thumbprint.Length != 40)
        {
            throw new MaskinportenKonfigurasjonException(
                $"Maskinporten:SertifikatThumbprint: «{options.SertifikatThumbprint}» er ikke et SHA-1-thumbprint (40 heksadesimale tegn).");
        }

        try
        {
            using var lager = new X509Store(options.SertifikatStoreName, options.SertifikatStoreLocation);
            lager.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            var treff = lager.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
            var sertifikat = treff.Cast<X509Certificate2>().FirstOrDefault(s => s.HasPrivateKey);
            foreach (var annet in treff.Cast<X509Certificate2>().Where(s => !ReferenceEquals(s, sertifikat)))
            {
                annet.Dispose();
            }

            return sertifikat ?? throw new MaskinportenKonfigurasjonException(treff.Count == 0
                ? $"Maskinporten:SertifikatThumbprint: fant ikke sertifikatet {thumbprint} i {options.SertifikatStoreLocation}\\{options.SertifikatStoreName}."
                : $"Maskinporten:SertifikatThumbprint: sertifikatet {thumbprint} i {options.SertifikatStoreLocation}\\{options.SertifikatStoreName} har ingen privat nøkkel (eller brukeren har ikke tilgang til den).");
        }
        catch (CryptographicException e)
        {
            throw new MaskinportenKonfigurasjonException(
                $"Maskinporten:SertifikatThumbprint: kunne ikke åpne sertifikatlageret {options.SertifikatStoreLocation}\\{options.SertifikatStoreName}: {e.Message}", e);
        }
    }
}
