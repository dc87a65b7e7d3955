namespace Kjoretoyregister.Contracts.Svv;

/// <summary>A per-item response code; the codes are listed in <see cref="Responskoder"/>.</summary>
public sealed record Responskode(string Kode, string Beskrivelse);
