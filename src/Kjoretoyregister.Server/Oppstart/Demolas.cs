using Kjoretoyregister.Register.Lagring;
using Npgsql;

namespace Kjoretoyregister.Server.Oppstart;

/// <summary>
/// Makes instances that start together on one store take turns at the demo set-up, so that the second
/// finds (and reuses) what the first made instead of making a second demo kommune, integration and
/// client key: on PostgreSQL a session advisory lock, on SQLite an exclusive lock file in the data
/// directory. Held until disposed.
/// </summary>
internal sealed class Demolas : IAsyncDisposable
{
    /// <summary>The advisory lock key of the demo set-up (beside the migrations' and the imports').</summary>
    private const long Laasnokkel = Migrering.Laasnokkel + 2;

    private readonly NpgsqlConnection? tilkobling;
    private readonly FileStream? fil;

    private Demolas(NpgsqlConnection? tilkobling, FileStream? fil)
    {
        this.tilkobling = tilkobling;
        this.fil = fil;
    }

    public static async Task<Demolas> TaAsync(NpgsqlDataSource? postgres, string dataKatalog, TimeProvider tid, CancellationToken cancellationToken)
    {
        if (postgres is not null)
        {
            var tilkobling = await postgres.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await using var kommando = new NpgsqlCommand($"SELECT pg_advisory_lock({Laasnokkel})", tilkobling) { CommandTimeout = 0 };
                await kommando.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return new Demolas(tilkobling, null);
            }
            catch
            {
                await tilkobling.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        var sti = Path.Combine(dataKatalog, "demo.lock");
        while (true)
        {
            try
            {
                return new Demolas(null, new FileStream(sti, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                // Another instance holds it: it lets go when its set-up is done (or its process ends).
                await Task.Delay(TimeSpan.FromMilliseconds(100), tid, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (fil is not null)
        {
            await fil.DisposeAsync().ConfigureAwait(false);
        }

        if (tilkobling is not null)
        {
            // Closing the session releases the lock; unlocking first returns a clean connection to the pool.
            if (tilkobling.FullState == System.Data.ConnectionState.Open)
            {
                await using var kommando = new NpgsqlCommand($"SELECT pg_advisory_unlock({Laasnokkel})", tilkobling);
                await kommando.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }

            await tilkobling.DisposeAsync().ConfigureAwait(false);
        }
    }
}
