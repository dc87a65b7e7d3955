using System.Text;

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// One Norwegian plate series: two letters, a space and 4 or 5 digits (<c>BR 12345</c>). Serial
/// number n of the series maps to a plate through a bijection (an affine permutation of the
/// series' capacity, offset by the seed), so distinct serial numbers always give distinct plates
/// while the plates look scattered. A series may have a second tier of prefixes, used only once
/// the first is exhausted (the EV prefixes EL, EK, EV ... before EA, EN, EP ...).
/// </summary>
internal sealed class Kjennemerkeserie
{
    private const string Bokstaver = "ABCDEFHJKLNPRSTUVXYZ";

    private readonly Lag[] lag;
    private readonly Stokking[] stokking;
    private readonly int sifre;

    private Kjennemerkeserie(int seed, int sifre, params string[][] prefikslag)
    {
        this.sifre = sifre;
        var forste = sifre == 5 ? 10_000 : 1_000;
        var spenn = forste * 9;
        lag = new Lag[prefikslag.Length];
        stokking = new Stokking[prefikslag.Length];
        for (var i = 0; i < prefikslag.Length; i++)
        {
            var prefikser = prefikslag[i].Select(Encoding.ASCII.GetBytes).ToArray();
            long kapasitet = (long)prefikser.Length * spenn;
            stokking[i] = Stokking.For(kapasitet, SplitMix64.StartValue(seed, StreamKind.Serie, (sifre * 10) + i));
            lag[i] = new Lag(prefikser, forste, spenn);
            Kapasitet += kapasitet;
        }
    }

    /// <summary>How many distinct plates the series has.</summary>
    public long Kapasitet { get; }

    /// <summary>Cars and vans: 380 two-letter prefixes (not E) and 5 digits.</summary>
    public static Kjennemerkeserie Ordinar(int seed) => new(seed, 5, IkkeElPrefikser());

    /// <summary>Motorcycles, mopeds and trailers: the same prefixes with 4 digits.</summary>
    public static Kjennemerkeserie FireSifre(int seed) => new(seed, 4, IkkeElPrefikser());

    /// <summary>Electric cars: EL, EK, EV, EB, EC, ED, EE, EF, EH, EJ, then further E prefixes.</summary>
    public static Kjennemerkeserie El(int seed) => new(
        seed, 5, ["EL", "EK", "EV", "EB", "EC", "ED", "EE", "EF", "EH", "EJ"], ["EA", "EN", "EP", "ER", "ES", "ET", "EU", "EX", "EY", "EZ"]);

    /// <summary>Writes plate number <paramref name="serienummer"/> (0 ≤ n &lt; Kapasitet) as "XX 12345"; returns its length.</summary>
    public int Skriv(long serienummer, Span<byte> ut)
    {
        var (i, n) = Stokking.Finn(stokking, serienummer);
        var l = lag[i];
        var prefiks = l.Prefikser[n / l.Spenn];
        ut[0] = prefiks[0];
        ut[1] = prefiks[1];
        ut[2] = (byte)' ';
        return Tekst.LeggSifre(ut, 3, l.Forste + (n % l.Spenn), sifre);
    }

    private static string[] IkkeElPrefikser()
    {
        var prefikser = new List<string>();
        foreach (var a in Bokstaver)
        {
            if (a == 'E')
            {
                continue;
            }

            foreach (var b in Bokstaver)
            {
                prefikser.Add(string.Concat(a, b));
            }
        }

        return [.. prefikser];
    }

    private sealed record Lag(byte[][] Prefikser, int Forste, int Spenn);
}
