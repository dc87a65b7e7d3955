namespace Kjoretoyregister.Contracts.Svv;

/// <summary>A person or an organisation (never both) in a role, with the period the role held.</summary>
public sealed record PersonEnhet(
    Person? Person,
    Enhet? Enhet,
    Adresse? Adresse,
    DateTimeOffset? FomTidspunkt,
    DateTimeOffset? TilTidspunkt);
