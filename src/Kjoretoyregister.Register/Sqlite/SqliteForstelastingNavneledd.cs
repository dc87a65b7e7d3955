using Kjoretoyregister.Register.Import;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// The name words of an initial load, made once from the parties' final names: written unsorted into
/// a scratch file attached beside the new register, then into <c>navneledd</c> in its key order (SQLite
/// sorts on disk, so memory stays bounded), and the scratch file deleted.
/// </summary>
internal static class SqliteForstelastingNavneledd
{
    public static void Bygg(SqliteConnection tilkobling)
    {
        var kladd = tilkobling.DataSource + "-navneledd";
        Kjor(tilkobling, $"ATTACH DATABASE '{kladd.Replace("'", "''", StringComparison.Ordinal)}' AS kladd");
        try
        {
            Kjor(tilkobling, "PRAGMA kladd.journal_mode = OFF; PRAGMA kladd.synchronous = OFF; BEGIN; CREATE TABLE kladd.ledd (ledd TEXT NOT NULL, part_id INTEGER NOT NULL)");
            using (var settInn = new Setning(tilkobling, "INSERT INTO kladd.ledd (ledd, part_id) VALUES (?1, ?2)"))
            using (var parter = new Setning(tilkobling, SqliteForstelastingSql.Partnavn))
            {
                parter.Hver(rad =>
                {
                    var id = rad.TallI(0);
                    foreach (var ledd in Navneledd.Fra(rad.TekstI(1), rad.TekstI(2), rad.TekstI(3), rad.TekstI(4)))
                    {
                        settInn.Med(ledd, id).Kjor();
                    }
                });
            }

            Kjor(tilkobling, "INSERT INTO navneledd (ledd, part_id) SELECT ledd, part_id FROM kladd.ledd ORDER BY ledd, part_id; COMMIT");
        }
        finally
        {
            if (SQLitePCL.raw.sqlite3_get_autocommit(tilkobling.Handle) == 0)
            {
                Kjor(tilkobling, "ROLLBACK");
            }

            Kjor(tilkobling, "DETACH DATABASE kladd");
            File.Delete(kladd);
        }
    }

    private static void Kjor(SqliteConnection tilkobling, string sql)
    {
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = sql;
        kommando.ExecuteNonQuery();
    }
}
