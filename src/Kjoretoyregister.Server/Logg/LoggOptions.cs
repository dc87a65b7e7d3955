using System.ComponentModel.DataAnnotations;

namespace Kjoretoyregister.Server.Logg;

/// <summary>Config section <c>Logg</c>: how long the audit log is kept.</summary>
public sealed class LoggOptions
{
    public const string Seksjon = "Logg";

    /// <summary>
    /// How long an audit row is kept (<c>Logg:Oppbevaring</c>, a duration such as <c>730.00:00:00</c>); older
    /// rows are deleted once a day (<see cref="Loggvedlikehold"/>). The default, 2 years, covers the time in
    /// which a lookup can still matter to the person: a parking fine's complaint and appeal, the
    /// municipality's answer to an innsyn request about the past year, and a supervisory authority's case
    /// about it, with margin. On PostgreSQL whole months are dropped, so a row is kept up to a month longer.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Logg:Oppbevaring må være mellom {1} og {2} (dager.timer:minutter:sekunder).")]
    public TimeSpan Oppbevaring { get; set; } = TimeSpan.FromDays(730);
}
