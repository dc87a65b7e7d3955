using Kjoretoyregister.Register.Lagring;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// One register file: creates it (and its directory) when missing, brings its schema up to date
/// (<c>Lagring/Migrasjoner/sqlite/register/*.sql</c>), and hands out connections. The file is in WAL mode, so lookups
/// go on while an import writes, and see the import's data the moment it commits.
/// </summary>
internal sealed class SqliteRegisterDatabase
{
    private readonly string lesetilkobling;
    private readonly string skrivetilkobling;

    private SqliteRegisterDatabase(string sti)
    {
        Sti = sti;
        skrivetilkobling = new SqliteConnectionStringBuilder { DataSource = sti, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        lesetilkobling = new SqliteConnectionStringBuilder { DataSource = sti, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
    }

    public string Sti { get; }

    /// <summary>
    /// Lookups read the file through memory mapping (no read() call and copy per page; SQLite caps the
    /// mapping at its compiled maximum) with a larger page cache, so a lookup on a large register
    /// costs about what it costs on a small one.
    /// </summary>
    private const string LesePragmaer = "PRAGMA mmap_size = 68719476736; PRAGMA cache_size = -32768;";

    /// <summary>Opens the register at <paramref name="sti"/>, creating and migrating it as needed.</summary>
    public static SqliteRegisterDatabase Apne(string sti) => Apne(sti, Migrasjonssett.Register(Lagringsmotor.Sqlite).Steg);

    /// <summary>As <see cref="Apne(string)"/> with a given list of migration steps (for tests of the upgrade path).</summary>
    internal static SqliteRegisterDatabase Apne(string sti, IReadOnlyList<string> steg)
    {
        var fullSti = Path.GetFullPath(sti);
        var mappe = Path.GetDirectoryName(fullSti);
        if (!string.IsNullOrEmpty(mappe))
        {
            Directory.CreateDirectory(mappe);
        }

        var database = new SqliteRegisterDatabase(fullSti);
        using var tilkobling = database.ApneSkrivbar();
        Migrering.KjorSqlite(tilkobling, Migrasjonssett.Med("register", Lagringsmotor.Sqlite, steg), "Registerfilen");
        return database;
    }

    /// <summary>The schema version of the file (the number of migration steps applied).</summary>
    public long Versjon()
    {
        using var tilkobling = ApneLesbar();
        return LesVersjon(tilkobling);
    }

    /// <summary>True when the file holds no vehicle and no trial plate.</summary>
    public bool ErTom()
    {
        using var tilkobling = ApneLesbar();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM kjoretoy) AND NOT EXISTS (SELECT 1 FROM provekjennemerke)";
        return Convert.ToInt64(kommando.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    public SqliteConnection ApneSkrivbar()
    {
        var tilkobling = new SqliteConnection(skrivetilkobling);
        tilkobling.Open();
        Kjor(tilkobling, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY;");
        return tilkobling;
    }

    public SqliteConnection ApneLesbar()
    {
        var tilkobling = new SqliteConnection(lesetilkobling);
        tilkobling.Open();
        Kjor(tilkobling, LesePragmaer);
        return tilkobling;
    }

    private static long LesVersjon(SqliteConnection tilkobling)
    {
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = "PRAGMA user_version;";
        return (long)kommando.ExecuteScalar()!;
    }

    private static void Kjor(SqliteConnection tilkobling, string sql, SqliteTransaction? transaksjon = null)
    {
        using var kommando = tilkobling.CreateCommand();
        kommando.Transaction = transaksjon;
        kommando.CommandText = sql;
        kommando.ExecuteNonQuery();
    }
}
