namespace Kjoretoyregister.Contracts.Svv;

/// <summary>Who owned, co-owned, leased or held the vehicle as underenhet at the time of the lookup.</summary>
public sealed record Eierforhold(
    PersonEnhet? Eier,
    PersonEnhet? Medeier,
    PersonEnhet? Leasingtaker,
    PersonEnhet? Underenhet,
    DateTimeOffset? Vedtakstidspunkt);
