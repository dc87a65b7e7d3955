namespace Kjoretoyregister.Server.Kvote;

/// <summary>
/// Config section <c>Kvote</c>: fair use of the lookups, a token bucket per integration and one per
/// organisation (all its integrations together), each lookup item one token (a bulk call of 100 plates
/// takes 100: SVV's quota counts plates, not calls). The limits hold per server instance; with several
/// instances, give each the wanted total divided by the number of instances (docs/drift.md). KS can
/// override them per organisation in forvaltning (<see cref="Kvoteoverstyring"/>). The defaults are a
/// ceiling against a runaway job, far above what one instance serves (docs/ytelse.md), so a normal load
/// never meets them.
/// </summary>
public sealed class KvoteOptions
{
    public const string Seksjon = "Kvote";

    /// <summary><c>Kvote:Aktivert</c>: false turns fair use off (no bucket is kept, nothing refused).</summary>
    public bool Aktivert { get; set; } = true;

    /// <summary><c>Kvote:Integrasjon:*</c>: each integration's own bucket.</summary>
    public Kvotegrense Integrasjon { get; set; } = new() { OppslagPerSekund = 50_000, Kapasitet = 100_000 };

    /// <summary><c>Kvote:Organisasjon:*</c>: the bucket all integrations of one organisation share.</summary>
    public Kvotegrense Organisasjon { get; set; } = new() { OppslagPerSekund = 100_000, Kapasitet = 200_000 };
}

/// <summary>One token bucket's size and refill.</summary>
public sealed class Kvotegrense
{
    /// <summary>
    /// Lookup items per second the bucket refills with (the lasting rate). At 1 or more it is rounded to whole
    /// items per second; below 1 it is one item every 1/value seconds (e.g. 0.1: one every 10 s).
    /// </summary>
    public double OppslagPerSekund { get; set; }

    /// <summary>
    /// The bucket's size: the most items in one burst, and what a full bucket starts with. At least
    /// <see cref="Kvoteoverstyring.MinsteKapasitet"/>, so a full bulk call always fits.
    /// </summary>
    public int Kapasitet { get; set; }
}
