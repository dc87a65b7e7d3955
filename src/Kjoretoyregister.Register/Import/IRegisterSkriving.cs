namespace Kjoretoyregister.Register.Import;

/// <summary>
/// One import's write transaction on a register store, fed a batch of lines at a time. Each item of
/// a batch is checked as if every item accepted before it (in this batch, earlier batches, or the
/// register) were stored, and stored only when it passes. Nothing is visible to lookups before
/// <see cref="FullforAsync"/>; disposing without it leaves the register exactly as it was.
/// </summary>
internal interface IRegisterSkriving : IAsyncDisposable
{
    /// <summary>
    /// Stores the vehicles in order; a vehicle with the same kuid as a stored one has its whole history
    /// replaced. A vehicle with a plate attached to another vehicle (another kuid) at some time in an
    /// overlapping period is not stored.
    /// </summary>
    /// <returns>Per vehicle, its plates in conflict (empty when it was stored).</returns>
    ValueTask<IReadOnlyList<IReadOnlyList<Kjennemerkekonflikt>>> LagreKjoretoyAsync(IReadOnlyList<NyttKjoretoy> kjoretoy, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the trial plates in order; one with the same prkid as a stored one has its history and
    /// driving slips replaced. A plate is not stored when another prkid's trial plate with the same
    /// characters is valid at some time in an overlapping period, or a driving slip names a kuid no
    /// stored vehicle has.
    /// </summary>
    /// <returns>Per plate, why it was not stored (null when it was).</returns>
    ValueTask<IReadOnlyList<Provekjennemerkekonflikt?>> LagreProvekjennemerkerAsync(IReadOnlyList<NyttProvekjennemerke> provekjennemerker, CancellationToken cancellationToken);

    /// <summary>Commits the import: lookups see all of it from now on.</summary>
    ValueTask FullforAsync(CancellationToken cancellationToken);
}

/// <summary>The vehicle's plate number <see cref="Indeks"/> is attached to the vehicle <see cref="AnnenKuid"/> in an overlapping period.</summary>
internal readonly record struct Kjennemerkekonflikt(int Indeks, string AnnenKuid);

/// <summary>Why a trial plate was not stored: another prkid with the same characters (or null), and the driving slips whose kuid is unknown.</summary>
internal sealed record Provekjennemerkekonflikt(string? AnnenPrkid, IReadOnlyList<int> UkjenteKjoresedler);
