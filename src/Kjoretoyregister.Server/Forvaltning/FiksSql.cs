using System.Globalization;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// Running one parameterised statement against <c>fiks.db</c> on a pooled connection (Microsoft.Data.Sqlite's async methods complete synchronously, so
/// disposal is synchronous), alone or with its change-log entry: the plumbing behind the SQLite stores of
/// forvaltning. Values: strings and null as TEXT, the rest as INTEGER.
/// </summary>
internal static class FiksSql
{
    private const string SkrivEndringSql = """
        INSERT INTO endring (tidspunkt, utfort_av, fiks_org_id, handling, detaljer)
        VALUES ($tidspunkt, $utfort_av, $fiks_org_id, $handling, $detaljer)
        """;

    /// <summary>A UUID as stored: lower case with hyphens.</summary>
    public static string Tekst(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>An instant as stored: epoch milliseconds UTC.</summary>
    public static long Millisekunder(DateTimeOffset tidspunkt) => tidspunkt.ToUnixTimeMilliseconds();

    public static DateTimeOffset Tidspunkt(long millisekunder) => DateTimeOffset.FromUnixTimeMilliseconds(millisekunder);

    /// <summary>Runs a statement; the number of rows it changed (or matched, for UPDATE).</summary>
    public static async Task<int> KjorAsync(this FiksDatabase database, string sql, CancellationToken cancellationToken, params (string Navn, object? Verdi)[] parametre)
    {
        using var tilkobling = database.Fil.Apne();
        using var kommando = Kommando(tilkobling, sql, parametre);
        return await kommando.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a changing statement and, when it changed (or matched) a row, writes <paramref name="endring"/>,
    /// in one write transaction: both or neither. The number of rows the statement changed (0: nothing written).
    /// </summary>
    public static async Task<int> EndreAsync(this FiksDatabase database, string sql, Endring? endring, CancellationToken cancellationToken, params (string Navn, object? Verdi)[] parametre)
    {
        using var tilkobling = database.Fil.Apne();
        using var transaksjon = tilkobling.BeginTransaction(deferred: false);
        int rader;
        using (var kommando = Kommando(tilkobling, sql, parametre, transaksjon))
        {
            rader = await kommando.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (rader == 0)
        {
            return 0;
        }

        await SkrivEndringAsync(tilkobling, transaksjon, endring, cancellationToken).ConfigureAwait(false);
        transaksjon.Commit();
        return rader;
    }

    /// <summary>Writes the change-log entry (none when null) in <paramref name="transaksjon"/>.</summary>
    public static async Task SkrivEndringAsync(SqliteConnection tilkobling, SqliteTransaction? transaksjon, Endring? endring, CancellationToken cancellationToken)
    {
        if (endring is null)
        {
            return;
        }

        using var kommando = Kommando(tilkobling, SkrivEndringSql, [
            ("$tidspunkt", Millisekunder(endring.Tidspunkt)),
            ("$utfort_av", endring.Utfortav),
            ("$fiks_org_id", endring.FiksOrgId is { } id ? Tekst(id) : null),
            ("$handling", endring.Handling),
            ("$detaljer", endring.Detaljer)], transaksjon);
        await kommando.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a query and maps every row.</summary>
    public static async Task<List<T>> LesAsync<T>(this FiksDatabase database, string sql, Func<SqliteDataReader, T> les, CancellationToken cancellationToken, params (string Navn, object? Verdi)[] parametre)
    {
        using var tilkobling = database.Fil.Apne();
        using var kommando = Kommando(tilkobling, sql, parametre);
        using var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rader = new List<T>();
        while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rader.Add(les(leser));
        }

        return rader;
    }

    /// <summary>A statement with its parameters, in <paramref name="transaksjon"/> when one is given.</summary>
    public static SqliteCommand Kommando(SqliteConnection tilkobling, string sql, (string Navn, object? Verdi)[] parametre, SqliteTransaction? transaksjon = null)
    {
        var kommando = tilkobling.CreateCommand();
        kommando.Transaction = transaksjon;
        kommando.CommandText = sql;
        foreach (var (navn, verdi) in parametre)
        {
            kommando.Parameters.Add(navn, verdi is string or null ? SqliteType.Text : SqliteType.Integer).Value = verdi ?? DBNull.Value;
        }

        return kommando;
    }
}
