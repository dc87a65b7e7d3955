using System.Data;
using System.Globalization;
using System.Runtime.CompilerServices;
using Npgsql;

namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// The chain of the PostgreSQL audit log. The retention drops whole months (the partitions of
/// <c>logg</c> and <c>logg_part</c> that lie entirely before the limit), one instance at a time
/// (a transaction-scoped advisory lock); so a row is kept up to a month longer than the period set.
/// </summary>
public sealed class PostgresLoggkjedelager(NpgsqlDataSource kilde) : ILoggkjedelager
{
    private const string Hode = "SELECT start_id, siste_id, siste_hash, kutt_id, kutt_forrige_hash FROM logg_kjede WHERE en = 1";

    private const string TaAnkerpunkt = """
        INSERT INTO logg_ankerpunkt (dato, logg_id, hash, skrevet)
        SELECT $1, siste_id, siste_hash, $2 FROM logg_kjede WHERE en = 1
        ON CONFLICT (dato) DO NOTHING
        RETURNING logg_id, hash
        """;

    private const string Maneder = """
        SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'logg'::regclass ORDER BY c.relname
        """;

    private const string Kutt = """
        UPDATE logg_kjede SET kutt_id = $1, kutt_forrige_hash = $2
        WHERE en = 1 AND (kutt_id IS NULL OR kutt_id < $1)
        """;

    public async Task<IKjedelesing> LesAsync(CancellationToken cancellationToken = default)
    {
        var tilkobling = await kilde.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // One snapshot for the head and the rows, however long the walk takes.
            var transaksjon = await tilkobling.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);

