namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// A small, fast, allocation-free random generator (splitmix64). Its sequence depends on nothing
/// but the state it was started with, so every value the generator derives is the same on every
/// machine and run (unlike HashCode or string.GetHashCode, which are randomised per process).
/// </summary>
internal sealed class SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    private ulong state;

    /// <summary>Starts the sequence for one thing (a vehicle, a person, a block ...).</summary>
    public void Start(int seed, StreamKind kind, long indeks) => state = StartValue(seed, kind, indeks);

    /// <summary>A well-mixed start value for (seed, stream, index): a pure function of its inputs.</summary>
    public static ulong StartValue(int seed, StreamKind kind, long indeks) =>
        Mix(Mix(((ulong)(uint)seed << 8) ^ (ulong)kind) ^ (ulong)indeks);

    public static ulong Mix(ulong x)
    {
        x += Gamma;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    public ulong Next()
    {
        state += Gamma;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, n) (n &gt; 0); the tiny bias of the multiply-shift method does not matter here.</summary>
    public int Next(int n) => (int)(((Next() >> 32) * (ulong)(uint)n) >> 32);

    /// <summary>A value in [min, maxExclusive); returns min when the range is empty.</summary>
    public int Between(int min, int maxExclusive) => maxExclusive <= min ? min : min + Next(maxExclusive - min);

    public long NextLong(long n) => (long)(Next() % (ulong)n);

    /// <summary>True with probability promille/1000.</summary>
    public bool Promille(int promille) => Next(1000) < promille;

    public T Pick<T>(T[] items) => items[Next(items.Length)];
}

/// <summary>Independent random streams, so that adding a draw to one thing never shifts another.</summary>
internal enum StreamKind : byte
{
    Blokk = 1,
    Identitet = 2,
    Kjoretoy = 3,
    Person = 4,
    Persondata = 5,
    Enhet = 6,
    Provekjennemerke = 7,
    Flytting = 8,
    Serie = 9,
}
