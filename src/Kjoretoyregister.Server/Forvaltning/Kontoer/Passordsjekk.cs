namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>The outcome of a login attempt.</summary>
public enum Innloggingsutfall
{
    Innlogget,
    FeilBrukernavnEllerPassord,
    Sperret,
}

/// <summary>
/// Checks a username and password for the login page. An unknown username takes the same path as a
/// known one: its attempt is counted and locked the same way (<see cref="Innloggingsforsok"/>), and a
/// slow hash is verified for it too, so neither the answer nor its time tells which names exist. At most
/// one slow hash per core runs at once. A locked name is refused without looking at the password.
/// </summary>
public sealed class Passordsjekk(IBrukerStore brukere, Innloggingsforsok forsok, Tregehasher tregehasher)
{
    private static readonly string Lokkehash = Integrasjonspassord.Hash(Integrasjonspassord.Generer());

    public async Task<(Innloggingsutfall Utfall, Bruker? Bruker, DateTimeOffset? SperretTil)> SjekkAsync(string? brukernavn, string? passord, CancellationToken cancellationToken)
    {
        var reservert = await forsok.ReserverAsync(brukernavn, cancellationToken).ConfigureAwait(false);
        if (!reservert.Tillatt)
        {
            return (Innloggingsutfall.Sperret, null, reservert.Teller.SperretTil);
        }

        // An OIDC account has no password: it is answered as an unknown name, slow hash and all.
        var innlogging = string.IsNullOrWhiteSpace(brukernavn) || Oidcidentitet.Er(brukernavn) ? null
            : await brukere.HentInnloggingAsync(brukernavn, cancellationToken).ConfigureAwait(false);
        var riktig = await VerifiserAsync(passord ?? "", innlogging?.Passordhash ?? Lokkehash, cancellationToken).ConfigureAwait(false);
        if (innlogging is null || !riktig)
        {
            return reservert.Teller.SperretTil is { } sperretTil
                ? (Innloggingsutfall.Sperret, null, sperretTil)
                : (Innloggingsutfall.FeilBrukernavnEllerPassord, null, null);
        }

        await forsok.NullstillAsync(innlogging.Brukernavn, cancellationToken).ConfigureAwait(false);
        var bruker = await brukere.HentAsync(innlogging.Brukernavn, cancellationToken).ConfigureAwait(false);
        return bruker is null ? (Innloggingsutfall.FeilBrukernavnEllerPassord, null, null) : (Innloggingsutfall.Innlogget, bruker, null);
    }

    /// <summary>The slow hash, shared with the API's limit of one per core.</summary>
    public Task<bool> VerifiserAsync(string passord, string hash, CancellationToken cancellationToken) =>
        tregehasher.VerifiserAsync(passord, hash, cancellationToken);
}
