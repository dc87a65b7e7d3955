using System.Diagnostics;
using System.Net;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Server.Tests.Angrep;

/// <summary>
/// Faults in the audit log's storage: a held lock or a damaged file gives the caller 503 without data
/// within the configured bound, never a hang or a dead process, and lookups work again once it clears.
/// </summary>
public sealed class LagringsfeilTests
{
    /// <summary>Only a guard against a hang: the bound under test is 1 s.</summary>
    private static readonly TimeSpan Hengevakt = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AHeldLockOnTheAuditLogGives503WithinTheBoundAndTheNextLookupAfterReleaseIsLogged()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        server.Konfig["Oppslagslogg:SkrivefristSekunder"] = "1";
        using var klient = new Fiksklient(server);
        var token = await klient.TokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await klient.KjennemerkerAsync("""[{"kjennemerke": "EF 11111"}]""", token)).StatusCode);
        var las = HoldSkrivelas(server);

        var tid = Stopwatch.StartNew();
        var sperret = await klient.KjennemerkerAsync("""[{"kjennemerke": "AB 12345"}]""", token).WaitAsync(Hengevakt);
        tid.Stop();
        var feil = await Svar.FeilAsync(sperret, HttpStatusCode.ServiceUnavailable);
        las.Dispose();
        var etter = await klient.KjennemerkerAsync("""[{"kjennemerke": "CD 67890"}]""", token).WaitAsync(Hengevakt);

        Assert.Equal("OPPSLAGSLOGG_UTILGJENGELIG", feil.ErrorCode);
        Assert.True(tid.Elapsed < Hengevakt, $"svaret kom etter {tid.Elapsed}");
        Assert.Equal(HttpStatusCode.OK, etter.StatusCode);
        Assert.Contains("CD 67890", await NoklerAsync(server));
    }

    [Fact]
    public void TheAuditLogIsCreatedWhenTheServerStartsNotInsideTheFirstLookup()
    {
        using var server = ServerFabrikk.UtenDemoregister();

        server.StartServer();

        using var tilkobling = new SqliteConnection($"Data Source={Path.Combine(server.DataKatalog, OppslagsloggDatabase.Filnavn)};Mode=ReadOnly;Pooling=False");
        tilkobling.Open();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = "PRAGMA user_version";
        Assert.Equal((long)OppslagsloggDatabase.Steg.Count, (long)kommando.ExecuteScalar()!);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("61")]
    public void AnOutOfRangeSkrivefristStopsTheStartNamingTheSetting(string verdi)
    {
        using var server = new ServerFabrikk();
        server.Konfig["Oppslagslogg:SkrivefristSekunder"] = verdi;

        var feil = Assert.ThrowsAny<Exception>(server.StartServer);

        Assert.Contains("Oppslagslogg:SkrivefristSekunder", feil.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShmFileCutToNothingByAnotherProcessDoesNotKillTheServerAndLookupsGoOnBeingLogged()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var klient = new Fiksklient(server);
        var token = await klient.TokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await klient.KjennemerkerAsync("""[{"kjennemerke": "AB 12345"}]""", token)).StatusCode);

        // SQLite maps the -shm into memory: a page past the file's new end would be a SIGBUS that ends the process.
        await KortTilNullAsync(Path.Combine(server.DataKatalog, OppslagsloggDatabase.Filnavn + "-shm"));
        var etter = await klient.KjennemerkerAsync("""[{"kjennemerke": "CD 67890"}]""", token).WaitAsync(Hengevakt);

        Assert.Equal(HttpStatusCode.OK, etter.StatusCode);
        Assert.Equal(["AB 12345", "CD 67890"], (await NoklerAsync(server)).Order());
        Assert.Contains(server.Logg.Linjer, l => l.Contains("-shm", StringComparison.Ordinal));
    }

    /// <summary>Another connection takes the write lock on oppslagslogg.db and keeps it until disposed.</summary>
    private static SqliteConnection HoldSkrivelas(ServerFabrikk server)
    {
        var tilkobling = new SqliteConnection($"Data Source={Path.Combine(server.DataKatalog, OppslagsloggDatabase.Filnavn)};Pooling=False");
        tilkobling.Open();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = "BEGIN IMMEDIATE";
        kommando.ExecuteNonQuery();
        return tilkobling;
    }

    /// <summary>Truncates a file from another process, as a copy, a restore or a cleanup script would.</summary>
    private static async Task KortTilNullAsync(string fil)
    {
        using var prosess = Process.Start(new ProcessStartInfo("truncate", ["-s", "0", fil]))!;
        await prosess.WaitForExitAsync();
        Assert.Equal(0, prosess.ExitCode);
        Assert.Equal(0, new FileInfo(fil).Length);
    }

    private static async Task<List<string>> NoklerAsync(ServerFabrikk server) =>
        await server.Tjeneste<IOppslagsloggLeser>().SokAsync(new LoggFilter()).Select(r => r.Rad.Nokkel).ToListAsync();
}
