using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kjoretoyregister.Register.Lagring;

/// <summary>
/// The one migration runner, for every schema on both engines. It applies the steps a database lacks
/// and refuses a database from a newer program (a clear error, nothing changed).
/// <list type="bullet">
/// <item>SQLite: one file per set; the version is the file's <c>PRAGMA user_version</c>; the missing
/// steps are applied in one write transaction.</item>
/// <item>PostgreSQL: every set in one database; the versions are rows of <c>skjemaversjon</c>; the run
/// holds an advisory lock, so instances starting together apply each step once; each step is applied
/// in its own transaction together with its version row.</item>
/// </list>
/// </summary>
public static class Migrering
{
    /// <summary>The advisory lock key every instance migrates under ("kjoretoy" in ASCII).</summary>
    public const long Laasnokkel = 0x6B6A6F7265746F79;

    /// <summary>Brings the SQLite file to the set's version.</summary>
    /// <param name="tilkobling">An open connection to the file.</param>
    /// <param name="sett">The set (its engine must be SQLite).</param>
    /// <param name="hva">What the file is, for the error message (its path).</param>
    /// <exception cref="InvalidOperationException">The file has a newer version than the set.</exception>
    public static void KjorSqlite(SqliteConnection tilkobling, Migrasjonssett sett, string hva)
    {
        ArgumentNullException.ThrowIfNull(tilkobling);
        ArgumentNullException.ThrowIfNull(sett);

        // A current file needs no write lock: another process holding one (a long write, a stuck tool)
        // must not hold up opening it.
        if (SjekkVersjon(SqliteVersjon(tilkobling, null), sett, hva) == sett.Versjon)
        {
            return;
        }

        using var transaksjon = tilkobling.BeginTransaction(deferred: false);
        var versjon = SjekkVersjon(SqliteVersjon(tilkobling, transaksjon), sett, hva);
        for (var i = (int)versjon; i < sett.Versjon; i++)
        {
            using var kommando = tilkobling.CreateCommand();
            kommando.Transaction = transaksjon;
            kommando.CommandText = sett.Steg[i] + $"\n; PRAGMA user_version = {i + 1};";
            kommando.ExecuteNonQuery();
        }

        transaksjon.Commit();
    }

    /// <summary>The file's schema version (<c>PRAGMA user_version</c>).</summary>
    public static long SqliteVersjon(SqliteConnection tilkobling, SqliteTransaction? transaksjon = null)
    {
        ArgumentNullException.ThrowIfNull(tilkobling);
        using var kommando = tilkobling.CreateCommand();
        kommando.Transaction = transaksjon;
        kommando.CommandText = "PRAGMA user_version";
        return Convert.ToInt64(kommando.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Brings every set to its version in the PostgreSQL database, under the advisory lock.</summary>
    /// <returns>The steps applied, as "set NNNN", in order (empty when the database was current).</returns>
    /// <exception cref="InvalidOperationException">A set has a newer version in the database than in this program.</exception>
    public static async Task<IReadOnlyList<string>> KjorPostgresAsync(NpgsqlDataSource kilde, IEnumerable<Migrasjonssett> sett, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kilde);
        ArgumentNullException.ThrowIfNull(sett);
        var alle = sett.ToList();
        var utfort = new List<string>();
        await using var tilkobling = await kilde.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await KjorAsync(tilkobling, $"SELECT pg_advisory_lock({Laasnokkel})", cancellationToken).ConfigureAwait(false);
        try
        {
            await KjorAsync(
                tilkobling,
                "CREATE TABLE IF NOT EXISTS skjemaversjon (sett text PRIMARY KEY, versjon integer NOT NULL, endret timestamptz NOT NULL DEFAULT now())",
                cancellationToken).ConfigureAwait(false);
            var versjoner = await LesVersjonerAsync(tilkobling, cancellationToken).ConfigureAwait(false);

            // Every set is checked before any is changed: a newer database is refused untouched.
            foreach (var s in alle)
            {
                SjekkVersjon(versjoner.GetValueOrDefault(s.Navn), s, "Databasen");
            }

            foreach (var s in alle)
            {
                for (var i = versjoner.GetValueOrDefault(s.Navn); i < s.Versjon; i++)
                {
                    await using var transaksjon = await tilkobling.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                    await using (var steg = new NpgsqlCommand(s.Steg[(int)i], tilkobling, transaksjon))
                    {
                        await steg.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    await using (var versjon = new NpgsqlCommand(
                        "INSERT INTO skjemaversjon (sett, versjon) VALUES ($1, $2) ON CONFLICT (sett) DO UPDATE SET versjon = excluded.versjon, endret = now()",
                        tilkobling,
                        transaksjon))
                    {
                        versjon.Parameters.Add(new NpgsqlParameter { Value = s.Navn });
                        versjon.Parameters.Add(new NpgsqlParameter { Value = (int)i + 1 });
                        await versjon.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    await transaksjon.CommitAsync(cancellationToken).ConfigureAwait(false);
                    utfort.Add($"{s.Navn} {i + 1:0000}");
                }
            }
        }
        finally
        {
            // A broken connection drops the session lock by itself; otherwise it is released here.
            if (tilkobling.FullState == System.Data.ConnectionState.Open)
            {
                await KjorAsync(tilkobling, $"SELECT pg_advisory_unlock({Laasnokkel})", CancellationToken.None).ConfigureAwait(false);
            }
        }

        return utfort;
    }

    /// <summary>Each set's version in the PostgreSQL database (a set never migrated is absent).</summary>
    public static async Task<IReadOnlyDictionary<string, long>> LesVersjonerAsync(NpgsqlDataSource kilde, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kilde);
        await using var tilkobling = await kilde.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await LesVersjonerAsync(tilkobling, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Dictionary<string, long>> LesVersjonerAsync(NpgsqlConnection tilkobling, CancellationToken cancellationToken)
    {
        var versjoner = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var kommando = new NpgsqlCommand("SELECT sett, versjon FROM skjemaversjon", tilkobling);
        try
        {
            await using var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                versjoner[leser.GetString(0)] = leser.GetInt32(1);
            }
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // Never migrated: every set is at version 0.
        }

        return versjoner;
    }

    private static async Task KjorAsync(NpgsqlConnection tilkobling, string sql, CancellationToken cancellationToken)
    {
        await using var kommando = new NpgsqlCommand(sql, tilkobling);
        await kommando.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static long SjekkVersjon(long versjon, Migrasjonssett sett, string hva) =>
        versjon <= sett.Versjon
            ? versjon
            : throw new InvalidOperationException(
                $"{hva} har skjemaversjon {versjon} for «{sett.Navn}», men denne versjonen av programmet kjenner bare til versjon {sett.Versjon}. Oppgrader programmet.");
}
