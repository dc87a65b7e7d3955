using Kjoretoyregister.Server.Logg;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Cli.Tests;

/// <summary><c>kjoretoy logg verifiser</c> through its front door: a real process on a real oppslagslogg.db.</summary>
public sealed class LoggVerifiserKommandoTests : IDisposable
{
    private static readonly DateTimeOffset Tid = new(2026, 1, 31, 23, 30, 0, TimeSpan.Zero);

    private readonly string mappe = Directory.CreateTempSubdirectory("kjoretoy-verifiser-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(mappe, recursive: true);
    }

    private string DataDir => Path.Combine(mappe, "data");

    private Task<KjoretoyProsess.Resultat> Verifiser() =>
        KjoretoyProsess.KjorAsync(mappe, ["logg", "verifiser", "--data-dir", DataDir]);

    [Fact]
    public async Task AnIntactLogExitsZeroWithTheCountAndTheHead()
    {
        await Oppslagsloggdata.SkrivAsync(DataDir,
            Oppslagsloggdata.Rad(Tid, errorId: "a"), Oppslagsloggdata.Rad(Tid.AddMinutes(1), errorId: "b"), Oppslagsloggdata.Rad(Tid.AddMinutes(2), errorId: "c"));

        var svar = await Verifiser();

        Assert.True(svar.Kode == 0, svar.Feil + svar.Ut);
        Assert.StartsWith("Oppslagsloggen er intakt: 3 rader verifisert. Hode: rad 3, hash ", svar.Ut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARowEditedInTheFileExitsOneNamingTheRowAndItsTime()
    {
        await Oppslagsloggdata.SkrivAsync(DataDir,
            Oppslagsloggdata.Rad(Tid, errorId: "a"), Oppslagsloggdata.Rad(Tid.AddMinutes(1), errorId: "b"), Oppslagsloggdata.Rad(Tid.AddMinutes(2), errorId: "c"));
        using (var tilkobling = new SqliteConnection($"Data Source={Path.Combine(DataDir, OppslagsloggDatabase.Filnavn)};Pooling=False"))
        {
            tilkobling.Open();
            using var kommando = tilkobling.CreateCommand();
            kommando.CommandText = "UPDATE logg SET nokkel = 'AB 99999' WHERE id = 2";
            kommando.ExecuteNonQuery();
        }

        var svar = await Verifiser();

        Assert.Equal(1, svar.Kode);
        Assert.Contains("Oppslagsloggen er IKKE intakt: rad 2 (2026-02-01T00:31:00.000+01:00): endret", svar.Ut, StringComparison.Ordinal);
        Assert.Contains("1 rader verifisert før bruddet", svar.Ut, StringComparison.Ordinal);
    }
}
