using Kjoretoyregister.Server.Logg;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kjoretoyregister.Server.Tests.Logg;

/// <summary>A real audit log file in its own temporary directory, with a writer and a reader; deleted afterwards.</summary>
internal sealed class Loggmappe : IAsyncDisposable
{
    private readonly string mappe = Directory.CreateTempSubdirectory("oppslagslogg-").FullName;

    public Loggmappe(int maksRader = Loggskriver.StandardMaksRader)
    {
        Database = new OppslagsloggDatabase(Path.Combine(mappe, OppslagsloggDatabase.Filnavn));
        Skriver = new Loggskriver(Database, NullLogger<Loggskriver>.Instance, maksRader, new OppslagsloggOptions().Skrivefrist, TimeProvider.System);
        Leser = new SqliteOppslagsloggLeser(Database);
    }

    public OppslagsloggDatabase Database { get; }

    public Loggskriver Skriver { get; }

    public SqliteOppslagsloggLeser Leser { get; }

    /// <summary>Runs SQL on the file behind the writer's back (to break or repair it).</summary>
    public void Kjor(string sql)
    {
        using var tilkobling = Database.Fil.Apne();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = sql;
        kommando.ExecuteNonQuery();
    }

    public async Task<List<LoggRad>> AlleAsync(LoggFilter? filter = null) =>
        await Leser.SokAsync(filter ?? new LoggFilter()).Select(r => r.Rad).ToListAsync();

    public async ValueTask DisposeAsync()
    {
        await Skriver.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(mappe, recursive: true);
    }
}
