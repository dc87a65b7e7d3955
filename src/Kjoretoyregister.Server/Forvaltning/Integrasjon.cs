using Kjoretoyregister.Contracts;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// An integration a Fiks organisation has made for its vendor: the vendor authenticates with its
/// <see cref="IntegrasjonId"/> and password, from a Maskinporten client of
/// <see cref="AutorisertOrganisasjonsnummer"/>. The password is never part of this record. With
/// <see cref="FormalPakrevd"/> ("Formål påkrevd"), every lookup must name a purpose from its organisation's
/// catalogue (<see cref="Formalskatalog"/>).
/// </summary>
public sealed record Integrasjon(
    Guid IntegrasjonId,
    Guid FiksOrgId,
    string Navn,
    Organisasjonsnummer AutorisertOrganisasjonsnummer,
    string? Beskrivelse,
    bool KanSoke,
    DateTimeOffset Opprettet,
    DateTimeOffset Endret,
    bool FormalPakrevd = false);

/// <summary>What is needed to create an integration; the password is generated, not chosen.</summary>
public sealed record NyIntegrasjon(
    Guid FiksOrgId,
    string Navn,
    Organisasjonsnummer AutorisertOrganisasjonsnummer,
    string? Beskrivelse,
    bool KanSoke = false);

/// <summary>
/// One read for the authentication chain (CONTRACT.md §5): the integration's password hash and
/// authorised organisation, its right to search, whether its organisation has the service activated, and
/// (read in the same statement) whether it requires a purpose ("Formål påkrevd") and, only then, whether
/// the purpose given to <see cref="IForvaltningStore.HentTilgangAsync"/> is a code in the catalogue of the
/// integration's own organisation (false otherwise); and KS's override of its organisation's fair-use limits
/// (null when none is set).
/// </summary>
public sealed record IntegrasjonTilgang(
    Guid IntegrasjonId,
    Guid FiksOrgId,
    Organisasjonsnummer AutorisertOrganisasjonsnummer,
    string Passordhash,
    bool KanSoke,
    bool TjenesteAktivert,
    bool FormalPakrevd = false,
    bool FormalIKatalogen = false,
    Kvote.Kvoteoverstyring? Kvote = null);
