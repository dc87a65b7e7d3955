namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>
/// Forvaltning's accounts and who administers which organisation, in <c>fiks.db</c>. Usernames are
/// compared case-insensitively (stored lower case). Every change is committed before the call returns.
/// </summary>
public interface IBrukerStore
{
    /// <summary>Creates an account with an already hashed password.</summary>
    /// <exception cref="ForvaltningException">The username is taken or not valid (3–64 of a–z, 0–9, . _ @ -), or the name is empty.</exception>
    Task<Bruker> OpprettAsync(string brukernavn, string navn, string passordhash, bool ksAdministrator, CancellationToken cancellationToken = default);

    Task<Bruker?> HentAsync(string brukernavn, CancellationToken cancellationToken = default);

    /// <summary>Every account, by username.</summary>
    Task<IReadOnlyList<Bruker>> ListAsync(CancellationToken cancellationToken = default);

    Task<Innlogging?> HentInnloggingAsync(string brukernavn, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts a failed login. The <paramref name="maksForsok"/>th failure in a row locks the account until
    /// now + <paramref name="sperretid"/> and starts the count again. Returns the lock's end, or null when not locked.
    /// </summary>
    Task<DateTimeOffset?> RegistrerFeilforsokAsync(string brukernavn, int maksForsok, TimeSpan sperretid, CancellationToken cancellationToken = default);

    /// <summary>A successful login: the failure count goes back to 0.</summary>
    Task RegistrerInnloggingAsync(string brukernavn, CancellationToken cancellationToken = default);

    /// <summary>Replaces the password hash and the security stamp; false when no such account.</summary>
    Task<bool> ByttPassordAsync(string brukernavn, string passordhash, CancellationToken cancellationToken = default);

    /// <summary>Makes the account lokal administrator of the organisation; false when either does not exist.</summary>
    Task<bool> GiAdministratorAsync(string brukernavn, Guid fiksOrgId, CancellationToken cancellationToken = default);

    /// <summary>Withdraws the role; false when the account did not have it.</summary>
    Task<bool> FjernAdministratorAsync(string brukernavn, Guid fiksOrgId, CancellationToken cancellationToken = default);

    /// <summary>The lokal administrators of an organisation, by username.</summary>
    Task<IReadOnlyList<Bruker>> ListAdministratorerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default);
}
