namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// One engine's access to the audit log's chain (<see cref="Loggkjede"/>): reading it for the verifier,
/// claiming the daily anchor, and the retention's deletion. The rules live in <see cref="Loggverifisering"/>
/// and <see cref="Loggvedlikehold"/>.
/// </summary>
public interface ILoggkjedelager
{
    /// <summary>A consistent snapshot of the chain's head and rows (dispose it when done).</summary>
    Task<IKjedelesing> LesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the chain head as the anchor of the date, unless that date has one: returns the anchor when
    /// this call recorded it, null when another call (or instance) already had.
    /// </summary>
    Task<Ankerpunkt?> TaAnkerpunktAsync(DateOnly dato, DateTimeOffset na, CancellationToken cancellationToken = default);

    /// <summary>The latest recorded anchors, newest first.</summary>
    Task<IReadOnlyList<Ankerpunkt>> SisteAnkerpunkterAsync(int antall, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the rows older than <paramref name="grense"/> (SQLite: every such row, in short transactions;
    /// PostgreSQL: the whole months before it), after recording the cut in the chain; returns the rows deleted.
    /// </summary>
    Task<long> SlettForAsync(DateTimeOffset grense, CancellationToken cancellationToken = default);
}

/// <summary>A snapshot of the chain: its head and its rows in id order, read as a stream.</summary>
public interface IKjedelesing : IAsyncDisposable
{
    Kjedehode Hode { get; }

    /// <summary>Every row in id order (unchained ones too), streamed.</summary>
    IAsyncEnumerable<Kjederad> RaderAsync(CancellationToken cancellationToken = default);
}

/// <summary>The chain's row in <c>logg_kjede</c>.</summary>
/// <param name="StartId">The first chained row (null: nothing written since the chain was introduced).</param>
/// <param name="SisteId">The head: the last row written.</param>
/// <param name="SisteHash">The head's hash.</param>
/// <param name="KuttId">The first row kept by the retention (null: nothing deleted).</param>
/// <param name="KuttForrigeHash">That row's predecessor's hash (its <c>forrige_hash</c>).</param>
public sealed record Kjedehode(long? StartId, long? SisteId, byte[]? SisteHash, long? KuttId, byte[]? KuttForrigeHash);

/// <summary>One audit row as the chain sees it: its content as stored and its two hashes (null before the chain).</summary>
public sealed record Kjederad(Kjedeinnhold Innhold, byte[]? Hash, byte[]? ForrigeHash)
{
    public long Id => Innhold.Id;
}

/// <summary>The chain head at a date: row and hash (both null when nothing was chained yet).</summary>
public sealed record Ankerpunkt(DateOnly Dato, long? LoggId, byte[]? Hash, DateTimeOffset Skrevet);
