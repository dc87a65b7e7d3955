namespace Kjoretoyregister.Contracts.Svv;

/// <summary>The vehicle's identifiers; <see cref="Kjennemerke"/> is its main plate at the time of the lookup.</summary>
public sealed record KjoretoyIdentitet(string Kuid, string Understellsnummer, string? Kjennemerke);
