namespace Kjoretoyregister.Contracts.Svv;

/// <summary>The vehicle's registration status at the time of the lookup.</summary>
public sealed record Registrering(
    KodeverkType Registreringsstatus,
    KodeverkType? KjoringensArt,
    DateTimeOffset FomTidspunkt,
    DateTimeOffset? TilTidspunkt);
