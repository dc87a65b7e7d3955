namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>What to generate: <paramref name="Antall"/> vehicles from <paramref name="Seed"/>.</summary>
/// <param name="Antall">Number of vehicle lines (trial-plate lines come in addition).</param>
/// <param name="Seed">Same seed, count and reference time give byte-identical output.</param>
public sealed record SyntetiskRegisterOptions(long Antall, int Seed = 1)
{
    /// <summary>
    /// "Now" for the synthetic register: every generated time lies before it, and periods still
    /// running at this time are open (<c>tilTidspunkt</c> null). The clock is never read.
    /// </summary>
    public DateTimeOffset Referansetidspunkt { get; init; } = new(2026, 11, 1, 12, 0, 0, TimeSpan.FromHours(1));

    /// <summary>
    /// Full type approval and technical data of real size (about 10 KB a vehicle, shaped as SVV's example
    /// answer, a few variants per model) instead of make, model, class and fuel alone.
    /// </summary>
    public bool TekniskeData { get; init; }
}
