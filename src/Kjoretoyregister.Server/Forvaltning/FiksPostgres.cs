using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Npgsql;
using NpgsqlTypes;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// Running statements against the PostgreSQL set <c>fiks</c> on the one <see cref="NpgsqlDataSource"/>,
/// alone or with their change-log entry in one transaction: the plumbing behind the PostgreSQL stores of
/// forvaltning. Parameters are positional (<c>$1</c>, <c>$2</c>, ...) with explicit types.
/// </summary>
internal static class FiksPostgres
{
    private const string SkrivEndringSql = "INSERT INTO endring (tidspunkt, utfort_av, fiks_org_id, handling, detaljer) VALUES ($1, $2, $3, $4, $5)";

    /// <summary>The schema version this program expects of the set <c>fiks</c>.</summary>
    public static int Versjon { get; } = Migrasjonssett.Les(typeof(FiksPostgres).Assembly, Lagringsmotor.Postgres, "fiks").Versjon;

    /// <summary>A typed positional parameter (null as SQL NULL).</summary>
    public static NpgsqlParameter Verdi(object? verdi, NpgsqlDbType type) => new() { Value = verdi ?? DBNull.Value, NpgsqlDbType = type };

    public static NpgsqlParameter Verdi(Guid verdi) => Verdi(verdi, NpgsqlDbType.Uuid);

    public static NpgsqlParameter Verdi(string? verdi) => Verdi(verdi, NpgsqlDbType.Text);

    public static NpgsqlParameter Verdi(bool verdi) => Verdi(verdi, NpgsqlDbType.Boolean);

    public static NpgsqlParameter Verdi(long verdi) => Verdi(verdi, NpgsqlDbType.Bigint);

    public static NpgsqlParameter Verdi(DateOnly? verdi) => Verdi(verdi, NpgsqlDbType.Date);

    public static NpgsqlParameter Verdi(DateTimeOffset verdi) => Verdi(verdi.ToUniversalTime(), NpgsqlDbType.TimestampTz);

    /// <summary>A statement with its parameters, in <paramref name="transaksjon"/> when one is given.</summary>
    public static NpgsqlCommand Kommando(NpgsqlConnection tilkobling, string sql, NpgsqlTransaction? transaksjon, params NpgsqlParameter[] parametre)
    {
        var kommando = new NpgsqlCommand(sql, tilkobling, transaksjon);
        kommando.Parameters.AddRange(parametre);
        return kommando;
    }

    /// <summary>Runs a statement on its own; the number of rows it changed.</summary>
    public static async Task<int> KjorAsync(this NpgsqlDataSource kilde, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parametre)
    {
        await using var kommando = kilde.CreateCommand(sql);
        kommando.Parameters.AddRange(parametre);
        return await kommando.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a query and maps every row.</summary>
    public static async Task<List<T>> LesAsync<T>(this NpgsqlDataSource kilde, string sql, Func<NpgsqlDataReader, T> les, CancellationToken cancellationToken, params NpgsqlParameter[] parametre)
    {
        await using var kommando = kilde.CreateCommand(sql);
        kommando.Parameters.AddRange(parametre);
        await using var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rader = new List<T>();
        while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rader.Add(les(leser));
        }

        return rader;
    }

    /// <summary>
    /// Runs a changing statement and, when it changed (or matched) a row, the statements of
    /// <paramref name="deretter"/> and <paramref name="endring"/>, in one transaction: all or nothing. The
    /// number of rows the first statement changed (0: nothing written).
    /// </summary>
    public static async Task<int> EndreAsync(this NpgsqlDataSource kilde, string sql, NpgsqlParameter[] parametre, Endring? endring, CancellationToken cancellationToken, params NpgsqlBatchCommand[] deretter)
    {
        await using var tilkobling = await kilde.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaksjon = await tilkobling.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        int rader;
        await using (var kommando = Kommando(tilkobling, sql, transaksjon, parametre))
        {
            rader = await kommando.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (rader == 0)
        {
            return 0;
        }

        await SkrivAsync(tilkobling, transaksjon, endring, cancellationToken, deretter).ConfigureAwait(false);
        await transaksjon.CommitAsync(cancellationToken).ConfigureAwait(false);
        return rader;
    }

    /// <summary>Runs <paramref name="kommandoer"/> and the entry (none when null) as one batch in <paramref name="transaksjon"/>: one round trip.</summary>
    public static async Task SkrivAsync(NpgsqlConnection tilkobling, NpgsqlTransaction? transaksjon, Endring? endring, CancellationToken cancellationToken, params NpgsqlBatchCommand[] kommandoer)
    {
        await using var batch = new NpgsqlBatch(tilkobling, transaksjon);
        foreach (var kommando in kommandoer)
        {
            batch.BatchCommands.Add(kommando);
        }

        if (endring is not null)
        {
            batch.BatchCommands.Add(Batchkommando(SkrivEndringSql,
                Verdi(endring.Tidspunkt), Verdi(endring.Utfortav), Verdi(endring.FiksOrgId, NpgsqlDbType.Uuid), Verdi(endring.Handling), Verdi(endring.Detaljer)));
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static NpgsqlBatchCommand Batchkommando(string sql, params NpgsqlParameter[] parametre)
    {
        var kommando = new NpgsqlBatchCommand(sql);
        kommando.Parameters.AddRange(parametre);
        return kommando;
    }

    /// <summary>True when the set <c>fiks</c> is at the version this program expects.</summary>
    public static async Task<bool> SvarerAsync(NpgsqlDataSource kilde, CancellationToken cancellationToken)
    {
        var versjon = await kilde.LesAsync("SELECT versjon FROM skjemaversjon WHERE sett = 'fiks'", l => l.GetInt32(0), cancellationToken).ConfigureAwait(false);
        return versjon.Count == 1 && versjon[0] == Versjon;
    }
}
