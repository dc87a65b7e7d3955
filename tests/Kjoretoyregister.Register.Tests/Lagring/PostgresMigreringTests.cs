using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Tests.Testdata;
using Kjoretoyregister.Testing;

namespace Kjoretoyregister.Register.Tests.Lagring;

public sealed class PostgresMigreringTests
{
    private static readonly Migrasjonssett Forste = Migrasjonssett.Med("test", Lagringsmotor.Postgres, ["CREATE TABLE a (x integer)"]);

    private static readonly Migrasjonssett Andre = Migrasjonssett.Med(
        "test", Lagringsmotor.Postgres, ["CREATE TABLE a (x integer)", "ALTER TABLE a ADD COLUMN y text; INSERT INTO a VALUES (1, 'en')"]);

    [Fact]
    public async Task AFreshDatabaseGetsEveryStepAndRecordsTheVersion()
    {
        await using var db = await PostgresTestdatabase.OpprettAsync();

        var utfort = await Migrering.KjorPostgresAsync(db.DataSource, [Andre]);

        Assert.Equal(["test 0001", "test 0002"], utfort);
        Assert.Equal(2L, (await Migrering.LesVersjonerAsync(db.DataSource))["test"]);
        Assert.Equal("en", await db.SkalarAsync("SELECT y FROM a WHERE x = 1"));
    }

    [Fact]
    public async Task AnOlderDatabaseGetsOnlyTheMissingStepsAndKeepsItsRows()
    {
        await using var db = await PostgresTestdatabase.OpprettAsync();
        await Migrering.KjorPostgresAsync(db.DataSource, [Forste]);
        await db.SkalarAsync("INSERT INTO a VALUES (7)");

        var utfort = await Migrering.KjorPostgresAsync(db.DataSource, [Andre]);

        Assert.Equal(["test 0002"], utfort);
        Assert.Equal(2L, await db.SkalarAsync("SELECT count(*) FROM a"));
        Assert.Empty(await Migrering.KjorPostgresAsync(db.DataSource, [Andre]));
    }

    [Fact]
    public async Task ADatabaseFromANewerProgramIsRefusedUntouched()
    {
        await using var db = await PostgresTestdatabase.OpprettAsync();
        await Migrering.KjorPostgresAsync(db.DataSource, [Andre]);
        var annet = Migrasjonssett.Med("annet", Lagringsmotor.Postgres, ["CREATE TABLE b (x integer)"]);

        var feil = await Assert.ThrowsAsync<InvalidOperationException>(() => Migrering.KjorPostgresAsync(db.DataSource, [annet, Forste]));

        Assert.Contains("skjemaversjon 2 for «test»", feil.Message, StringComparison.Ordinal);
        Assert.Contains("Oppgrader programmet", feil.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await db.SkalarAsync("SELECT count(*) FROM pg_tables WHERE tablename = 'b'"));
    }

    [Fact]
    public async Task InstancesStartingTogetherApplyEachStepOnce()
    {
        await using var db = await PostgresTestdatabase.OpprettAsync();

        var runder = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Migrering.KjorPostgresAsync(db.DataSource, [Andre]))));

        Assert.Equal(2, runder.Sum(r => r.Count));
        Assert.Equal(1L, await db.SkalarAsync("SELECT count(*) FROM a"));
    }

    [Theory]
    [MemberData(nameof(Registertest.Motorer), MemberType = typeof(Registertest))]
    public void EveryRegisterSetIsNumberedWithoutGaps(Lagringsmotor motor)
    {
        var sett = Migrasjonssett.Register(motor);

        Assert.Equal(motor, sett.Motor);
        Assert.NotEmpty(sett.Steg);
        Assert.Equal(Migrasjonssett.Register(Lagringsmotor.Sqlite).Versjon, Migrasjonssett.Register(Lagringsmotor.Postgres).Versjon);
    }

    [Fact]
    public async Task ThePostgresRegisterSetAppliesToAFreshDatabaseAndTheRegisterAnswers()
    {
        await using var db = await PostgresTestdatabase.OpprettAsync();

        var utfort = await Migrering.KjorPostgresAsync(db.DataSource, [Migrasjonssett.Register(Lagringsmotor.Postgres)]);
        await using var register = RegisterDatabase.ApnePostgres(db.DataSource);

        Assert.Equal(Enumerable.Range(1, Migrasjonssett.Register(Lagringsmotor.Postgres).Versjon).Select(i => $"register {i:0000}"), utfort);
        Assert.True(await register.SvarerAsync());
        Assert.True(await register.ErTomAsync());
        Assert.Empty(await Migrering.KjorPostgresAsync(db.DataSource, [Migrasjonssett.Register(Lagringsmotor.Postgres)]));
    }

    [Fact]
    public async Task ARegisterWhoseSchemaIsNotAppliedDoesNotAnswer()
    {
        await using var db = await PostgresTestdatabase.OpprettAsync();
        await using var register = RegisterDatabase.ApnePostgres(db.DataSource);

        var svarer = await register.SvarerAsync();

        Assert.False(svarer);
    }
}
