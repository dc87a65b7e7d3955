using System.Text.Json.Nodes;
using Kjoretoyregister.Server.Logg;

namespace Kjoretoyregister.Cli.Tests;

/// <summary><c>kjoretoy forvaltning forbruk</c> through its front door: a real process on a real oppslagslogg.db.</summary>
public sealed class ForbrukKommandoTests : IDisposable
{
    private static readonly DateTimeOffset Januar = new(2026, 1, 31, 22, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Februar = new(2026, 1, 31, 23, 30, 0, TimeSpan.Zero);

    private readonly string mappe = Directory.CreateTempSubdirectory("kjoretoy-forbruk-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(mappe, recursive: true);
    }

    private string DataDir => Path.Combine(mappe, "data");

    private Task<KjoretoyProsess.Resultat> Kjor(params string[] argumenter) =>
        KjoretoyProsess.KjorAsync(mappe, ["forvaltning", "forbruk", .. argumenter, "--data-dir", DataDir]);

    private Task SkrivRaderAsync() => Oppslagsloggdata.SkrivAsync(DataDir,
        Oppslagsloggdata.Rad(Januar),
        Oppslagsloggdata.Rad(Januar, utfall: Utfall.Ukjent),
        Oppslagsloggdata.Rad(Februar),
        Oppslagsloggdata.Rad(Februar, org: Oppslagsloggdata.AnnenOrg));

    [Fact]
    public async Task JsonShowsLookupsAndHitsPerOrganisationIntegrationAndOsloMonth()
    {
        await SkrivRaderAsync();

        var svar = await Kjor("--format", "json", "--fiks-org", Oppslagsloggdata.Org.ToString());

        Assert.True(svar.Kode == 0, svar.Feil);
        var maneder = JsonNode.Parse(svar.Ut)!.AsArray();
        Assert.Equal(["2026-1:2/1", "2026-2:1/1"], maneder.Select(m => $"{m!["ar"]}-{m["maned"]}:{m["oppslag"]}/{m["treff"]}"));
        Assert.All(maneder, m => Assert.Equal(Oppslagsloggdata.Integrasjon.ToString(), (string)m!["integrasjonId"]!));
    }

    [Fact]
    public async Task TheTableAndCsvListEveryOrganisation()
    {
        await SkrivRaderAsync();

        var tabell = await Kjor();
        var csv = await Kjor("--format", "csv");

        Assert.True(tabell.Kode == 0, tabell.Feil);
        Assert.Contains($"{Oppslagsloggdata.AnnenOrg}\t{Oppslagsloggdata.Integrasjon}\t2026-02\t1\t1", tabell.Ut, StringComparison.Ordinal);
        Assert.Equal(
            [
                "fiksOrgId,integrasjonId,ar,maned,oppslag,treff",
                $"{Oppslagsloggdata.Org},{Oppslagsloggdata.Integrasjon},2026,1,2,1",
                $"{Oppslagsloggdata.Org},{Oppslagsloggdata.Integrasjon},2026,2,1,1",
                $"{Oppslagsloggdata.AnnenOrg},{Oppslagsloggdata.Integrasjon},2026,2,1,1",
            ],
            csv.Ut.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task AnInvalidOrganisationExitsTwoAndAMissingLogExitsOne()
    {
        var mangler = await Kjor();
        await SkrivRaderAsync();

        var ugyldig = await Kjor("--fiks-org", "kommunen");

        Assert.Equal(1, mangler.Kode);
        Assert.Equal(2, ugyldig.Kode);
        Assert.Contains("--fiks-org", ugyldig.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDataDirectoryOfForvaltningMayComeBeforeTheSubcommand()
    {
        await SkrivRaderAsync();

        var svar = await KjoretoyProsess.KjorAsync(mappe, "forvaltning", "--data-dir", DataDir, "forbruk", "--format", "csv");

        Assert.True(svar.Kode == 0, svar.Feil);
        Assert.Equal(4, svar.Ut.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
