using Kjoretoyregister.Register.Import;

namespace Kjoretoyregister.Register.Oppslag;

/// <summary>
/// A register store: where the temporal rows live (SQLite or PostgreSQL). Every read is one coarse
/// call (<see cref="IRegisterLesing"/>); every import one write transaction.
/// </summary>
internal interface IRegisterLager : IRegisterLesing, IAsyncDisposable
{
    /// <summary>Begins the single write transaction of one import.</summary>
    ValueTask<IRegisterSkriving> ApneSkrivingAsync(CancellationToken cancellationToken);

    /// <summary>Answers when the store can be read and its schema is current (for readiness checks).</summary>
    ValueTask<bool> SvarerAsync(CancellationToken cancellationToken);

    /// <summary>True when no vehicle and no trial plate has been imported.</summary>
    ValueTask<bool> ErTomAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The write of an initial load (see <see cref="Import.Forstelasting"/>) when the store has one and is
    /// empty; null otherwise.
    /// </summary>
    ValueTask<IRegisterSkriving?> ApneForstelastingAsync(CancellationToken cancellationToken) => new((IRegisterSkriving?)null);
}
