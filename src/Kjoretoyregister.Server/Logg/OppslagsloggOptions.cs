using System.ComponentModel.DataAnnotations;

namespace Kjoretoyregister.Server.Logg;

/// <summary>Config section <c>Oppslagslogg</c>: how the audit log is written.</summary>
public sealed class OppslagsloggOptions
{
    public const string Seksjon = "Oppslagslogg";

    /// <summary>
    /// How long a lookup waits for its audit rows to be committed before it answers 503 without data, and
    /// how long the writer waits for a lock on the file (held by another process, say) before the batch fails.
    /// </summary>
    [Range(1, 60, ErrorMessage = "Oppslagslogg:SkrivefristSekunder må være mellom {1} og {2} sekunder.")]
    public int SkrivefristSekunder { get; set; } = 5;

    public TimeSpan Skrivefrist => TimeSpan.FromSeconds(SkrivefristSekunder);
}
