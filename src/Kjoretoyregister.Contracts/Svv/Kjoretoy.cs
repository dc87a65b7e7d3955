using Kjoretoyregister.Contracts.Json;

namespace Kjoretoyregister.Contracts.Svv;

/// <summary>A vehicle as SVV returns it at the time of the lookup.</summary>
public sealed record Kjoretoy(
    KjoretoyIdentitet KjoretoyId,
    Forstegangsregistrering? Forstegangsregistrering,
    Eierforhold? Eierskap,
    IReadOnlyList<KjoretoyKjennemerke> Kjennemerke,
    Registrering? Registrering,
    RawJson? Godkjenning,
    PeriodiskKjoretoyKontroll? PeriodiskKjoretoyKontroll);
