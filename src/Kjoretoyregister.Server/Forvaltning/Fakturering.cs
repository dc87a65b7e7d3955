using Kjoretoyregister.Contracts;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// Where KS sends the kommune's invoices: postal address, the kommune's reference (a person or an
/// order number) and the organisasjonsnummer that receives EHF invoices.
/// </summary>
public sealed record Fakturering(string Adresse, string? Referanse, Organisasjonsnummer EhfOrganisasjonsnummer);
