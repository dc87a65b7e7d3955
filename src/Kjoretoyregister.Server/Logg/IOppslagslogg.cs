namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// Writes audit rows. <see cref="SkrivAsync"/> completes only when the rows are committed durably;
/// when it throws, the caller must not give out the data (503). Implementations batch concurrent
/// callers into one transaction (group commit).
/// </summary>
public interface IOppslagslogg
{
    /// <exception cref="OppslagsloggException">The rows were not committed (the file failed, or the server is shutting down).</exception>
    /// <exception cref="OperationCanceledException">The caller stopped waiting; its rows may still be written, whole.</exception>
    ValueTask SkrivAsync(IReadOnlyList<LoggRad> rader, CancellationToken cancellationToken = default);
}
