namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// One engine's commit for <see cref="Loggskriver"/>: the batching is the same on every engine, only how a
/// batch reaches the disk differs. Called from the writer's one thread, one batch at a time.
/// </summary>
internal interface ILoggmotor : IDisposable
{
    /// <summary>
    /// Writes every row of every caller in one transaction, with their parties and the usage counts, and
    /// commits durably; throws when the rows were not committed. Gives up within the write deadline.
    /// </summary>
    Task SkrivAsync(IReadOnlyList<LoggRad[]> kall);

    /// <summary>After a failed batch: drops the connection and what it cached, so the next batch starts afresh.</summary>
    void Forkast();
}
