namespace Kjoretoyregister.Contracts.Svv;

/// <summary>A digital driving slip for a trial plate: who used it, when, and for what.</summary>
public sealed record Kjoreseddel(
    PersonEnhet Bruker,
    DateTimeOffset FomTidspunkt,
    DateTimeOffset? TilTidspunkt,
    string? Formal);
