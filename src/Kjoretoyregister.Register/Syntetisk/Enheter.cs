using System.Text.Json;

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// The synthetic organisations: leasing companies, car dealers, other companies and their
/// underenheter. Each has a valid organisasjonsnummer (9 digits, starting with 9 or 8, mod 11 with
/// weights 3,2,7,6,5,4,3,2) that is distinct by construction: (kind, index) is numbered and the
/// number permuted within 10^7 before the control digit is added.
/// </summary>
internal sealed class Enheter
{
    public const int AntallForhandlere = 3_000;
    public const int AntallFirma = 200_000;
    public const int UnderenheterPerFirma = 4;

    private const long Nummerrom = 10_000_000;
    private const long Multiplikator = 7_654_321;
    private static readonly int[] Vekter = [3, 2, 7, 6, 5, 4, 3, 2];

    private static readonly JsonEncodedText[] Leasingselskaper = Tekst.Liste(
        "NORDLYS BILLEASING AS|FJORDFINANS AS|VESTLANDSLEASING AS|ARKTISK BILFINANS AS|TRØNDERLEASING AS|" +
        "SØRLANDSLEASING AS|BILLEASE NORGE AS|OSLOFJORD FINANS AS|FLÅTELEASING AS|GRØNN BILLEASING AS|" +
        "NORSK BILFINANS AS|MIDTNORSK LEASING AS", '|');

    private static readonly byte[][] Forhandlermonstre = Tekst.Utf8("@ BIL AS|# AUTO AS|BILHUSET @ AS|@ MOTOR AS|# BILSENTER AS|@ BILSALG AS", '|');

    private static readonly byte[][] Firmamonstre = Tekst.Utf8(
        "# TRANSPORT AS|# BYGG AS|@ RØR AS|# ELEKTRO AS|# & SØNN AS|@ TAXI AS|# ENTREPRENØR AS|# MASKIN AS|" +
        "# HANDEL AS|# VVS AS|@ RENHOLD AS|# REGNSKAP AS|# EIENDOM AS|@ GARTNERI AS|# MALERMESTER AS", '|');

    private static readonly byte[] Avdeling = " AVD "u8.ToArray();

    private readonly int seed;
    private readonly long tillegg;
    private readonly SplitMix64 tilfeldig = new();

    public Enheter(int seed)
    {
        this.seed = seed;
        tillegg = (long)(SplitMix64.StartValue(seed, StreamKind.Enhet, -1) % Nummerrom);
    }

    /// <summary>Writes <c>{"enhet": {...}, "adresse": {...}}</c>.</summary>
    public void Skriv(Utf8JsonWriter w, Part part, bool medAdresse)
    {
        Span<byte> orgnr = stackalloc byte[9];
        Organisasjonsnummer(part, orgnr);
        Span<byte> navn = stackalloc byte[128];
        var kommune = Navn(part, navn, out var lengde);

        w.WriteStartObject();
        w.WriteStartObject(Felt.Enhet);
        w.WriteString(Felt.Organisasjonsnummer, orgnr);
        if (part.Type == Parttype.Leasingselskap)
        {
            w.WriteString(Felt.Organisasjonsnavn, Leasingselskaper[part.Indeks % Leasingselskaper.Length]);
        }
        else
        {
            w.WriteString(Felt.Organisasjonsnavn, navn[..lengde]);
        }

        w.WriteEndObject();
        if (medAdresse)
        {
            Adresser.Skriv(w, kommune, tilfeldig);
        }

        w.WriteEndObject();
    }

    /// <summary>Writes the 9-digit organisasjonsnummer of <paramref name="part"/>.</summary>
    public void Organisasjonsnummer(Part part, Span<byte> ut)
    {
        var n = part.Type switch
        {
            Parttype.Leasingselskap => part.Indeks % Leasingselskaper.Length,
            Parttype.Forhandler => 100 + part.Indeks,
            Parttype.Firma => 10_100 + part.Indeks,
            _ => 1_010_100 + part.Indeks,
        };
        var permutert = ((n * Multiplikator) + tillegg) % Nummerrom;
        ut[0] = (byte)'9';
        Tekst.LeggSifre(ut, 1, permutert, 7);
        var k = Kontrollsiffer(ut);
        if (k < 0)
        {
            // With 8 first the weighted sum drops by 3, and a remainder of 1 becomes 9: control digit 2.
            ut[0] = (byte)'8';
            k = Kontrollsiffer(ut);
        }

        ut[8] = (byte)('0' + k);
    }

    internal static int Kontrollsiffer(ReadOnlySpan<byte> sifre)
    {
        var sum = 0;
        for (var i = 0; i < Vekter.Length; i++)
        {
            sum += (sifre[i] - '0') * Vekter[i];
        }

        var k = 11 - (sum % 11);
        return k == 11 ? 0 : k == 10 ? -1 : k;
    }

    /// <summary>Composes the name; leaves <see cref="tilfeldig"/> ready to draw the address; returns the kommune.</summary>
    private Kommune Navn(Part part, Span<byte> ut, out int lengde)
    {
        if (part.Type == Parttype.Underenhet)
        {
            var firma = new Part(Parttype.Firma, part.Indeks / UnderenheterPerFirma);
            Navn(firma, ut, out lengde);
            tilfeldig.Start(seed, StreamKind.Enhet, Nokkel(part));
            var avdeling = Kommuner.Velg(tilfeldig);
            lengde = Tekst.Legg(ut, lengde, Avdeling);
            lengde = Tekst.Legg(ut, lengde, avdeling.PoststedUtf8);
            return avdeling;
        }

        tilfeldig.Start(seed, StreamKind.Enhet, Nokkel(part));
        var kommune = Kommuner.Velg(tilfeldig);
        lengde = 0;
        if (part.Type == Parttype.Leasingselskap)
        {
            return kommune;
        }

        var monster = tilfeldig.Pick(part.Type == Parttype.Forhandler ? Forhandlermonstre : Firmamonstre);
        var etternavn = tilfeldig.Pick(Navnelister.Etternavn).EncodedUtf8Bytes;
        foreach (var tegn in monster)
        {
            if (tegn == (byte)'@')
            {
                lengde = Tekst.Legg(ut, lengde, kommune.PoststedUtf8);
            }
            else if (tegn == (byte)'#')
            {
                lengde = Tekst.Legg(ut, lengde, etternavn);
            }
            else
            {
                ut[lengde++] = tegn;
            }
        }

        return kommune;
    }

    private static long Nokkel(Part part) => ((long)part.Type << 40) | part.Indeks;
}
