namespace Kjoretoyregister.Contracts.Svv;

/// <summary>An organisation from the Enhetsregisteret.</summary>
public sealed record Enhet(string Organisasjonsnummer, string Organisasjonsnavn);
