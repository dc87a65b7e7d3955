namespace Kjoretoyregister.Contracts.Svv;

/// <summary>
/// A plate attached to the vehicle at the time of the lookup (SVV's schema <c>Kjennemerke</c>;
/// named apart from the identifier type <see cref="Contracts.Kjennemerke"/>).
/// </summary>
public sealed record KjoretoyKjennemerke(
    string Kjennemerke,
    string Kjennemerkekategori,
    KodeverkType Kjennemerketype,
    DateTimeOffset FomTidspunkt,
    DateTimeOffset? TilTidspunkt);
