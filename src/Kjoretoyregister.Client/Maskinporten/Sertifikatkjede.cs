using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Kjoretoyregister.Client.Maskinporten;

/// <summary>
/// The <c>x5c</c> header: the certificate first, then its intermediates, each base64 DER, no root (the
/// verifier has it). The intermediates come from <see cref="MaskinportenTokenOptions.SertifikatKjedeFil"/>
/// (PEM with one or more certificates, or one DER certificate) when set, else from the chain the machine builds
/// from its own stores (<see cref="X509Chain"/>); a certificate whose issuer the machine does not know is
/// sent alone.
/// </summary>
internal static class Sertifikatkjede
{
    private const string PemStart = "-----BEGIN CERTIFICATE-----";
    private const string PemSlutt = "-----END CERTIFICATE-----";

    public static IReadOnlyList<string> X5c(X509Certificate2 sertifikat, string? kjedeFil)
    {
        var mellomledd = string.IsNullOrWhiteSpace(kjedeFil) ? FraMaskinen(sertifikat) : FraFil(kjedeFil!);
        return [Convert.ToBase64String(sertifikat.RawData), .. mellomledd
            .Where(m => !m.RawData.AsSpan().SequenceEqual(sertifikat.RawData) && !ErRot(m))
            .Select(m => Convert.ToBase64String(m.RawData))];
    }

    private static bool ErRot(X509Certificate2 sertifikat) => sertifikat.SubjectName.RawData.AsSpan().SequenceEqual(sertifikat.IssuerName.RawData);

    private static List<X509Certificate2> FraMaskinen(X509Certificate2 sertifikat)
    {
        using var kjede = new X509Chain();
        kjede.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck; // the chain is only looked up here; Maskinporten validates it
        kjede.ChainPolicy.VerificationFlags = X509VerificationFlags.AllFlags;
        _ = kjede.Build(sertifikat);
        return kjede.ChainElements.Cast<X509ChainElement>().Skip(1).Select(e => e.Certificate).ToList();
    }

    private static List<X509Certificate2> FraFil(string fil)
    {
        var bytes = Filer.LesBytes(fil, nameof(MaskinportenTokenOptions.SertifikatKjedeFil));
        try
        {
            var tekst = System.Text.Encoding.ASCII.GetString(bytes);
            return tekst.Contains(PemStart) ? PemBlokker(tekst).Select(Last).ToList() : [Last(bytes)];
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            throw new MaskinportenKonfigurasjonException(
                $"Maskinporten:SertifikatKjedeFil: {fil} er ikke sertifikater i PEM-form eller ett sertifikat i DER-form: {e.Message}", e);
        }
    }

    private static X509Certificate2 Last(byte[] der) =>
#if NET
        X509CertificateLoader.LoadCertificate(der);
#else
        new(der);
#endif

    private static IEnumerable<byte[]> PemBlokker(string tekst)
    {
        var fra = tekst.IndexOf(PemStart, StringComparison.Ordinal);
        while (fra >= 0)
        {
            fra += PemStart.Length;
            var til = tekst.IndexOf(PemSlutt, fra, StringComparison.Ordinal);
            if (til < 0)
            {
                throw new FormatException($"«{PemSlutt}» mangler.");
            }

            yield return Convert.FromBase64String(tekst.Substring(fra, til - fra));
            fra = tekst.IndexOf(PemStart, til, StringComparison.Ordinal);
        }
    }
}
