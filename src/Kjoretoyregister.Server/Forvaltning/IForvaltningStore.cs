using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning.Endringer;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// Fiks organisations and their integrations, as stored data. Every change is committed before the
/// call returns and is seen at once by every server instance using the same store (the authentication
/// chain reads <see cref="HentTilgangAsync"/> on every request). A changing call takes the change-log
/// entry (<see cref="Endring"/>) to write with it: both are written in one transaction, or neither.
/// The rules are in <see cref="ForvaltningStore"/>, the same on every engine.
/// </summary>
public interface IForvaltningStore
{
    /// <summary>Creates an organisation, with KS's formål catalogue (<see cref="Formalskatalog.Standard"/>); <paramref name="fiksOrgId"/> is generated when null.</summary>
    /// <exception cref="ForvaltningException">The id is taken.</exception>
    Task<Organisasjon> OpprettOrganisasjonAsync(string navn, Organisasjonsnummer organisasjonsnummer, Guid? fiksOrgId = null, Endring? endring = null, CancellationToken cancellationToken = default);

    Task<Organisasjon?> HentOrganisasjonAsync(Guid fiksOrgId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Organisasjon>> ListOrganisasjonerAsync(CancellationToken cancellationToken = default);

    /// <summary>The organisation with its agreements and invoicing details; null when it does not exist.</summary>
    Task<Organisasjonsdetaljer?> HentDetaljerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default);

    /// <summary>Records the dates the agreements were signed (null = not signed); false when no such organisation.</summary>
    /// <exception cref="ForvaltningException">An agreement would be withdrawn while the service is activated.</exception>
    Task<bool> SettAvtalerAsync(Guid fiksOrgId, Avtaler avtaler, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>The first-login wizard and Innstillinger: the kommune's name and invoicing details; false when no such organisation.</summary>
    /// <exception cref="ForvaltningException">The name or address is empty or too long (the message names the field).</exception>
    Task<bool> SettDetaljerAsync(Guid fiksOrgId, string navn, Fakturering fakturering, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>Activates or deactivates the kjøretøyregister service; false when no such organisation.</summary>
    /// <exception cref="ForvaltningException">Activation while Hovedavtalen or the Tjenestevedlegg is not recorded as signed (the message names which).</exception>
    Task<bool> SettKjoretoyregisterAktivertAsync(Guid fiksOrgId, bool aktivert, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets KS's override of the organisation's fair-use limits (a null value: the setting <c>Kvote:*</c>; all null
    /// removes the override); counts from the next request on every instance. False when no such organisation.
    /// </summary>
    /// <exception cref="ForvaltningException">A value out of range (<see cref="ForvaltningException.Felt"/> names the field).</exception>
    Task<bool> SettKvoteAsync(Guid fiksOrgId, Kvote.Kvoteoverstyring kvote, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>Creates an integration with an already hashed password.</summary>
    /// <exception cref="ForvaltningException">The organisation does not exist.</exception>
    Task<Integrasjon> OpprettIntegrasjonAsync(NyIntegrasjon ny, string passordhash, Guid? integrasjonId = null, Endring? endring = null, CancellationToken cancellationToken = default);

    Task<Integrasjon?> HentIntegrasjonAsync(Guid integrasjonId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Integrasjon>> ListIntegrasjonerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default);

    /// <summary>Grants or withdraws the right to search; false when no such integration.</summary>
    Task<bool> SettKanSokeAsync(Guid integrasjonId, bool kanSoke, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces the password hash; the old password stops working at once. False when no such integration.</summary>
    Task<bool> ByttPassordhashAsync(Guid integrasjonId, string passordhash, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes the integration; false when there was none.</summary>
    Task<bool> SlettIntegrasjonAsync(Guid integrasjonId, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>Turns the setting "Formål påkrevd" on or off; false when no such integration.</summary>
    Task<bool> SettFormalPakrevdAsync(Guid integrasjonId, bool pakrevd, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>The organisation's formål catalogue, by code; empty when it has none, or there is no such organisation.</summary>
    Task<IReadOnlyList<Formal>> ListFormalAsync(Guid fiksOrgId, CancellationToken cancellationToken = default);

    /// <summary>Adds a code to the organisation's catalogue (the code in upper case); false when no such organisation.</summary>
    /// <exception cref="ForvaltningException">The code or the description is not valid, or the code is in the catalogue already (<see cref="ForvaltningException.Felt"/> names the field).</exception>
    Task<bool> LeggTilFormalAsync(Guid fiksOrgId, Formal formal, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>Changes the description of a code; false when the organisation has no such code.</summary>
    /// <exception cref="ForvaltningException">The description is not valid (<see cref="ForvaltningException.Felt"/> is <c>beskrivelse</c>).</exception>
    Task<bool> EndreFormalAsync(Guid fiksOrgId, Formal formal, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>Removes a code from the catalogue; false when the organisation has no such code.</summary>
    Task<bool> FjernFormalAsync(Guid fiksOrgId, string kode, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>Every tariff ever set, oldest first.</summary>
    Task<IReadOnlyList<Tariff>> ListTariffAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets the tariff from a day on (replacing one set for the same day).</summary>
    /// <exception cref="ForvaltningException">A negative price, or more than two decimals.</exception>
    Task SettTariffAsync(Tariff tariff, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The authentication chain's one read per request; null when no such integration. When the integration
    /// requires a purpose, the same statement tells whether <paramref name="formal"/> is in its organisation's catalogue.
    /// </summary>
    ValueTask<IntegrasjonTilgang?> HentTilgangAsync(Guid integrasjonId, string? formal = null, CancellationToken cancellationToken = default);

    /// <summary>True when the store answers with the schema this program expects (for /health/ready).</summary>
    Task<bool> SvarerAsync(CancellationToken cancellationToken = default);
}
