using System.Text;
using System.Text.Json.Nodes;
using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Kjoretoyregister.Register.Tests.Testdata;

/// <summary>
/// A register of a test's own, with a clock the test sets: a SQLite file in a temporary directory, or
/// a fresh PostgreSQL database with the register schema applied.
/// </summary>
internal sealed class TestRegister : IAsyncDisposable
{
    private readonly string? mappe;
    private readonly PostgresTestdatabase? postgres;

    private TestRegister(Lagringsmotor motor, FakeTimeProvider klokke, string? mappe, PostgresTestdatabase? postgres, RegisterDatabase database)
    {
        Motor = motor;
        Klokke = klokke;
        this.mappe = mappe;
        this.postgres = postgres;
        Database = database;
    }

    public Lagringsmotor Motor { get; }

    public FakeTimeProvider Klokke { get; }

    /// <summary>The SQLite file (SQLite only).</summary>
    public string Sti => Path.Combine(mappe!, "register.db");

    /// <summary>The PostgreSQL database (PostgreSQL only).</summary>
    public PostgresTestdatabase Postgres => postgres!;

    public RegisterDatabase Database { get; }

    public IKjoretoyregister Oppslag => Database.Oppslag;

    public List<ImportFeil> Feil { get; } = [];

    public static async Task<TestRegister> OpprettAsync(Lagringsmotor motor, DateTimeOffset? na = null)
    {
        var klokke = new FakeTimeProvider(na ?? DateTimeOffset.Parse("2026-06-01T12:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture));
        if (motor == Lagringsmotor.Sqlite)
        {
            var mappe = Path.Combine(Path.GetTempPath(), "kjoretoy-test-" + Guid.NewGuid().ToString("N"));
            return new TestRegister(motor, klokke, mappe, null, RegisterDatabase.ApneSqlite(Path.Combine(mappe, "register.db"), klokke));
        }

        var db = await PostgresTestdatabase.OpprettAsync();
        await Migrering.KjorPostgresAsync(db.DataSource, [Migrasjonssett.Register(Lagringsmotor.Postgres)]);
        return new TestRegister(motor, klokke, null, db, RegisterDatabase.ApnePostgres(db.DataSource, klokke));
    }

    /// <summary>Another opening of the same register (as another process would open it).</summary>
    public RegisterDatabase ApneIgjen() =>
        Motor == Lagringsmotor.Sqlite ? RegisterDatabase.ApneSqlite(Sti, Klokke) : RegisterDatabase.ApnePostgres(Postgres.DataSource, Klokke);

    /// <summary>Imports the lines all or nothing and fails the test if any line is refused.</summary>
    public async Task LastAsync(params JsonObject[] linjer)
    {
        var resultat = await ImporterAsync(linjer);
        Assert.True(resultat.Lagret, "Importen ble avvist: " + string.Join("; ", Feil));
    }

    public Task<ImportResultat> ImporterAsync(params JsonObject[] linjer) => ImporterAsync(string.Join("\n", linjer.Select(l => l.ToJsonString())));

    public async Task<ImportResultat> ImporterAsync(string ndjson, bool hoppOver = false, Stream? avvist = null)
    {
        using var kilde = new MemoryStream(Encoding.UTF8.GetBytes(ndjson));
        return await Database.ImporterAsync(kilde, new ImportValg { HoppOverUgyldige = hoppOver, Avvist = avvist, VedFeil = Feil.Add });
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }

        if (mappe is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(mappe, recursive: true);
        }
    }
}
