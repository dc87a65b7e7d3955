using Kjoretoyregister.Server.Drift;
using Kjoretoyregister.Server.Logg;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Server.Tests.Logg;

/// <summary>An audit log written by the previous version is migrated in place: every row and id kept, and outcome 'feil' accepted.</summary>
public sealed class OppslagsloggMigreringTests : IDisposable
{
    private readonly string mappe = Directory.CreateTempSubdirectory("kjoretoyregister-migrering-").FullName;

    [Fact]
    public void VersionOneLogKeepsItsRowsAndIdsAndTakesOutcomeFeil()
    {
        var fil = Path.Combine(mappe, OppslagsloggDatabase.Filnavn);
        var forrige = new SqliteFil(fil, [OppslagsloggDatabase.Steg[0]], holdbar: true);
        using (var tilkobling = forrige.Apne())
        {
            Kjor(tilkobling, """
                INSERT INTO logg VALUES (7, 1700000000000, 'o', 'i', '910000004', 'k', 'kjennemerke', 'AB 12345', 'AB12345', NULL, 'treff', '1', '27816316583', 'e', NULL);
                INSERT INTO logg_part VALUES ('27816316583', 7);
                """);
            Assert.Throws<SqliteException>(() => Kjor(tilkobling, "INSERT INTO logg VALUES (8, 1, 'o', 'i', 'k', 'k', 'kuid', 'x', 'x', NULL, 'feil', '', '', 'e', NULL)"));
        }

        SqliteConnection.ClearAllPools();

        var naa = new OppslagsloggDatabase(fil);

        using var ny = naa.Fil.Apne();
        Assert.Equal((long)OppslagsloggDatabase.Steg.Count, Skalar(ny, "PRAGMA user_version"));
        Assert.Equal("AB 12345|treff|27816316583", Skalar(ny, "SELECT nokkel || '|' || utfall || '|' || parter FROM logg WHERE id = 7"));
        Kjor(ny, "INSERT INTO logg (id, tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel, sokenokkel, dtg, utfall, kuider, parter, error_id, formal) VALUES (8, 1, 'o', 'i', 'k', 'k', 'kuid', 'x', 'x', NULL, 'feil', '', '', 'e', NULL)");
        Assert.Equal(2L, Skalar(ny, "SELECT count(*) FROM logg"));
        Assert.Equal(5L, Skalar(ny, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'logg' AND name LIKE 'logg_%'"));
        Assert.True(naa.Svarer());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(mappe, recursive: true);
    }

    private static void Kjor(SqliteConnection tilkobling, string sql)
    {
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = sql;
        kommando.ExecuteNonQuery();
    }

    private static object? Skalar(SqliteConnection tilkobling, string sql)
    {
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = sql;
        return kommando.ExecuteScalar();
    }
}
