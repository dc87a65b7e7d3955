using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>The outcome of a login attempt.</summary>
public enum Innloggingsutfall
{
    Innlogget,
    FeilBrukernavnEllerPassord,
    Sperret,
}

/// <summary>
/// Checks a username and password for the login page: the slow hash is verified for unknown usernames
/// too (so timing does not tell which exist), at most one slow hash per core runs at once, and
/// <see cref="InnloggingOptions.MaksForsok"/> failures in a row lock the account for a while. A locked
/// account is refused without looking at the password.
/// </summary>
public sealed class Passordsjekk(IBrukerStore brukere, Tregehasher tregehasher, IOptions<InnloggingOptions> options, TimeProvider tid)
{
    private static readonly string Lokkehash = Integrasjonspassord.Hash(Integrasjonspassord.Generer());

    public async Task<(Innloggingsutfall Utfall, Bruker? Bruker, DateTimeOffset? SperretTil)> SjekkAsync(string? brukernavn, string? passord, CancellationToken cancellationToken)
    {
        var innlogging = string.IsNullOrWhiteSpace(brukernavn) ? null
            : await brukere.HentInnloggingAsync(brukernavn, cancellationToken).ConfigureAwait(false);
        if (innlogging?.SperretTil is { } sperret && sperret > tid.GetUtcNow())
        {
            return (Innloggingsutfall.Sperret, null, sperret);
        }

        var riktig = await VerifiserAsync(passord ?? "", innlogging?.Passordhash ?? Lokkehash, cancellationToken).ConfigureAwait(false);
        if (innlogging is null)
        {
            return (Innloggingsutfall.FeilBrukernavnEllerPassord, null, null);
        }

        if (!riktig)
        {
            var grense = options.Value;
            var sperretTil = await brukere.RegistrerFeilforsokAsync(innlogging.Brukernavn, grense.MaksForsok, TimeSpan.FromMinutes(grense.SperretidMinutter), cancellationToken).ConfigureAwait(false);
            return sperretTil is null ? (Innloggingsutfall.FeilBrukernavnEllerPassord, null, null) : (Innloggingsutfall.Sperret, null, sperretTil);
        }

        await brukere.RegistrerInnloggingAsync(innlogging.Brukernavn, cancellationToken).ConfigureAwait(false);
        var bruker = await brukere.HentAsync(innlogging.Brukernavn, cancellationToken).ConfigureAwait(false);
        return bruker is null ? (Innloggingsutfall.FeilBrukernavnEllerPassord, null, null) : (Innloggingsutfall.Innlogget, bruker, null);
    }

    /// <summary>The slow hash, shared with the API's limit of one per core.</summary>
    public Task<bool> VerifiserAsync(string passord, string hash, CancellationToken cancellationToken) =>
        tregehasher.VerifiserAsync(passord, hash, cancellationToken);
}
