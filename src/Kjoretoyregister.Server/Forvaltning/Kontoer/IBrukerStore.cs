using Kjoretoyregister.Server.Forvaltning.Endringer;

namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>
/// Forvaltning's accounts and who administers which organisation, beside the Fiks data. Usernames are
/// compared case-insensitively (stored lower case). Every change is committed before the call returns,
/// together with the change-log entry (<see cref="Endring"/>) the call is given: both or neither. The
/// rules are in <see cref="BrukerStore"/>, the same on every engine.
/// </summary>
public interface IBrukerStore
{
    /// <summary>Creates an account with an already hashed password.</summary>
    /// <exception cref="ForvaltningException">The username is taken or not valid (3–64 of a–z, 0–9, . _ @ -), or the name is empty.</exception>
    Task<Bruker> OpprettAsync(string brukernavn, string navn, string passordhash, bool ksAdministrator, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>The account <c>oidc:&lt;subject&gt;</c> of an OpenID Connect subject, created (no role, no password) with <paramref name="endring"/> when new.</summary>
    /// <exception cref="ForvaltningException">The subject is not one a provider can send (<see cref="Oidcidentitet.Melding"/>).</exception>
    Task<Bruker> OpprettOidcAsync(string subjekt, Endring? endring = null, CancellationToken cancellationToken = default);

    Task<Bruker?> HentAsync(string brukernavn, CancellationToken cancellationToken = default);

    /// <summary>Every account, by username.</summary>
    Task<IReadOnlyList<Bruker>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The account's password hash and stamp, with its wrong-password count and lock (<see cref="Innloggingsforsok"/>).</summary>
    Task<Innlogging?> HentInnloggingAsync(string brukernavn, CancellationToken cancellationToken = default);

    /// <summary>Gives the account a new security stamp, so every session made before ends (logging out); false when no such account.</summary>
    Task<bool> NyttSikkerhetsstempelAsync(string brukernavn, CancellationToken cancellationToken = default);

    /// <summary>Replaces the password hash and the security stamp; false when no such account.</summary>
    Task<bool> ByttPassordAsync(string brukernavn, string passordhash, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>Makes the account lokal administrator of the organisation; false when either does not exist.</summary>
    Task<bool> GiAdministratorAsync(string brukernavn, Guid fiksOrgId, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>Withdraws the role; false when the account did not have it.</summary>
    Task<bool> FjernAdministratorAsync(string brukernavn, Guid fiksOrgId, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>The lokal administrators of an organisation, by username.</summary>
    Task<IReadOnlyList<Bruker>> ListAdministratorerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default);

    /// <summary>Gives the account the role <c>Oppslag</c> (saksbehandler) in the organisation; false when either does not exist. Idempotent.</summary>
    Task<bool> GiOppslagAsync(string brukernavn, Guid fiksOrgId, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>Withdraws the role <c>Oppslag</c>; false when the account did not have it.</summary>
    Task<bool> FjernOppslagAsync(string brukernavn, Guid fiksOrgId, Endring? endring = null, CancellationToken cancellationToken = default);

    /// <summary>The holders of the role <c>Oppslag</c> in an organisation, by username.</summary>
    Task<IReadOnlyList<Bruker>> ListSaksbehandlereAsync(Guid fiksOrgId, CancellationToken cancellationToken = default);
}
