using Kjoretoyregister.Server.Forvaltning.Endringer;

namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>
/// The rules of forvaltning's accounts, once for every engine: a valid username (<see cref="Brukernavnregler"/>),
/// stored and looked up lower case; a name; a password hash; a new security stamp with every new password.
/// An engine (<see cref="SqliteBrukerStore"/>, <see cref="PostgresBrukerStore"/>) only reads and writes rows,
/// each change in one transaction with its <see cref="Endring"/>.
/// </summary>
public abstract class BrukerStore(TimeProvider tid) : IBrukerStore
{
    public async Task<Bruker> OpprettAsync(string brukernavn, string navn, string passordhash, bool ksAdministrator, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passordhash);
        var na = DateTimeOffset.FromUnixTimeMilliseconds(tid.GetUtcNow().ToUnixTimeMilliseconds());
        var bruker = new Bruker(Brukernavnregler.Sjekk(brukernavn), Forvaltningsfelt.Navn(navn, "Navn"), ksAdministrator, [], NyttStempel(), na);
        Endring.Sjekk(endring);
        return await InsertAsync(bruker, passordhash, endring, cancellationToken).ConfigureAwait(false)
            ? bruker
            : throw new ForvaltningException($"Brukernavnet «{bruker.Brukernavn}» er allerede i bruk.");
    }

    /// <summary>
    /// The account of an OpenID Connect subject (<see cref="Oidcidentitet"/>), created with no role and no
    /// password when it does not exist yet; its name is the identity itself, since nothing else about the
    /// person is stored. Idempotent, also when two instances create it at once.
    /// </summary>
    public async Task<Bruker> OpprettOidcAsync(string subjekt, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        var brukernavn = Oidcidentitet.Brukernavn(subjekt);
        if (await SelectAsync(brukernavn, cancellationToken).ConfigureAwait(false) is { } finnes)
        {
            return finnes;
        }

        Endring.Sjekk(endring);
        var na = DateTimeOffset.FromUnixTimeMilliseconds(tid.GetUtcNow().ToUnixTimeMilliseconds());
        var bruker = new Bruker(brukernavn, brukernavn, false, [], NyttStempel(), na);
        return await InsertAsync(bruker, Oidcidentitet.IngenPassord, endring, cancellationToken).ConfigureAwait(false)
            ? bruker
            : await SelectAsync(brukernavn, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("Kontoen forsvant mens den ble opprettet.");
    }

    public Task<Bruker?> HentAsync(string brukernavn, CancellationToken cancellationToken = default) =>
        SelectAsync(Brukernavnregler.Normaliser(brukernavn), cancellationToken);

    public abstract Task<IReadOnlyList<Bruker>> ListAsync(CancellationToken cancellationToken = default);

    public Task<Innlogging?> HentInnloggingAsync(string brukernavn, CancellationToken cancellationToken = default) =>
        SelectInnloggingAsync(Brukernavnregler.Normaliser(brukernavn), Innloggingsforsok.Nokkel(brukernavn), cancellationToken);

    public Task<bool> NyttSikkerhetsstempelAsync(string brukernavn, CancellationToken cancellationToken = default) =>
        UpdateStempelAsync(Brukernavnregler.Normaliser(brukernavn), NyttStempel(), cancellationToken);

    /// <summary>A new password also lifts a lock on the username (<see cref="Innloggingsforsok"/>).</summary>
    public Task<bool> ByttPassordAsync(string brukernavn, string passordhash, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passordhash);
        Endring.Sjekk(endring);
        return UpdatePassordAsync(Brukernavnregler.Normaliser(brukernavn), Innloggingsforsok.Nokkel(brukernavn), passordhash, NyttStempel(),
            DateTimeOffset.FromUnixTimeMilliseconds(tid.GetUtcNow().ToUnixTimeMilliseconds()), endring, cancellationToken);
    }

    /// <summary>Idempotent: true also when the account already had the role.</summary>
    public Task<bool> GiAdministratorAsync(string brukernavn, Guid fiksOrgId, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        Endring.Sjekk(endring);
        return InsertAdministratorAsync(Brukernavnregler.Normaliser(brukernavn), fiksOrgId, endring, cancellationToken);
    }

    public Task<bool> FjernAdministratorAsync(string brukernavn, Guid fiksOrgId, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        Endring.Sjekk(endring);
        return DeleteAdministratorAsync(Brukernavnregler.Normaliser(brukernavn), fiksOrgId, endring, cancellationToken);
    }

    public abstract Task<IReadOnlyList<Bruker>> ListAdministratorerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default);

    /// <summary>Idempotent: true also when the account already had the role.</summary>
    public Task<bool> GiOppslagAsync(string brukernavn, Guid fiksOrgId, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        Endring.Sjekk(endring);
        return InsertSaksbehandlerAsync(Brukernavnregler.Normaliser(brukernavn), fiksOrgId, endring, cancellationToken);
    }

    public Task<bool> FjernOppslagAsync(string brukernavn, Guid fiksOrgId, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        Endring.Sjekk(endring);
        return DeleteSaksbehandlerAsync(Brukernavnregler.Normaliser(brukernavn), fiksOrgId, endring, cancellationToken);
    }

    public abstract Task<IReadOnlyList<Bruker>> ListSaksbehandlereAsync(Guid fiksOrgId, CancellationToken cancellationToken = default);

    /// <summary>Writes the account and <paramref name="endring"/> in one transaction; false (nothing written) when the username is taken.</summary>
    protected abstract Task<bool> InsertAsync(Bruker bruker, string passordhash, Endring? endring, CancellationToken cancellationToken);

    /// <summary>The account with its organisations, read as one snapshot; <paramref name="brukernavn"/> is lower case.</summary>
    protected abstract Task<Bruker?> SelectAsync(string brukernavn, CancellationToken cancellationToken);

    /// <summary>The account's hash and stamp with the wrong-password count kept under <paramref name="nokkel"/>.</summary>
    protected abstract Task<Innlogging?> SelectInnloggingAsync(string brukernavn, string nokkel, CancellationToken cancellationToken);

    protected abstract Task<bool> UpdateStempelAsync(string brukernavn, string sikkerhetsstempel, CancellationToken cancellationToken);

    /// <summary>Replaces hash and stamp, removes the count under <paramref name="nokkel"/>, and writes <paramref name="endring"/>, in one transaction; false (nothing written) when no such account.</summary>
    protected abstract Task<bool> UpdatePassordAsync(string brukernavn, string nokkel, string passordhash, string sikkerhetsstempel, DateTimeOffset na, Endring? endring, CancellationToken cancellationToken);

    /// <summary>Gives the role with <paramref name="endring"/>; false (nothing written) when the account or the organisation does not exist.</summary>
    protected abstract Task<bool> InsertAdministratorAsync(string brukernavn, Guid fiksOrgId, Endring? endring, CancellationToken cancellationToken);

    /// <summary>Withdraws the role with <paramref name="endring"/>; false (nothing written) when the account did not have it.</summary>
    protected abstract Task<bool> DeleteAdministratorAsync(string brukernavn, Guid fiksOrgId, Endring? endring, CancellationToken cancellationToken);

    /// <summary>Gives the role <c>Oppslag</c> with <paramref name="endring"/>; false (nothing written) when the account or the organisation does not exist.</summary>
    protected abstract Task<bool> InsertSaksbehandlerAsync(string brukernavn, Guid fiksOrgId, Endring? endring, CancellationToken cancellationToken);

    /// <summary>Withdraws the role <c>Oppslag</c> with <paramref name="endring"/>; false (nothing written) when the account did not have it.</summary>
    protected abstract Task<bool> DeleteSaksbehandlerAsync(string brukernavn, Guid fiksOrgId, Endring? endring, CancellationToken cancellationToken);

    private static string NyttStempel() => Guid.NewGuid().ToString("N");
}
