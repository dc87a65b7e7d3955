using Kjoretoyregister.Server.Logg;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kjoretoyregister.Server.Tests.Logg;

/// <summary>The audit log file in its own temporary directory.</summary>
public sealed class SqliteLogglager : Logglager
{
    private readonly string mappe = Directory.CreateTempSubdirectory("oppslagslogg-").FullName;

    public SqliteLogglager()
    {
        Database = new OppslagsloggDatabase(Path.Combine(mappe, OppslagsloggDatabase.Filnavn));
        Leser = new SqliteOppslagsloggLeser(Database);
    }

    public OppslagsloggDatabase Database { get; }

    public override IOppslagsloggLeser Leser { get; }

    public override string Skjema => OppslagsloggDatabase.Steg[0];

    public override Task KjorAsync(string sql)
    {
        using var tilkobling = Database.Fil.Apne();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = sql;
        kommando.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public override Task<long> TallAsync(string sql)
    {
        using var tilkobling = Database.Fil.Apne();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = sql;
        return Task.FromResult(Convert.ToInt64(kommando.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    public override ILoggkjedelager Kjede() => new SqliteLoggkjedelager(new OppslagsloggDatabase(Database.Fil.Sti));

    public override Task<bool> SvarerAsync() => Task.FromResult(Database.Svarer());

    public override Task<IAsyncDisposable> HoldSkrivelasAsync()
    {
        var tilkobling = Database.Fil.Apne();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = "BEGIN IMMEDIATE";
        kommando.ExecuteNonQuery();
        return Task.FromResult<IAsyncDisposable>(tilkobling);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(mappe, recursive: true);
    }

    protected override Loggskriver LagSkriver(int maksRader, TimeSpan skrivefrist) =>
        new(new SqliteLoggmotor(Database, skrivefrist, NullLogger.Instance), NullLogger<Loggskriver>.Instance, maksRader, skrivefrist, TimeProvider.System);
}
