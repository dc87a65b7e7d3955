using Npgsql;
using NpgsqlTypes;

namespace Kjoretoyregister.Server.Tilgang;

/// <summary>
/// Wrong-password counts in PostgreSQL (table <c>feilforsok</c>, the same columns as on SQLite). A
/// reservation is one transaction: the key's row is read <c>FOR UPDATE</c>, the rule decides, the row is
/// written. A key without a row is inserted with <c>ON CONFLICT DO NOTHING</c> (in one round trip with
/// the tidying of stale rows); when another instance inserted it first, the row is read again under its
/// lock. So every instance's attempts on one key queue on its row lock and none is lost or let past the
/// limit.
/// </summary>
public sealed class PostgresFeilforsokStore(NpgsqlDataSource kilde, TimeProvider tid) : IFeilforsokStore
{
    /// <summary>Rows without a lock, quiet this long, are removed when a new key is counted.</summary>
    private static readonly TimeSpan Rydding = TimeSpan.FromDays(1);

    private const string HentSql = "SELECT antall, sperret_til, sist FROM feilforsok WHERE nokkel = $1 FOR UPDATE";

    private const string NySql = "INSERT INTO feilforsok (nokkel, antall, sperret_til, sist) VALUES ($1, $2, $3, $4) ON CONFLICT (nokkel) DO NOTHING";

    private const string EndreSql = "UPDATE feilforsok SET antall = $2, sperret_til = $3, sist = $4 WHERE nokkel = $1";

    // Rows another transaction holds are skipped, never waited for: instances tidying at once cannot deadlock.
    private const string RyddSql = """
        DELETE FROM feilforsok WHERE nokkel IN (
            SELECT nokkel FROM feilforsok WHERE sist < $1 AND (sperret_til IS NULL OR sperret_til < $2)
            LIMIT 1000 FOR UPDATE SKIP LOCKED)
        """;

    private const string NullstillSql = "DELETE FROM feilforsok WHERE nokkel = $1";

    public async ValueTask<Forsok> ReserverAsync(string nokkel, Forsoksregel regel, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(nokkel);
        ArgumentNullException.ThrowIfNull(regel);
        await using var tilkobling = await kilde.OpenConnectionAsync(cancellationToken);
        await using var transaksjon = await tilkobling.BeginTransactionAsync(cancellationToken);
        var na = DateTimeOffset.FromUnixTimeMilliseconds(tid.GetUtcNow().ToUnixTimeMilliseconds());
        while (true)
        {
            var gammel = await HentAsync(tilkobling, nokkel, cancellationToken);
            if (regel.Neste(gammel, na) is not { } ny)
            {
                await transaksjon.CommitAsync(cancellationToken);
                return new Forsok(false, gammel!);
            }

            if (gammel is not null)
            {
                await KjorAsync(tilkobling, EndreSql, cancellationToken, Parametre(nokkel, ny));
            }
            else
            {
                await using var batch = new NpgsqlBatch(tilkobling)
                {
                    BatchCommands =
                    {
                        Kommando(RyddSql,
                            new NpgsqlParameter<long> { TypedValue = (na - Rydding).ToUnixTimeMilliseconds() },
                            new NpgsqlParameter<long> { TypedValue = na.ToUnixTimeMilliseconds() }),
                        Kommando(NySql, Parametre(nokkel, ny)),
                    },
                };
                await batch.ExecuteNonQueryAsync(cancellationToken);
                if (batch.BatchCommands[1].RecordsAffected == 0)
                {
                    // Another instance counted the key's first attempt meanwhile: count this one on its row.
                    continue;
                }
            }

            await transaksjon.CommitAsync(cancellationToken);
            return new Forsok(true, ny);
        }
    }

    public async ValueTask NullstillAsync(string nokkel, CancellationToken cancellationToken)
    {
        await using var kommando = kilde.CreateCommand(NullstillSql);
        kommando.Parameters.Add(new NpgsqlParameter<string> { TypedValue = nokkel });
        await kommando.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<Forsoksteller?> HentAsync(NpgsqlConnection tilkobling, string nokkel, CancellationToken cancellationToken)
    {
        await using var kommando = new NpgsqlCommand(HentSql, tilkobling);
        kommando.Parameters.Add(new NpgsqlParameter<string> { TypedValue = nokkel });
        await using var leser = await kommando.ExecuteReaderAsync(cancellationToken);
        return await leser.ReadAsync(cancellationToken)
            ? new Forsoksteller(
                leser.GetInt32(0),
                leser.IsDBNull(1) ? null : DateTimeOffset.FromUnixTimeMilliseconds(leser.GetInt64(1)),
                DateTimeOffset.FromUnixTimeMilliseconds(leser.GetInt64(2)))
            : null;
    }

    private static NpgsqlParameter[] Parametre(string nokkel, Forsoksteller teller) =>
    [
        new NpgsqlParameter<string> { TypedValue = nokkel },
        new NpgsqlParameter<int> { TypedValue = teller.Antall },
        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = teller.SperretTil is { } s ? s.ToUnixTimeMilliseconds() : DBNull.Value },
        new NpgsqlParameter<long> { TypedValue = teller.Sist.ToUnixTimeMilliseconds() },
    ];

    private static async Task KjorAsync(NpgsqlConnection tilkobling, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parametre)
    {
        await using var kommando = new NpgsqlCommand(sql, tilkobling);
        kommando.Parameters.AddRange(parametre);
        await kommando.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand Kommando(string sql, params NpgsqlParameter[] parametre)
    {
        var kommando = new NpgsqlBatchCommand(sql);
        kommando.Parameters.AddRange(parametre);
        return kommando;
    }
}
