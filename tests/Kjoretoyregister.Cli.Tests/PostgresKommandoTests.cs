using System.Text.Json.Nodes;
using Kjoretoyregister.Testing;

namespace Kjoretoyregister.Cli.Tests;

/// <summary>
/// The CLI on PostgreSQL: <c>migrer</c>, and the commands that use storage with <c>--postgres CONNSTR</c>
/// or with <c>ConnectionStrings__Postgres</c> in the environment. The same commands as on SQLite, through
/// the server's own registration: the data lands in the database, not in a file.
/// </summary>
public sealed class PostgresKommandoTests : IAsyncLifetime, IDisposable
{
    private const string Kommunenummer = "921627009";
    private readonly string mappe = Directory.CreateTempSubdirectory("kjoretoy-pg-cli-").FullName;
    private PostgresTestdatabase db = null!;

    public async Task InitializeAsync() => db = await PostgresTestdatabase.OpprettAsync();

    public async Task DisposeAsync() => await db.DisposeAsync();

    public void Dispose() => Directory.Delete(mappe, recursive: true);

    [Fact]
    public async Task MigrerAppliesEveryStepOnceAndStatusShowsTheVersions()
    {
        var forste = await KjoretoyProsess.KjorAsync(mappe, "migrer", "--postgres", db.Tilkoblingsstreng);
        var andre = await KjoretoyProsess.KjorAsync(mappe, "migrer", "--postgres", db.Tilkoblingsstreng);
        var status = await KjoretoyProsess.KjorAsync(mappe, "migrer", "--status", "--postgres", db.Tilkoblingsstreng);

        Assert.True(forste.Kode == 0, forste.Feil);
        Assert.Contains("brukte register 0001", forste.Ut, StringComparison.Ordinal);
        Assert.Contains("oppslagslogg 0001", forste.Ut, StringComparison.Ordinal);
        Assert.Contains("skjemaet var allerede oppdatert", andre.Ut, StringComparison.Ordinal);
        Assert.Equal(0, status.Kode);
        Assert.DoesNotContain("trenger migrering", status.Ut, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(mappe, "*.db", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task MigrerOnADatabaseThatCannotBeReachedSaysWhichAndExitsWithOne()
    {
        var svar = await KjoretoyProsess.KjorAsync(mappe, "migrer", "--postgres", "Host=127.0.0.1;Port=1;Username=x;Database=borte;Timeout=2");

        Assert.Equal(1, svar.Kode);
        Assert.Contains("127.0.0.1:1/borte", svar.Feil, StringComparison.Ordinal);
        Assert.Contains("--postgres", svar.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConnectionStringThatIsNoneIsRefusedNamingWhereItCameFrom()
    {
        var valg = await KjoretoyProsess.KjorAsync(mappe, "logg", "--postgres", "Vert=db;Bruker=x");
        var miljo = await KjoretoyProsess.KjorMedMiljoAsync(
            mappe, new Dictionary<string, string?> { ["ConnectionStrings__Postgres"] = "Vert=db" }, "forvaltning", "organisasjon", "liste");

        Assert.Equal(1, valg.Kode);
        Assert.Contains("--postgres: ikke en gyldig tilkoblingsstreng", valg.Feil, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", valg.Feil, StringComparison.Ordinal);
        Assert.Equal(1, miljo.Kode);
        Assert.Contains("ConnectionStrings__Postgres: ikke en gyldig tilkoblingsstreng", miljo.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForvaltningWritesToTheDatabaseWithTheOptionOrTheEnvironment()
    {
        var opprettet = await KjoretoyProsess.KjorAsync(
            mappe, "forvaltning", "organisasjon", "opprett", "--navn", "Postgreskommune", "--orgnr", Kommunenummer, "--postgres", db.Tilkoblingsstreng);
        var liste = await KjoretoyProsess.KjorMedMiljoAsync(
            mappe, new Dictionary<string, string?> { ["ConnectionStrings__Postgres"] = db.Tilkoblingsstreng }, "forvaltning", "organisasjon", "liste");

        Assert.True(opprettet.Kode == 0, opprettet.Feil);
        Assert.True(liste.Kode == 0, liste.Feil);
        Assert.Contains("Postgreskommune", liste.Ut, StringComparison.Ordinal);
        Assert.Equal(1L, await db.SkalarAsync("SELECT count(*) FROM organisasjon WHERE navn = 'Postgreskommune'"));
        Assert.Equal(1L, await db.SkalarAsync("SELECT count(*) FROM endring WHERE utfort_av LIKE 'cli:%'"));
        Assert.False(File.Exists(Path.Combine(mappe, "data", "fiks.db")));
    }

    [Fact]
    public async Task ImportedVehiclesAreLookedUpInTheDatabaseAndTheDirectLookupIsAudited()
    {
        var fil = Path.Combine(mappe, "register.ndjson");
        var generert = await KjoretoyProsess.KjorAsync(mappe, "generer", "--antall", "200", "--seed", "7", "--ut", fil);
        var importert = await KjoretoyProsess.KjorAsync(mappe, "importer", fil, "--postgres", db.Tilkoblingsstreng);
        var kjoretoy = File.ReadLines(fil).Select(l => JsonNode.Parse(l)!)
            .First(l => (string?)l["type"] == "kjoretoy" && l["kjennemerker"]!.AsArray().Any(k => k!["tilTidspunkt"] is null));
        var plate = (string)kjoretoy["kjennemerker"]!.AsArray().First(k => k!["tilTidspunkt"] is null)!["kjennemerke"]!;
        var oppslag = await KjoretoyProsess.KjorAsync(mappe, "register", "oppslag", "--formal", "Drift: test", "--kjennemerke", plate, "--postgres", db.Tilkoblingsstreng);
        var logg = await KjoretoyProsess.KjorAsync(mappe, "logg", "--postgres", db.Tilkoblingsstreng);

        Assert.Equal(0, generert.Kode);
        Assert.True(importert.Kode == 0, importert.Feil);
        Assert.Contains("Importerte 200 kjøretøy", importert.Ut, StringComparison.Ordinal);
        Assert.Contains("PostgreSQL 127.0.0.1:", importert.Ut, StringComparison.Ordinal);
        Assert.Equal(200L, await db.SkalarAsync("SELECT count(*) FROM kjoretoy"));
        Assert.True(oppslag.Kode == 0, oppslag.Feil);
        Assert.Equal((string)kjoretoy["kuid"]!, (string)JsonNode.Parse(oppslag.Ut)!.AsArray().Single()!["kjoretoy"]!["kjoretoyId"]!["kuid"]!);
        Assert.True(logg.Kode == 0, logg.Feil);
        var rad = JsonNode.Parse(Assert.Single(logg.Ut.Split('\n', StringSplitOptions.RemoveEmptyEntries)))!;
        Assert.Equal((plate, "Drift: test", "kjoretoy register oppslag"), ((string)rad["nokkel"]!, (string)rad["formal"]!, (string)rad["klientId"]!));
        Assert.False(File.Exists(Path.Combine(mappe, "data", "register.db")));
    }
}
