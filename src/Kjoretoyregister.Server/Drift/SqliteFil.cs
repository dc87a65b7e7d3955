using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Server.Drift;

/// <summary>
/// One of the server's own SQLite files (the Fiks data, the audit log): creates it and its directory,
/// applies the numbered migration steps recorded in <c>PRAGMA user_version</c> (refusing a file from a
/// newer program), and opens pooled connections in WAL mode with a busy timeout, so the CLI and the
/// server can use the same file at once.
/// </summary>
public sealed class SqliteFil
{
    private readonly string tilkoblingsstreng;
    private readonly string synkron;

    /// <param name="sti">The file.</param>
    /// <param name="steg">Migration steps; step i (from 1) is applied when user_version is below i.</param>
    /// <param name="holdbar">True: every commit is fsynced (synchronous=FULL), for rows that must survive a power cut.</param>
    public SqliteFil(string sti, IReadOnlyList<string> steg, bool holdbar = false)
    {
        Sti = Path.GetFullPath(sti);
        var mappe = Path.GetDirectoryName(Sti);
        if (!string.IsNullOrEmpty(mappe))
        {
            Directory.CreateDirectory(mappe);
        }

        tilkoblingsstreng = new SqliteConnectionStringBuilder
        {
            DataSource = Sti,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        synkron = holdbar ? "FULL" : "NORMAL";
        using var tilkobling = Apne();
        Migrer(tilkobling, steg);
    }

    /// <summary>The full path of the file.</summary>
    public string Sti { get; }

    /// <summary>An open connection; dispose it to return it to the pool.</summary>
    public SqliteConnection Apne()
    {
        var tilkobling = new SqliteConnection(tilkoblingsstreng);
        tilkobling.Open();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA synchronous={synkron}; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
        kommando.ExecuteNonQuery();
        return tilkobling;
    }

    private void Migrer(SqliteConnection tilkobling, IReadOnlyList<string> steg)
    {
        using var transaksjon = tilkobling.BeginTransaction(deferred: false);
        var versjon = Skalar(tilkobling, transaksjon, "PRAGMA user_version");
        if (versjon > steg.Count)
        {
            throw new InvalidOperationException(
                $"Filen {Sti} har skjemaversjon {versjon}, men denne versjonen av programmet kjenner bare til versjon {steg.Count}. Oppgrader programmet.");
        }

        for (var i = (int)versjon; i < steg.Count; i++)
        {
            using var kommando = tilkobling.CreateCommand();
            kommando.Transaction = transaksjon;
            kommando.CommandText = steg[i] + $"; PRAGMA user_version = {i + 1};";
            kommando.ExecuteNonQuery();
        }

        transaksjon.Commit();
    }

    private static long Skalar(SqliteConnection tilkobling, SqliteTransaction transaksjon, string sql)
    {
        using var kommando = tilkobling.CreateCommand();
        kommando.Transaction = transaksjon;
        kommando.CommandText = sql;
        return Convert.ToInt64(kommando.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
