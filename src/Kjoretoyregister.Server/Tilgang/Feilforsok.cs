namespace Kjoretoyregister.Server.Tilgang;

/// <summary>
/// Wrong passwords per integration (CONTRACT.md §5, "a wrong password costs the caller"). Each attempt
/// that needs the slow hash is reserved first: the first <see cref="FrieForsok"/> go through, the
/// <see cref="FrieForsok"/>th locks the integration for 1 s, and each further one doubles the lock
/// (2 s, 4 s … at most <see cref="MaksVent"/>); while locked, unverified passwords get 429 without a
/// hash. So 100 guesses at once cost at most <see cref="FrieForsok"/> hashes. A right password that
/// was verified before is never held up (it needs no hash), a success clears the count, and so does a
/// quiet quarter of an hour. The count is stored (<see cref="IFeilforsokStore"/>): every instance sees it.
/// </summary>
public sealed class Feilforsok(IFeilforsokStore store, TimeProvider tid)
{
    public const int FrieForsok = 5;
    public static readonly TimeSpan MaksVent = TimeSpan.FromSeconds(60);

    private static readonly Forsoksregel Regel = new(Sperre, TimeSpan.FromMinutes(15), NyTellingEtterSperre: false);

    /// <summary>Reserves one unverified attempt: null when the caller may verify its password now, else how long it must wait.</summary>
    public async ValueTask<TimeSpan?> ReserverAsync(Guid integrasjonId, CancellationToken cancellationToken)
    {
        var forsok = await store.ReserverAsync(Nokkel(integrasjonId), Regel, cancellationToken).ConfigureAwait(false);
        if (forsok.Tillatt)
        {
            return null;
        }

        // The lock was read in the future; by now it may have just run out: the caller still waits a moment.
        var vent = forsok.Teller.SperretTil!.Value - tid.GetUtcNow();
        return vent > TimeSpan.Zero ? vent : TimeSpan.FromSeconds(1);
    }

    /// <summary>A right password: the count starts again.</summary>
    public ValueTask LyktesAsync(Guid integrasjonId, CancellationToken cancellationToken) =>
        store.NullstillAsync(Nokkel(integrasjonId), cancellationToken);

    private static string Nokkel(Guid integrasjonId) => "integrasjon:" + integrasjonId.ToString("D");

    private static TimeSpan Sperre(int antall) => antall < FrieForsok
        ? TimeSpan.Zero
        : TimeSpan.FromSeconds(Math.Min(MaksVent.TotalSeconds, Math.Pow(2, Math.Min(antall - FrieForsok, 10))));
}
