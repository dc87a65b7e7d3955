using System.Text.Json;

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// The synthetic population. Person k is a pure function of (seed, k): a birth date and an
/// individnummer give a SYNTHETIC fødselsnummer (month + 80, both mod-11 control digits right),
/// and name, sex and address are drawn from a generator started from the fødselsnummer itself, so
/// one fødselsnummer has one name and address on every line even if two indices meet on it.
/// </summary>
internal sealed class Personer
{
    /// <summary>Size of the population that owners are drawn from.</summary>
    public const long Utvalg = 4_000_000;

    /// <summary>A small core drawn often, so that some people own several vehicles even in a small register.</summary>
    private const int Kjerne = 2_000;

    private static readonly int[] Vekter1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] Vekter2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    private readonly int seed;
    private readonly int forsteDag;
    private readonly int antallDager;
    private readonly SplitMix64 tilfeldig = new();
    private readonly byte[] sifre = new byte[11];

    public Personer(int seed, int referansear)
    {
        this.seed = seed;
        forsteDag = Oslotid.Dag(Math.Max(1900, referansear - 95), 1, 1);
        antallDager = Oslotid.Dag(referansear - 18, 12, 31) - forsteDag;
    }

    /// <summary>Draws a person who is at least 18 years old on <paramref name="dag"/> (tries a few times).</summary>
    public long Velg(SplitMix64 trekk, int dag)
    {
        var k = 0L;
        for (var forsok = 0; forsok < 12; forsok++)
        {
            k = trekk.Promille(150) ? trekk.Next(Kjerne) : Kjerne + trekk.NextLong(Utvalg - Kjerne);
            if (Fodselsdag(k) <= dag - 6575)
            {
                return k;
            }
        }

        return k;
    }

    public int Fodselsdag(long k)
    {
        tilfeldig.Start(seed, StreamKind.Person, k);
        return forsteDag + tilfeldig.Next(antallDager);
    }

    /// <summary>Writes <c>{"person": {...}, "adresse": {...}}</c> for person k.</summary>
    public void Skriv(Utf8JsonWriter w, long k, bool medAdresse)
    {
        var individnummer = LagFodselsnummer(Fodselsdag(k));
        long nokkel = 0;
        foreach (var siffer in sifre)
        {
            nokkel = (nokkel * 10) + (siffer - '0');
        }

        tilfeldig.Start(seed, StreamKind.Persondata, nokkel);
        var mann = individnummer % 2 == 1;
        w.WriteStartObject();
        w.WriteStartObject(Felt.Person);
        w.WriteString(Felt.Fodselsnummer, sifre);
        w.WriteString(Felt.Fornavn, tilfeldig.Pick(mann ? Navnelister.Mannsnavn : Navnelister.Kvinnenavn));
        if (tilfeldig.Promille(150))
        {
            w.WriteString(Felt.Mellomnavn, tilfeldig.Pick(Navnelister.Mellomnavn));
        }

        w.WriteString(Felt.Etternavn, tilfeldig.Pick(Navnelister.Etternavn));
        w.WriteEndObject();
        if (medAdresse)
        {
            Adresser.Skriv(w, Kommuner.Velg(tilfeldig), tilfeldig);
        }

        w.WriteEndObject();
    }

    /// <summary>Fills <see cref="sifre"/> with a valid synthetic fødselsnummer born on <paramref name="dag"/>; returns the individnummer.</summary>
    private int LagFodselsnummer(int dag)
    {
        var (ar, maned, dagIManeden) = Oslotid.Dato(dag);
        Tekst.LeggSifre(sifre, 0, dagIManeden, 2);
        Tekst.LeggSifre(sifre, 2, maned + 80, 2);
        Tekst.LeggSifre(sifre, 4, ar % 100, 2);

        // 000–499 for 1900–1999, 500–999 for 2000–2039.
        var lavest = ar < 2000 ? 0 : 500;
        var start = tilfeldig.Next(500);
        for (var i = 0; i < 500; i++)
        {
            var individnummer = lavest + ((start + i) % 500);
            Tekst.LeggSifre(sifre, 6, individnummer, 3);
            var k1 = Kontrollsiffer(sifre, Vekter1);
            if (k1 < 0)
            {
                continue;
            }

            sifre[9] = (byte)('0' + k1);
            var k2 = Kontrollsiffer(sifre, Vekter2);
            if (k2 >= 0)
            {
                sifre[10] = (byte)('0' + k2);
                return individnummer;
            }
        }

        throw new InvalidOperationException("Fant ikke noe gyldig individnummer.");
    }

    /// <summary>Mod 11 with the given weights: 11 - sum mod 11, 11 gives 0, 10 gives -1 (not usable).</summary>
    internal static int Kontrollsiffer(ReadOnlySpan<byte> sifre, ReadOnlySpan<int> vekter)
    {
        var sum = 0;
        for (var i = 0; i < vekter.Length; i++)
        {
            sum += (sifre[i] - '0') * vekter[i];
        }

        var k = 11 - (sum % 11);
        return k == 11 ? 0 : k == 10 ? -1 : k;
    }
}
