using Kjoretoyregister.Contracts;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// An integration a Fiks organisation has made for its vendor: the vendor authenticates with its
/// <see cref="IntegrasjonId"/> and password, from a Maskinporten client of
/// <see cref="AutorisertOrganisasjonsnummer"/>. The password is never part of this record.
/// </summary>
public sealed record Integrasjon(
    Guid IntegrasjonId,
    Guid FiksOrgId,
    string Navn,
    Organisasjonsnummer AutorisertOrganisasjonsnummer,
    string? Beskrivelse,
    bool KanSoke,
    DateTimeOffset Opprettet,
    DateTimeOffset Endret);

/// <summary>What is needed to create an integration; the password is generated, not chosen.</summary>
public sealed record NyIntegrasjon(
    Guid FiksOrgId,
    string Navn,
    Organisasjonsnummer AutorisertOrganisasjonsnummer,
    string? Beskrivelse,
    bool KanSoke = false);

/// <summary>
/// One read for the authentication chain (CONTRACT.md §5): the integration's password hash and
/// authorised organisation, its right to search, and whether its organisation has the service activated.
/// </summary>
public sealed record IntegrasjonTilgang(
    Guid IntegrasjonId,
    Guid FiksOrgId,
    Organisasjonsnummer AutorisertOrganisasjonsnummer,
    string Passordhash,
    bool KanSoke,
    bool TjenesteAktivert);
