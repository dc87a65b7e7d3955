using Kjoretoyregister.Register.Import;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// The new register file of an initial load (<see cref="SqliteForstelasting"/>): created beside the
/// register with the same schema (the migrations), opened with no journal, no syncs, an exclusive lock
/// and a large cache, its secondary indexes dropped while the rows go in. <see cref="Fullfor"/> builds
/// the indexes (with SQLite's sorter on every core) and the name words, checks the plates, syncs the file
/// and renames it over the register, which must still be empty; until then the register is untouched,
/// and disposing deletes the new file.
/// </summary>
internal sealed class SqliteForstelastingFil : IDisposable
{
    /// <summary>Indexes kept while loading: the party lookups and the trial-plate checks need them.</summary>
    private static readonly string[] Beholdes = ["part_fnr", "part_orgnr", "provekjennemerke_sok"];

    private readonly SqliteRegisterDatabase register;
    private readonly string sti;
    private readonly List<string> indekser = [];
    private bool flyttet;

    public SqliteForstelastingFil(SqliteRegisterDatabase register)
    {
        this.register = register;
        var mappe = Path.GetDirectoryName(register.Sti)!;
        sti = Path.Combine(mappe, $".{Path.GetFileName(register.Sti)}.forstelasting-{Guid.NewGuid():N}");
        try
        {
            SqliteRegisterDatabase.Apne(sti);
            Tilkobling = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sti, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
            Tilkobling.Open();
            Kjor("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA temp_store = FILE; PRAGMA cache_size = -131072;");

            // The indexes built at the end sort every row: let SQLite's sorter use the other cores.
            Kjor(FormattableString.Invariant($"PRAGMA threads = {Math.Clamp(Environment.ProcessorCount - 1, 0, 7)};"));
            using (var les = Tilkobling.CreateCommand())
            {
                les.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
                using var rader = les.ExecuteReader();
                var slettes = new List<string>();
                while (rader.Read())
                {
                    if (Array.IndexOf(Beholdes, rader.GetString(0)) < 0)
                    {
                        slettes.Add(rader.GetString(0));
                        indekser.Add(rader.GetString(1));
                    }
                }

                rader.Close();
                foreach (var navn in slettes)
                {
                    Kjor($"DROP INDEX \"{navn}\"");
                }
            }

            Kjor("BEGIN");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The connection the rows are written through, in one transaction.</summary>
    public SqliteConnection Tilkobling { get; } = null!;

    /// <summary>Completes the new file, with every vehicle's stored answer for <paramref name="t"/>, and renames it over the register.</summary>
    /// <exception cref="ForstelastingAvbruttException">Two vehicles share a plate in overlapping periods, or the register got data meanwhile.</exception>
    public void Fullfor(long t, CancellationToken cancellationToken)
    {
        foreach (var indeks in indekser)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Kjor(indeks);
        }

        if (Skalar(SqliteForstelastingSql.Kjennemerkekonflikt) != 0)
        {
            throw new ForstelastingAvbruttException("to kjøretøy har samme kjennemerke i overlappende perioder");
        }

        Kjor("COMMIT");
        cancellationToken.ThrowIfCancellationRequested();
        SqliteForstelastingNavneledd.Bygg(Tilkobling);
        SqliteNavneord.Fyll(Tilkobling, egenTransaksjon: true);

        // Every vehicle's answer for now, in the new file, so the first lookup after the rename hands them out.
        SqliteNaaSvar.FyllOmTom(Tilkobling, t);

        Tilkobling.Close();

        // The file as any register file is: in WAL mode, its schema current.
        SqliteRegisterDatabase.Apne(sti);
        using (var filen = new FileStream(sti, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
        {
            filen.Flush(flushToDisk: true);
        }

        FlyttPaPlass();
    }

    public void Dispose()
    {
        Tilkobling?.Dispose();
        if (!flyttet)
        {
            foreach (var fil in new[] { sti, sti + "-journal", sti + "-wal", sti + "-shm" })
            {
                File.Delete(fil);
            }
        }
    }

    /// <summary>
    /// Renames the new file over the register while holding the register's write lock, and only when
    /// the register is still empty. The old file's write-ahead log is emptied first (checkpointed and
    /// truncated), so that nothing of the old file is ever applied to the new one; lookups still open on
    /// the old file see the new one at their next lookup (<see cref="SqliteRegisterLager"/>).
    /// </summary>
    private void FlyttPaPlass()
    {
        using var gammel = register.ApneSkrivbar();
        using (var sjekkpunkt = gammel.CreateCommand())
        {
            sjekkpunkt.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            using var svar = sjekkpunkt.ExecuteReader();
            if (!svar.Read() || svar.GetInt64(0) != 0 || svar.GetInt64(1) > 0)
            {
                throw new ForstelastingAvbruttException("registerets skrivelogg kunne ikke tømmes");
            }
        }

        using var laas = gammel.BeginTransaction(deferred: false);
        using (var tom = gammel.CreateCommand())
        {
            tom.Transaction = laas;
            tom.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM kjoretoy) AND NOT EXISTS (SELECT 1 FROM provekjennemerke)";
            if (Convert.ToInt64(tom.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 1)
            {
                throw new ForstelastingAvbruttException("registeret fikk data under importen");
            }
        }

        File.Move(sti, register.Sti, overwrite: true);
        flyttet = true;
    }

    private long Skalar(string sql)
    {
        using var kommando = Tilkobling.CreateCommand();
        kommando.CommandText = sql;
        return Convert.ToInt64(kommando.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Kjor(string sql)
    {
        using var kommando = Tilkobling.CreateCommand();
        kommando.CommandText = sql;
        kommando.ExecuteNonQuery();
    }
}
