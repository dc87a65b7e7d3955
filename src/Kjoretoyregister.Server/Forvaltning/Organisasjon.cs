using Kjoretoyregister.Contracts;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// A Fiks organisation (a kommune): its Fiks-organisasjonID, name and organisasjonsnummer, and whether
/// the kjøretøyregister service is activated for it.
/// </summary>
public sealed record Organisasjon(
    Guid FiksOrgId,
    string Navn,
    Organisasjonsnummer Organisasjonsnummer,
    bool KjoretoyregisterAktivert,
    DateTimeOffset Opprettet,
    DateTimeOffset Endret);
