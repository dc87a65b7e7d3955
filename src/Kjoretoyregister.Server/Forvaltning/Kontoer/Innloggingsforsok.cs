using System.Security.Cryptography;
using System.Text;
using Kjoretoyregister.Server.Tilgang;
using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>
/// Failed logins per username, counted whether or not the username exists, so the login page answers
/// an unknown name exactly as a known one, lockout included: the <see cref="InnloggingOptions.MaksForsok"/>th
/// attempt in a row locks the name for <see cref="InnloggingOptions.SperretidMinutter"/>, and the count
/// starts again after the lock. Reserved before the slow hash, so parallel guesses cannot pass the limit.
/// </summary>
public sealed class Innloggingsforsok(IFeilforsokStore store, IOptions<InnloggingOptions> options)
{
    /// <summary>The key a username is counted under (names no account can have are hashed, so the key stays short).</summary>
    public static string Nokkel(string? brukernavn)
    {
        var normalisert = Brukernavnregler.Normaliser(brukernavn);
        return normalisert.Length <= Brukernavnregler.MaksLengde
            ? "innlogging:" + normalisert
            : "innlogging#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalisert)));
    }

    /// <summary>Reserves one attempt for the name; not allowed while it is locked.</summary>
    public ValueTask<Forsok> ReserverAsync(string? brukernavn, CancellationToken cancellationToken)
    {
        var grense = options.Value;
        var sperretid = TimeSpan.FromMinutes(grense.SperretidMinutter);
        var regel = new Forsoksregel(antall => antall >= grense.MaksForsok ? sperretid : TimeSpan.Zero, TimeSpan.FromDays(1), NyTellingEtterSperre: true);
        return store.ReserverAsync(Nokkel(brukernavn), regel, cancellationToken);
    }

    /// <summary>A successful login: the count and any lock are gone.</summary>
    public ValueTask NullstillAsync(string brukernavn, CancellationToken cancellationToken) =>
        store.NullstillAsync(Nokkel(brukernavn), cancellationToken);
}
