namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// The grant ids (<c>jti</c>) already used, per client, in memory: each kept until its grant's
/// <c>exp</c> plus the clock skew, after which the grant is refused as expired anyway. Bounded: when
/// full of grants that are all still live, new grants are refused rather than old ids forgotten.
/// </summary>
public sealed class JtiRegister(TimeProvider tid)
{
    /// <summary>The most grant ids held at once.</summary>
    public const int Kapasitet = 100_000;

    /// <summary>How long past its <c>exp</c> a grant id is kept, covering the accepted clock skew.</summary>
    public static readonly TimeSpan Slingringsmonn = TimeSpan.FromSeconds(10);

    private readonly Dictionary<(string KlientId, string Jti), DateTimeOffset> brukte = [];
    private readonly PriorityQueue<(string KlientId, string Jti), DateTimeOffset> utlop = new();
    private readonly Lock las = new();

    /// <summary>The number of grant ids held now.</summary>
    public int Antall
    {
        get
        {
            lock (las)
            {
                return brukte.Count;
            }
        }
    }

    /// <summary>Records the grant id; the outcome says whether it was new, seen before, or the register is full.</summary>
    public Jtiutfall Registrer(string klientId, string jti, DateTimeOffset grantUtloper)
    {
        var naa = tid.GetUtcNow();
        var nokkel = (klientId, jti);
        lock (las)
        {
            Rydd(naa);
            if (brukte.ContainsKey(nokkel))
            {
                return Jtiutfall.BruktFor;
            }

            if (brukte.Count >= Kapasitet)
            {
                return Jtiutfall.Full;
            }

            var glemmes = grantUtloper + Slingringsmonn;
            brukte.Add(nokkel, glemmes);
            utlop.Enqueue(nokkel, glemmes);
            return Jtiutfall.Ny;
        }
    }

    private void Rydd(DateTimeOffset naa)
    {
        while (utlop.TryPeek(out var nokkel, out var glemmes) && glemmes <= naa)
        {
            utlop.Dequeue();
            brukte.Remove(nokkel);
        }
    }
}
