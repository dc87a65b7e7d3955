namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// The grant ids (<c>jti</c>) already used, per client, in the store every server instance shares
/// (<see cref="IJtiStore"/>): each kept until its grant's <c>exp</c> plus the clock skew, after which the
/// grant is refused as expired anyway. Forgotten ids are removed at most once per
/// <see cref="Ryddeintervall"/> by each instance, so the table holds little more than the grants of the
/// last few minutes.
/// </summary>
/// <remarks>
/// The in-memory register this replaces refused new grants when it held 100 000 live ids, to bound its
/// memory. The store needs no such cap: only a registered client's correctly signed grant reaches it,
/// and no row outlives its grant by more than the skew (an accepted grant's <c>exp</c> is at most
/// 130 s ahead), so the table is bounded by the accepted grant rate of about two minutes.
/// </remarks>
public sealed class JtiRegister(IJtiStore store, TimeProvider tid)
{
    /// <summary>How long past its <c>exp</c> a grant id is kept, covering the accepted clock skew.</summary>
    public static readonly TimeSpan Slingringsmonn = TimeSpan.FromSeconds(10);

    /// <summary>How often this instance removes forgotten ids.</summary>
    public static readonly TimeSpan Ryddeintervall = TimeSpan.FromMinutes(1);

    private long nesteRydding = long.MinValue;

    /// <summary>Records the grant id: true when it is new, false when it was used before (a replayed grant).</summary>
    public async ValueTask<bool> RegistrerAsync(string klientId, string jti, DateTimeOffset grantUtloper, CancellationToken cancellationToken)
    {
        var naa = tid.GetUtcNow();
        var neste = Interlocked.Read(ref nesteRydding);
        if (naa.UtcTicks >= neste && Interlocked.CompareExchange(ref nesteRydding, (naa + Ryddeintervall).UtcTicks, neste) == neste)
        {
            await store.RyddAsync(naa, cancellationToken);
        }

        return await store.RegistrerAsync(klientId, jti, grantUtloper + Slingringsmonn, naa, cancellationToken);
    }
}
