using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Sqlite;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Register.Tests.Sqlite;

public sealed class SkjemaTests : IDisposable
{
    private readonly string mappe = Path.Combine(Path.GetTempPath(), "kjoretoy-skjema-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(mappe, recursive: true);
    }

    private string Sti => Path.Combine(mappe, "undermappe", "register.db");

    [Fact]
    public void OpeningAMissingFileCreatesItsDirectoryAndTheCurrentSchema()
    {
        var database = SqliteRegisterDatabase.Apne(Sti);

        Assert.True(File.Exists(Sti));
        Assert.Equal(Migrasjonssett.Register(Lagringsmotor.Sqlite).Steg.Count, database.Versjon());
    }

    [Fact]
    public void OpeningAnOlderFileAppliesTheMissingStepsAndKeepsItsData()
    {
        SqliteRegisterDatabase.Apne(Sti, [Migrasjonssett.Register(Lagringsmotor.Sqlite).Steg[0]]);
        Kjor("INSERT INTO kjoretoy (kuid, understellsnummer) VALUES ('1', 'VIN1')");

        var oppgradert = SqliteRegisterDatabase.Apne(Sti, [Migrasjonssett.Register(Lagringsmotor.Sqlite).Steg[0], "ALTER TABLE kjoretoy ADD COLUMN merknad TEXT;"]);

        Assert.Equal(2, oppgradert.Versjon());
        Assert.Equal("VIN1", Kjor("SELECT understellsnummer FROM kjoretoy WHERE kuid = '1'"));
        Assert.Null(Kjor("SELECT merknad FROM kjoretoy WHERE kuid = '1'"));
    }

    [Fact]
    public void AFileFromANewerProgramIsRefusedWithAClearMessage()
    {
        SqliteRegisterDatabase.Apne(Sti, [.. Migrasjonssett.Register(Lagringsmotor.Sqlite).Steg, "CREATE TABLE framtid (x INTEGER);"]);

        var feil = Assert.Throws<InvalidOperationException>(() => SqliteRegisterDatabase.Apne(Sti));

        Assert.Contains("skjemaversjon", feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFileIsInWalModeSoLookupsGoOnDuringAnImport()
    {
        SqliteRegisterDatabase.Apne(Sti);

        Assert.Equal("wal", Kjor("PRAGMA journal_mode;"));
    }

    [Fact]
    public void EveryLookupStatementIsIndexSeeksAndNeverAFullScan()
    {
        SqliteRegisterDatabase.Apne(Sti);
        using var tilkobling = new SqliteConnection($"Data Source={Sti}");
        tilkobling.Open();
        Kjor("ANALYZE;");

        foreach (var (sql, parametere) in SqliteSporringer.Alle)
        {
            using var forklaring = new Setning(tilkobling, "EXPLAIN QUERY PLAN " + sql);
            var plan = forklaring.Med([.. Enumerable.Repeat<object?>(1L, parametere)]).Rader(r => r.TekstI(3)!);

            Assert.DoesNotContain(plan, steg => steg.StartsWith("SCAN ", StringComparison.Ordinal) && !steg.Contains("USING", StringComparison.Ordinal) && !steg.StartsWith("SCAN (subquery", StringComparison.Ordinal));
            Assert.Contains(plan, steg => steg.Contains("USING", StringComparison.Ordinal));
        }
    }

    private object? Kjor(string sql)
    {
        using var tilkobling = new SqliteConnection($"Data Source={Sti}");
        tilkobling.Open();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = sql;
        return kommando.ExecuteScalar() is var verdi && verdi is DBNull ? null : verdi;
    }
}
