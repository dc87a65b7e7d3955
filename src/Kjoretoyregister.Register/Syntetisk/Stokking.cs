namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// A fixed shuffle of the numbers [0, Kapasitet): n ↦ (n·Multiplikator + Tillegg) mod Kapasitet, a
/// bijection because the multiplier is coprime with the capacity. Plate series use it to hand out
/// every plate exactly once, in a seeded order, with no memory of earlier vehicles.
/// </summary>
internal readonly record struct Stokking(long Kapasitet, long Multiplikator, long Tillegg)
{
    public static Stokking For(long kapasitet, ulong startverdi) =>
        new(kapasitet, MultiplikatorFor(kapasitet), (long)(startverdi % (ulong)kapasitet));

    public long Plass(long n) => ((n * Multiplikator) + Tillegg) % Kapasitet;

    /// <summary>For series made of layers one after another: the layer serial number n falls in, and its shuffled place there.</summary>
    public static (int Lag, long Plass) Finn(Stokking[] lag, long n)
    {
        var i = 0;
        while (n >= lag[i].Kapasitet)
        {
            n -= lag[i].Kapasitet;
            i++;
        }

        return (i, lag[i].Plass(n));
    }

    /// <summary>A multiplier coprime with the capacity.</summary>
    private static long MultiplikatorFor(long kapasitet)
    {
        foreach (var kandidat in (long[])[1_000_003, 1_000_033, 1_000_037, 1_000_039, 999_983])
        {
            if (StorsteFellesFaktor(kandidat, kapasitet) == 1)
            {
                return kandidat % kapasitet == 0 ? 1 : kandidat % kapasitet;
            }
        }

        return 1;
    }

    private static long StorsteFellesFaktor(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
