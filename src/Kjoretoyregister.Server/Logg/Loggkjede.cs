using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// The audit log's hash chain: every row carries <c>hash</c> = SHA-256(<c>forrige_hash</c> || the row's
/// canonical content), where <c>forrige_hash</c> is the previous row's hash (by id) and the first chained
/// row's is <see cref="Start"/>. The one place the writers and the verifier agree on the content: id,
/// tidspunkt (epoch ms), fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel, dtg
/// (epoch ms, or absent), utfall, kuider, parter, error_id, formal, saksbehandler, saksreferanse, each as a
/// big-endian int32 length (-1 for absent) and its UTF-8 bytes, so no two contents give the same bytes.
/// Values go in as stored (UUIDs lower case with hyphens, lists space-separated), so both engines hash the same.
/// </summary>
/// <remarks>Not thread-safe: one instance per writer or verifier (it reuses its buffer).</remarks>
public sealed class Loggkjede
{
    /// <summary>The length of a hash in bytes.</summary>
    public const int Lengde = 32;

    private byte[] buffer = new byte[1024];
    private int lengde;

    /// <summary>The predecessor of the first chained row: 32 zero bytes.</summary>
    public static byte[] Start => new byte[Lengde];

    /// <summary>The hash of a row about to be written with this id.</summary>
    public byte[] Hash(ReadOnlySpan<byte> forrigeHash, long id, LoggRad r) => Hash(forrigeHash, Kjedeinnhold.Fra(id, r));

    /// <summary>The hash of a row's stored content after the given predecessor hash.</summary>
    public byte[] Hash(ReadOnlySpan<byte> forrigeHash, Kjedeinnhold c)
    {
        lengde = 0;
        Legg(forrigeHash);
        Tekst(c.Id.ToString(CultureInfo.InvariantCulture));
        Tekst(c.Tidspunkt.ToString(CultureInfo.InvariantCulture));
        Tekst(c.FiksOrgId);
        Tekst(c.IntegrasjonId);
        Tekst(c.KonsumentOrgnr);
        Tekst(c.KlientId);
        Tekst(c.Operasjon);
        Tekst(c.Nokkel);
        Tekst(c.Dtg?.ToString(CultureInfo.InvariantCulture));
        Tekst(c.Utfall);
        Tekst(c.Kuider);
        Tekst(c.Parter);
        Tekst(c.ErrorId);
        Tekst(c.Formal);
        Tekst(c.Saksbehandler);
        Tekst(c.Saksreferanse);
        return SHA256.HashData(buffer.AsSpan(0, lengde));
    }

    /// <summary>A hash as lower-case hex, as the anchor prints it.</summary>
    public static string Hex(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);

    private void Tekst(string? verdi)
    {
        if (verdi is null)
        {
            Sikre(4);
            BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(lengde), -1);
            lengde += 4;
            return;
        }

        var bytes = Encoding.UTF8.GetMaxByteCount(verdi.Length);
        Sikre(4 + bytes);
        var skrevet = Encoding.UTF8.GetBytes(verdi, buffer.AsSpan(lengde + 4));
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(lengde), skrevet);
        lengde += 4 + skrevet;
    }

    private void Legg(ReadOnlySpan<byte> bytes)
    {
        Sikre(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(lengde));
        lengde += bytes.Length;
    }

    private void Sikre(int mer)
    {
        if (lengde + mer > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, lengde + mer));
        }
    }
}

/// <summary>A row's content as stored, in the order <see cref="Loggkjede"/> hashes it.</summary>
public sealed record Kjedeinnhold(
    long Id,
    long Tidspunkt,
    string FiksOrgId,
    string IntegrasjonId,
    string KonsumentOrgnr,
    string KlientId,
    string Operasjon,
    string Nokkel,
    long? Dtg,
    string Utfall,
    string Kuider,
    string Parter,
    string ErrorId,
    string? Formal,
    string? Saksbehandler,
    string? Saksreferanse)
{
    /// <summary>A row's content as it is stored and hashed (UUIDs, outcome and lists in their column form).</summary>
    public static Kjedeinnhold Fra(long id, LoggRad r) => new(
        id,
        r.Tidspunkt.ToUnixTimeMilliseconds(),
        Loggkolonner.Tekst(r.FiksOrgId),
        Loggkolonner.Tekst(r.IntegrasjonId),
        r.KonsumentOrgnr,
        r.KlientId,
        r.Operasjon,
        r.Nokkel,
        r.Dtg?.ToUnixTimeMilliseconds(),
        Loggkolonner.Tekst(r.Utfall),
        Loggkolonner.Liste(r.Kuider),
        Loggkolonner.Liste(r.Parter),
        r.ErrorId,
        r.Formal,
        r.Saksbehandler,
        r.Saksreferanse);
}
