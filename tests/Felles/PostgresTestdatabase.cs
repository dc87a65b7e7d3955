using Npgsql;

namespace Kjoretoyregister.Testing;

/// <summary>
/// A fresh, empty PostgreSQL database on the test cluster that <c>./test.sh</c> starts
/// (<c>tests/postgres.sh</c>), dropped again on dispose. The cluster's connection string comes from
/// <see cref="Miljovariabel"/>. Without it the test fails with a message that says how to get one:
/// tests needing PostgreSQL never skip silently.
/// </summary>
public sealed class PostgresTestdatabase : IAsyncDisposable
{
    /// <summary>The environment variable with the test cluster's connection string (to its <c>postgres</c> database).</summary>
    public const string Miljovariabel = "KJORETOYREGISTER_TEST_POSTGRES";

    private PostgresTestdatabase(string navn, string tilkoblingsstreng)
    {
        Navn = navn;
        Tilkoblingsstreng = tilkoblingsstreng;
        DataSource = NpgsqlDataSource.Create(tilkoblingsstreng);
    }

    /// <summary>The database's name (<c>test_&lt;32 hex&gt;</c>).</summary>
    public string Navn { get; }

    /// <summary>The connection string to this database.</summary>
    public string Tilkoblingsstreng { get; }

    /// <summary>A data source on this database, for the test's own checks.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>The cluster's connection string.</summary>
    /// <exception cref="InvalidOperationException">The variable is not set.</exception>
    public static string Klynge =>
        Environment.GetEnvironmentVariable(Miljovariabel) is { Length: > 0 } verdi
            ? verdi
            : throw new InvalidOperationException(
                $"This test needs PostgreSQL: run ./test.sh (it starts a throwaway cluster), or start one with `tests/postgres.sh start DIR` and set {Miljovariabel} to the connection string it prints.");

    /// <summary>Creates an empty database on the test cluster.</summary>
    public static async Task<PostgresTestdatabase> OpprettAsync()
    {
        var klynge = Klynge;
        var navn = "test_" + Guid.NewGuid().ToString("N");
        await using (var admin = NpgsqlDataSource.Create(klynge))
        await using (var kommando = admin.CreateCommand($"CREATE DATABASE {navn}"))
        {
            await kommando.ExecuteNonQueryAsync();
        }

        var tilkoblingsstreng = new NpgsqlConnectionStringBuilder(klynge) { Database = navn }.ConnectionString;
        return new PostgresTestdatabase(navn, tilkoblingsstreng);
    }

    /// <summary>Runs SQL on this database and returns the first column of the first row.</summary>
    public async Task<object?> SkalarAsync(string sql)
    {
        await using var kommando = DataSource.CreateCommand(sql);
        return await kommando.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = NpgsqlDataSource.Create(Klynge);
        await using var kommando = admin.CreateCommand($"DROP DATABASE IF EXISTS {Navn} WITH (FORCE)");
        await kommando.ExecuteNonQueryAsync();
    }
}
