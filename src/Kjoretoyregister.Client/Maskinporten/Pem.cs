using System.Security.Cryptography;
#if !NET
using System.Formats.Asn1;
using System.Numerics;
#endif

namespace Kjoretoyregister.Client.Maskinporten;

/// <summary>
/// A private RSA key in PEM form: PKCS#8 (<c>BEGIN PRIVATE KEY</c>) or PKCS#1 (<c>BEGIN RSA PRIVATE KEY</c>).
/// .NET reads it itself; on .NET Framework (netstandard2.0), which cannot, the DER is read here with
/// System.Formats.Asn1.
/// </summary>
internal static class Pem
{
    public static RSA LesRsaNokkel(string pem)
    {
        var rsa = RSA.Create();
        try
        {
#if NET
            rsa.ImportFromPem(pem);
#else
            rsa.ImportParameters(Parametre(pem));
#endif
            return rsa;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException or FormatException
#if !NET
            or AsnContentException
#endif
            )
        {
            rsa.Dispose();
            throw new MaskinportenKonfigurasjonException($"Maskinporten:PemFil: er ikke en privat RSA-nøkkel i PEM-form: {e.Message}", e);
        }
    }

#if !NET
    private const string Pkcs8 = "PRIVATE KEY";
    private const string Pkcs1 = "RSA PRIVATE KEY";
    private const string RsaOid = "1.2.840.113549.1.1.1";

    private static RSAParameters Parametre(string pem)
    {
        if (Blokk(pem, Pkcs1) is { } pkcs1)
        {
            return FraPkcs1(pkcs1);
        }

        var pkcs8 = Blokk(pem, Pkcs8) ?? throw new FormatException("fant verken «BEGIN PRIVATE KEY» eller «BEGIN RSA PRIVATE KEY».");
        var info = new AsnReader(pkcs8, AsnEncodingRules.DER).ReadSequence();
        _ = info.ReadInteger();
        var algoritme = info.ReadSequence();
        if (algoritme.ReadObjectIdentifier() != RsaOid)
        {
            throw new FormatException("nøkkelen er ikke RSA.");
        }

        return FraPkcs1(info.ReadOctetString());
    }

    private static RSAParameters FraPkcs1(byte[] der)
    {
        var sekvens = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
        _ = sekvens.ReadInteger();
        var n = Bytes(sekvens.ReadInteger(), 0);
        var e = Bytes(sekvens.ReadInteger(), 0);
        var halv = (n.Length + 1) / 2;
        return new RSAParameters
        {
            Modulus = n,
            Exponent = e,
            D = Bytes(sekvens.ReadInteger(), n.Length),
            P = Bytes(sekvens.ReadInteger(), halv),
            Q = Bytes(sekvens.ReadInteger(), halv),
            DP = Bytes(sekvens.ReadInteger(), halv),
            DQ = Bytes(sekvens.ReadInteger(), halv),
            InverseQ = Bytes(sekvens.ReadInteger(), halv),
        };
    }

    /// <summary>The integer big-endian without sign byte, left-padded to <paramref name="lengde"/> (as RSAParameters wants); 0 keeps its own length.</summary>
    private static byte[] Bytes(BigInteger tall, int lengde)
    {
        var liten = tall.ToByteArray();
        var antall = liten.Length;
        while (antall > 1 && liten[antall - 1] == 0)
        {
            antall--;
        }

        var ut = new byte[Math.Max(lengde, antall)];
        for (var i = 0; i < antall; i++)
        {
            ut[ut.Length - 1 - i] = liten[i];
        }

        return ut;
    }

    private static byte[]? Blokk(string pem, string merke)
    {
        var start = "-----BEGIN " + merke + "-----";
        var fra = pem.IndexOf(start, StringComparison.Ordinal);
        if (fra < 0)
        {
            return null;
        }

        fra += start.Length;
        var til = pem.IndexOf("-----END " + merke + "-----", fra, StringComparison.Ordinal);
        if (til < 0)
        {
            throw new FormatException($"«-----END {merke}-----» mangler.");
        }

        return Convert.FromBase64String(pem.Substring(fra, til - fra));
    }
#endif
}
