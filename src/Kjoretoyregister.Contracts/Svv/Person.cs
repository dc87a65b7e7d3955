namespace Kjoretoyregister.Contracts.Svv;

/// <summary>A person; <see cref="Fodselsdato"/> is derived from <see cref="Fodselsnummer"/>. Never log this record.</summary>
public sealed record Person(
    string Fodselsnummer,
    DateOnly? Fodselsdato,
    string Fornavn,
    string? Mellomnavn,
    string Etternavn);
