namespace Kjoretoyregister.Server.Tilgang;

/// <summary>
/// How wrong passwords for one key (an integration, a login name) are counted and when they lock it:
/// the rule lives here, above the storage engines, and a store applies it inside the one transaction
/// that reads and writes the count, so concurrent attempts can never all pass the check.
/// </summary>
/// <param name="SperreEtter">The lock an attempt sets, given the count including that attempt (zero: none).</param>
/// <param name="Glemmes">A count whose last attempt is older than this starts again.</param>
/// <param name="NyTellingEtterSperre">True: once a lock has run out, the count starts again.</param>
public sealed record Forsoksregel(Func<int, TimeSpan> SperreEtter, TimeSpan Glemmes, bool NyTellingEtterSperre)
{
    /// <summary>
    /// The state after one more attempt at <paramref name="naa"/>, or null when the key is locked and the
    /// attempt must be refused without being counted.
    /// </summary>
    public Forsoksteller? Neste(Forsoksteller? gammel, DateTimeOffset naa)
    {
        if (gammel?.SperretTil > naa)
        {
            return null;
        }

        var nyTelling = gammel is null
            || naa - gammel.Sist > Glemmes
            || (NyTellingEtterSperre && gammel.SperretTil is not null);
        var antall = (nyTelling ? 0 : gammel!.Antall) + 1;
        var sperre = SperreEtter(antall);
        return new Forsoksteller(antall, sperre > TimeSpan.Zero ? naa + sperre : null, naa);
    }
}

/// <summary>A key's count of unverified attempts since its last success, its lock, and its last attempt.</summary>
public sealed record Forsoksteller(int Antall, DateTimeOffset? SperretTil, DateTimeOffset Sist);

/// <summary>The answer to a reservation: may the caller verify the password now, and the count after it.</summary>
public readonly record struct Forsok(bool Tillatt, Forsoksteller Teller);
