using Kjoretoyregister.Contracts;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// Fiks organisations and their integrations, as stored data. Every change is committed before the
/// call returns and is seen at once by every server instance using the same store (the authentication
/// chain reads <see cref="HentTilgangAsync"/> on every request).
/// </summary>
public interface IForvaltningStore
{
    /// <summary>Creates an organisation; <paramref name="fiksOrgId"/> is generated when null.</summary>
    /// <exception cref="ForvaltningException">The id is taken.</exception>
    Task<Organisasjon> OpprettOrganisasjonAsync(string navn, Organisasjonsnummer organisasjonsnummer, Guid? fiksOrgId = null, CancellationToken cancellationToken = default);

    Task<Organisasjon?> HentOrganisasjonAsync(Guid fiksOrgId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Organisasjon>> ListOrganisasjonerAsync(CancellationToken cancellationToken = default);

    /// <summary>Activates or deactivates the kjøretøyregister service; false when no such organisation.</summary>
    Task<bool> SettKjoretoyregisterAktivertAsync(Guid fiksOrgId, bool aktivert, CancellationToken cancellationToken = default);

    /// <summary>Creates an integration with an already hashed password.</summary>
    /// <exception cref="ForvaltningException">The organisation does not exist.</exception>
    Task<Integrasjon> OpprettIntegrasjonAsync(NyIntegrasjon ny, string passordhash, Guid? integrasjonId = null, CancellationToken cancellationToken = default);

    Task<Integrasjon?> HentIntegrasjonAsync(Guid integrasjonId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Integrasjon>> ListIntegrasjonerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default);

    /// <summary>Grants or withdraws the right to search; false when no such integration.</summary>
    Task<bool> SettKanSokeAsync(Guid integrasjonId, bool kanSoke, CancellationToken cancellationToken = default);

    /// <summary>Replaces the password hash; the old password stops working at once. False when no such integration.</summary>
    Task<bool> ByttPassordhashAsync(Guid integrasjonId, string passordhash, CancellationToken cancellationToken = default);

    /// <summary>Deletes the integration; false when there was none.</summary>
    Task<bool> SlettIntegrasjonAsync(Guid integrasjonId, CancellationToken cancellationToken = default);

    /// <summary>The authentication chain's one read per request; null when no such integration.</summary>
    ValueTask<IntegrasjonTilgang?> HentTilgangAsync(Guid integrasjonId, CancellationToken cancellationToken = default);

    /// <summary>True when the store answers (for /health/ready).</summary>
    bool Svarer();
}
