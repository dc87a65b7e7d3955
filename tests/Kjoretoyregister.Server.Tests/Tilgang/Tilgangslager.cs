using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Lagring;
using Kjoretoyregister.Server.Maskinporten;
using Kjoretoyregister.Server.Tests.Forvaltning;
using Kjoretoyregister.Server.Tilgang;
using Kjoretoyregister.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Kjoretoyregister.Server.Tests.Tilgang;

/// <summary>
/// A fresh database of the access state every server instance shares, on one engine: a <c>fiks.db</c> in
/// a temp directory, or a PostgreSQL database with the <c>tilgang</c> set migrated. Each method gives a
/// new store with its own connections (its own <see cref="FiksDatabase"/> or <see cref="NpgsqlDataSource"/>),
/// as another server instance on the same database would have. All share one fake clock.
/// </summary>
public abstract class Tilgangslager : IAsyncDisposable
{
    public FakeTimeProvider Klokke { get; } = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

    public static async Task<Tilgangslager> OpprettAsync(Lagringsmotor motor) =>
        motor == Lagringsmotor.Postgres ? await PostgresLager.OpprettAsync() : new SqliteLager();

    public abstract IFeilforsokStore Feilforsok();

    public abstract IMaskinportenKlientStore Klienter();

    public abstract ISigneringsnokkelStore Signeringsnokler();

    public abstract IJtiStore Jti();

    /// <summary>The number of rows in <c>maskinporten_jti</c>, read past the store.</summary>
    public abstract Task<long> AntallJtiAsync();

    public abstract ValueTask DisposeAsync();

    private sealed class SqliteLager : Tilgangslager
    {
        private readonly string mappe = Directory.CreateTempSubdirectory("kjoretoyregister-tilgang-").FullName;
        private readonly List<SqliteFeilforsokStore> feilforsok = [];

        private string Sti => Path.Combine(mappe, FiksDatabase.Filnavn);

        public override IFeilforsokStore Feilforsok()
        {
            var store = new SqliteFeilforsokStore(new FiksDatabase(Sti), Klokke);
            feilforsok.Add(store);
            return store;
        }

        public override IMaskinportenKlientStore Klienter() => new SqliteMaskinportenKlientStore(new FiksDatabase(Sti), Klokke);

        public override ISigneringsnokkelStore Signeringsnokler() => new SqliteSigneringsnokkelStore(new FiksDatabase(Sti), Klokke);

        public override IJtiStore Jti() => new SqliteJtiStore(new FiksDatabase(Sti));

        public override Task<long> AntallJtiAsync() =>
            Task.FromResult(long.Parse(Sqlite.Tekster(Sti, "SELECT CAST(count(*) AS TEXT) FROM maskinporten_jti")[0], System.Globalization.CultureInfo.InvariantCulture));

        public override ValueTask DisposeAsync()
        {
            foreach (var store in feilforsok)
            {
                store.Dispose();
            }

            SqliteConnection.ClearAllPools();
            Directory.Delete(mappe, recursive: true);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresLager(PostgresTestdatabase database) : Tilgangslager
    {
        private readonly List<NpgsqlDataSource> kilder = [];

        public static async Task<PostgresLager> OpprettAsync()
        {
            var database = await PostgresTestdatabase.OpprettAsync();
            await Migrering.KjorPostgresAsync(database.DataSource, [Migrasjonssett.Les(typeof(Skjemaoppstart).Assembly, Lagringsmotor.Postgres, "tilgang")]);
            return new PostgresLager(database);
        }

        public override IFeilforsokStore Feilforsok() => new PostgresFeilforsokStore(NyKilde(), Klokke);

        public override IMaskinportenKlientStore Klienter() => new PostgresMaskinportenKlientStore(NyKilde(), Klokke);

        public override ISigneringsnokkelStore Signeringsnokler() => new PostgresSigneringsnokkelStore(NyKilde(), Klokke);

        public override IJtiStore Jti() => new PostgresJtiStore(NyKilde());

        public override async Task<long> AntallJtiAsync() => (long)(await database.SkalarAsync("SELECT count(*) FROM maskinporten_jti"))!;

        public override async ValueTask DisposeAsync()
        {
            foreach (var kilde in kilder)
            {
                await kilde.DisposeAsync();
            }

            await database.DisposeAsync();
        }

        private NpgsqlDataSource NyKilde()
        {
            var kilde = NpgsqlDataSource.Create(database.Tilkoblingsstreng);
            lock (kilder)
            {
                kilder.Add(kilde);
            }

            return kilde;
        }
    }
}
