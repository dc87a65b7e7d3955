namespace Kjoretoyregister.Contracts.Svv;

/// <summary>A postal address as SVV writes it; <see cref="Landkode"/> is ISO 3166 alpha-3.</summary>
public sealed record Adresse(
    string? Adresselinje1,
    string? Adresselinje2,
    string? Adresselinje3,
    string? Postnummer,
    string? Poststed,
    string? Kommunenummer,
    string? Kommunenavn,
    string? Land,
    string? Landkode);
