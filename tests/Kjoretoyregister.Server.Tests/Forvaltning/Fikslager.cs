using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Testing;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>
/// Forvaltning's data on one engine, for the store tests that run on both: a fresh <c>fiks.db</c>, or a
/// fresh PostgreSQL database with the set <c>fiks</c>. Every store made here is a separate instance (its
/// own connections; on PostgreSQL its own data source), as a second server would be, and all share one
/// fake clock.
/// </summary>
public abstract class Fikslager : IAsyncDisposable
{
    public FakeTimeProvider Klokke { get; } = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

    public static async Task<Fikslager> LagAsync(Lagringsmotor motor) =>
        motor == Lagringsmotor.Postgres ? await PostgresFikslager.OpprettAsync() : new SqliteFikslager();

    public abstract IForvaltningStore Store();

    public abstract IBrukerStore Brukere();

    public abstract IEndringslogg Endringslogg();

    /// <summary>The first column of every row of <paramref name="sql"/>, read past the stores (cast it to text in the SQL).</summary>
    public abstract Task<List<string>> TeksterAsync(string sql);

    public abstract ValueTask DisposeAsync();

    private sealed class SqliteFikslager : Fikslager
    {
        private readonly Fiksfil fil = new();
        private readonly List<SqliteForvaltningStore> storer = [];

        public override IForvaltningStore Store()
        {
            var store = new SqliteForvaltningStore(new FiksDatabase(fil.Sti), Klokke);
            storer.Add(store);
            return store;
        }

        public override IBrukerStore Brukere() => new SqliteBrukerStore(new FiksDatabase(fil.Sti), Klokke);

        public override IEndringslogg Endringslogg() => new SqliteEndringslogg(new FiksDatabase(fil.Sti));

        public override Task<List<string>> TeksterAsync(string sql) => Task.FromResult(Sqlite.Tekster(fil.Sti, sql));

        public override ValueTask DisposeAsync()
        {
            foreach (var store in storer)
            {
                store.Dispose();
            }

            fil.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresFikslager(PostgresTestdatabase database) : Fikslager
    {
        // The wrong-password counts belong to the set "tilgang" (another part of the service, migrated
        // beside "fiks"); the account store reads and clears them by key, so the table is made here in
        // the shape that set gives it.
        private const string FeilforsokSql = """
            CREATE TABLE IF NOT EXISTS feilforsok (nokkel text PRIMARY KEY, antall int NOT NULL, sperret_til bigint NULL, sist bigint NOT NULL)
            """;

        private readonly List<NpgsqlDataSource> kilder = [];

        public static async Task<PostgresFikslager> OpprettAsync()
        {
            var database = await PostgresTestdatabase.OpprettAsync();
            await Migrering.KjorPostgresAsync(database.DataSource, [Migrasjonssett.Les(typeof(FiksDatabase).Assembly, Lagringsmotor.Postgres, "fiks")]);
            await database.SkalarAsync(FeilforsokSql);
            return new PostgresFikslager(database);
        }

        public override IForvaltningStore Store() => new PostgresForvaltningStore(Kilde(), Klokke);

        public override IBrukerStore Brukere() => new PostgresBrukerStore(Kilde(), Klokke);

        public override IEndringslogg Endringslogg() => new PostgresEndringslogg(Kilde());

        public override async Task<List<string>> TeksterAsync(string sql)
        {
            await using var kommando = database.DataSource.CreateCommand(sql);
            await using var leser = await kommando.ExecuteReaderAsync();
            var tekster = new List<string>();
            while (await leser.ReadAsync())
            {
                tekster.Add(leser.GetString(0));
            }

            return tekster;
        }

        public override async ValueTask DisposeAsync()
        {
            foreach (var kilde in kilder)
            {
                await kilde.DisposeAsync();
            }

            await database.DisposeAsync();
        }

        /// <summary>A data source of its own: another server instance's connections.</summary>
        private NpgsqlDataSource Kilde()
        {
            var kilde = NpgsqlDataSource.Create(database.Tilkoblingsstreng);
            kilder.Add(kilde);
            return kilde;
        }
    }
}
