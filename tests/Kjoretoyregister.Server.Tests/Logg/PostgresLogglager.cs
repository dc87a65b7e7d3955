using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kjoretoyregister.Server.Tests.Logg;

/// <summary>The audit log's tables in a fresh database on the test cluster, migrated with the <c>oppslagslogg</c> set.</summary>
public sealed class PostgresLogglager : Logglager
{
    private PostgresLogglager(PostgresTestdatabase database)
    {
        Database = database;
        Leser = new PostgresOppslagsloggLeser(database.DataSource);
    }

    /// <summary>The set as the server migrates it.</summary>
    public static Migrasjonssett Sett { get; } = Migrasjonssett.Les(typeof(Loggskriver).Assembly, Lagringsmotor.Postgres, "oppslagslogg");

    public PostgresTestdatabase Database { get; }

    public override IOppslagsloggLeser Leser { get; }

    public PostgresOppslagsloggLeser PostgresLeser => (PostgresOppslagsloggLeser)Leser;

    public override string Skjema => Sett.Steg[0];

    public static async Task<PostgresLogglager> OpprettAsync()
    {
        var database = await PostgresTestdatabase.OpprettAsync();
        await Migrering.KjorPostgresAsync(database.DataSource, [Sett]);
        return new PostgresLogglager(database);
    }

    /// <summary>A writer on its own data source (as another server instance would have).</summary>
    public static Loggskriver SkriverPa(NpgsqlDataSource kilde, TimeSpan skrivefrist, int maksRader = Loggskriver.StandardMaksRader) =>
        new(new PostgresLoggmotor(kilde, skrivefrist), NullLogger<Loggskriver>.Instance, maksRader, skrivefrist, TimeProvider.System);

    public override async Task KjorAsync(string sql)
    {
        await using var kommando = Database.DataSource.CreateCommand(sql);
        await kommando.ExecuteNonQueryAsync();
    }

    public override async Task<long> TallAsync(string sql)
    {
        await using var kommando = Database.DataSource.CreateCommand(sql);
        return Convert.ToInt64(await kommando.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public override ILoggkjedelager Kjede() => new PostgresLoggkjedelager(Database.DataSource);

    public override async Task<bool> SvarerAsync() =>
        (await new PostgresOppslagsloggSjekk(Database.DataSource).CheckHealthAsync(new HealthCheckContext())).Status == HealthStatus.Healthy;

    public override async Task<IAsyncDisposable> HoldSkrivelasAsync()
    {
        var tilkobling = await Database.DataSource.OpenConnectionAsync();
        await using var kommando = new NpgsqlCommand("BEGIN; LOCK TABLE forbruk IN ACCESS EXCLUSIVE MODE", tilkobling);
        await kommando.ExecuteNonQueryAsync();
        return tilkobling;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }

    protected override Loggskriver LagSkriver(int maksRader, TimeSpan skrivefrist) => SkriverPa(Database.DataSource, skrivefrist, maksRader);
}
