using System.Text;
using System.Text.Json.Nodes;
using Kjoretoyregister.Register.Import;
using Microsoft.Extensions.Time.Testing;

namespace Kjoretoyregister.Register.Tests.Testdata;

/// <summary>A register file of a test's own in a temporary directory, with a clock the test sets.</summary>
internal sealed class TestRegister : IDisposable
{
    private readonly string mappe = Path.Combine(Path.GetTempPath(), "kjoretoy-test-" + Guid.NewGuid().ToString("N"));

    public TestRegister(DateTimeOffset? na = null)
    {
        Klokke = new FakeTimeProvider(na ?? DateTimeOffset.Parse("2026-06-01T12:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture));
        Sti = Path.Combine(mappe, "register.db");
        Database = RegisterDatabase.ApneSqlite(Sti, Klokke);
    }

    public FakeTimeProvider Klokke { get; }

    public string Sti { get; }

    public RegisterDatabase Database { get; }

    public IKjoretoyregister Oppslag => Database.Oppslag;

    public List<ImportFeil> Feil { get; } = [];

    /// <summary>Imports the lines all or nothing and fails the test if any line is refused.</summary>
    public void Last(params JsonObject[] linjer)
    {
        var resultat = Importer(linjer);
        Assert.True(resultat.Lagret, "Importen ble avvist: " + string.Join("; ", Feil));
    }

    public ImportResultat Importer(params JsonObject[] linjer) => Importer(string.Join("\n", linjer.Select(l => l.ToJsonString())));

    public ImportResultat Importer(string ndjson, bool hoppOver = false, Stream? avvist = null)
    {
        using var kilde = new MemoryStream(Encoding.UTF8.GetBytes(ndjson));
        return Database.Importer(kilde, new ImportValg { HoppOverUgyldige = hoppOver, Avvist = avvist, VedFeil = Feil.Add });
    }

    public void Dispose()
    {
        Database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(mappe, recursive: true);
    }
}