            await using var kommando = new NpgsqlCommand(Hode, tilkobling, transaksjon);
            await using var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await leser.ReadAsync(cancellationToken).ConfigureAwait(false);
            var hode = new Kjedehode(Tall(leser, 0), Tall(leser, 1), Bytes(leser, 2), Tall(leser, 3), Bytes(leser, 4));
            return new Lesing(tilkobling, transaksjon, hode);
        }
        catch
        {
            await tilkobling.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<Ankerpunkt?> TaAnkerpunktAsync(DateOnly dato, DateTimeOffset na, CancellationToken cancellationToken = default)
    {
        await using var kommando = kilde.CreateCommand(TaAnkerpunkt);
        kommando.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = dato });
        kommando.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = PostgresLoggmotor.Tid(na) });
        await using var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await leser.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new Ankerpunkt(dato, Tall(leser, 0), Bytes(leser, 1), DateTimeOffset.FromUnixTimeMilliseconds(na.ToUnixTimeMilliseconds()))
            : null;
    }

    public async Task<IReadOnlyList<Ankerpunkt>> SisteAnkerpunkterAsync(int antall, CancellationToken cancellationToken = default)
    {
        await using var kommando = kilde.CreateCommand("SELECT dato, logg_id, hash, skrevet FROM logg_ankerpunkt ORDER BY dato DESC LIMIT $1");
        kommando.Parameters.Add(new NpgsqlParameter<int> { TypedValue = antall });
        var svar = new List<Ankerpunkt>();
        await using var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            svar.Add(new Ankerpunkt(
                leser.GetFieldValue<DateOnly>(0),
                Tall(leser, 1),
                Bytes(leser, 2),
                new DateTimeOffset(leser.GetFieldValue<DateTime>(3), TimeSpan.Zero)));
        }

        return svar;
    }

    public async Task<long> SlettForAsync(DateTimeOffset grense, CancellationToken cancellationToken = default)
    {
        var forsteBeholdte = new DateTime(grense.UtcDateTime.Year, grense.UtcDateTime.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        await using var tilkobling = await kilde.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaksjon = await tilkobling.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await SkalarAsync(tilkobling, "SELECT pg_try_advisory_xact_lock(hashtext('oppslagslogg.oppbevaring'))", cancellationToken) is not true)
        {
            return 0;
        }

        var gamle = new List<string>();
        await using (var kommando = new NpgsqlCommand(Maneder, tilkobling))
        await using (var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var navn = leser.GetString(0);
                if (DateTime.TryParseExact(navn["logg_".Length..], "yyyy_MM", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var maned)
                    && maned < forsteBeholdte)
                {
                    gamle.Add(navn["logg_".Length..]);
                }
            }
        }

        if (gamle.Count == 0)
        {
            return 0;
        }

        // The cut is the first row by id after the last dropped one; a kept row with a lower id (timed in the
        // old month, committed a moment after the month began) stays but is before the cut, so not verified.
        var antall = (long)(await SkalarAsync(tilkobling, "SELECT count(*) FROM logg WHERE tidspunkt < $1", cancellationToken, forsteBeholdte))!;
        if (await SkalarAsync(tilkobling, "SELECT max(id) FROM logg WHERE tidspunkt < $1", cancellationToken, forsteBeholdte) is long sisteGamle)
        {
            long kuttId;
            byte[]? kuttForrige;
            await using (var kommando = new NpgsqlCommand("SELECT id, forrige_hash FROM logg WHERE id > $1 ORDER BY id LIMIT 1", tilkobling) { Parameters = { new NpgsqlParameter<long> { TypedValue = sisteGamle } } })
            await using (var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                (kuttId, kuttForrige) = await leser.ReadAsync(cancellationToken).ConfigureAwait(false)
                    ? (leser.GetInt64(0), Bytes(leser, 1))
                    : (sisteGamle + 1, null);
            }

            if (kuttForrige is null && kuttId == sisteGamle + 1)
            {
                // Every row is old: the next row written (its id from the sequence, above the head) follows the head.
                kuttForrige = (byte[]?)await SkalarAsync(tilkobling, "SELECT siste_hash FROM logg_kjede WHERE en = 1", cancellationToken);
            }

            await using var kutt = new NpgsqlCommand(Kutt, tilkobling)
            {
                Parameters = { new NpgsqlParameter<long> { TypedValue = kuttId }, new NpgsqlParameter { Value = (object?)kuttForrige ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea } },
            };
            await kutt.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // The drop waits for the writers' locks on logg at most this long, and they queue behind it no longer.
        await SkalarAsync(tilkobling, "SET LOCAL lock_timeout = '5s'", cancellationToken);
        foreach (var maned in gamle)
        {
            await SkalarAsync(tilkobling, $"DROP TABLE IF EXISTS \"logg_{maned}\", \"logg_part_{maned}\"", cancellationToken);
        }

        await transaksjon.CommitAsync(cancellationToken).ConfigureAwait(false);
        return antall;
    }

    private static async Task<object?> SkalarAsync(NpgsqlConnection tilkobling, string sql, CancellationToken cancellationToken, params object[] verdier)
    {
        await using var kommando = new NpgsqlCommand(sql, tilkobling);
        foreach (var verdi in verdier)
        {
            kommando.Parameters.Add(new NpgsqlParameter { Value = verdi });
        }

        var svar = await kommando.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return svar is DBNull ? null : svar;
    }

    private static long? Tall(NpgsqlDataReader leser, int i) => leser.IsDBNull(i) ? null : leser.GetInt64(i);

    private static byte[]? Bytes(NpgsqlDataReader leser, int i) => leser.IsDBNull(i) ? null : leser.GetFieldValue<byte[]>(i);

    private sealed class Lesing(NpgsqlConnection tilkobling, NpgsqlTransaction transaksjon, Kjedehode hode) : IKjedelesing
    {
        public Kjedehode Hode { get; } = hode;

        public async IAsyncEnumerable<Kjederad> RaderAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            // Streamed: no command timeout, the walk over millions of rows takes what it takes.
            await using var kommando = new NpgsqlCommand($"SELECT {Loggkolonner.Kolonner}, hash, forrige_hash FROM logg ORDER BY id", tilkobling, transaksjon) { CommandTimeout = 0 };
            await using var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return new Kjederad(
                    new Kjedeinnhold(
                        leser.GetInt64(0),
                        leser.GetFieldValue<DateTimeOffset>(1).ToUnixTimeMilliseconds(),
                        Loggkolonner.Tekst(leser.GetGuid(2)),
                        Loggkolonner.Tekst(leser.GetGuid(3)),
                        leser.GetString(4),
                        leser.GetString(5),
                        leser.GetString(6),
                        leser.GetString(7),
                        leser.IsDBNull(8) ? null : leser.GetFieldValue<DateTimeOffset>(8).ToUnixTimeMilliseconds(),
                        leser.GetString(9),
                        leser.GetString(10),
                        leser.GetString(11),
                        leser.GetString(12),
                        Tekst(leser, 13),
                        Tekst(leser, 14),
                        Tekst(leser, 15)),
                    Bytes(leser, 16),
                    Bytes(leser, 17));
            }
        }

        public async ValueTask DisposeAsync()
        {
            await transaksjon.DisposeAsync().ConfigureAwait(false);
            await tilkobling.DisposeAsync().ConfigureAwait(false);
        }

        private static string? Tekst(NpgsqlDataReader leser, int i) => leser.IsDBNull(i) ? null : leser.GetString(i);
    }
}
