namespace Kjoretoyregister.Server.Oppstart;

/// <summary>
/// Config section <c>Demo</c>: the embedded default's first start (CONTRACT.md §7). On by default
/// when the local Maskinporten issuer is in use, off otherwise.
/// </summary>
public sealed class DemoOptions
{
    public const string Seksjon = "Demo";

    /// <summary>Seed the demo data at start; null = when the local Maskinporten issuer is in use.</summary>
    public bool? Enabled { get; set; }

    /// <summary>How many synthetic vehicles the demo register gets on first start.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 10_000_000)]
    public int AntallKjoretoy { get; set; } = 20_000;

    /// <summary>The generator's seed: the same seed gives the same register.</summary>
    public int Seed { get; set; } = 1;
}
