using System.Text;
using System.Text.Json.Nodes;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Tests.Testdata;
using static Kjoretoyregister.Register.Tests.Testdata.Linjer;

namespace Kjoretoyregister.Register.Tests.Import;

/// <summary>
/// What only the PostgreSQL import can get wrong: its lines go to staging tables batch by batch, so a
/// problem or a cancellation late in a large file must still leave the register as it was.
/// </summary>
public sealed class PostgresImportAltEllerIngentingTests : Registertest
{
    public PostgresImportAltEllerIngentingTests()
        : base(Lagringsmotor.Postgres)
    {
    }

    private static readonly string Kari = Syntetiske.Fnr(14, 2, 81);

    private static JsonObject Bil(string kuid, string plate) => Kjoretoy(
        kuid,
        kjennemerker: [Plate(plate, "2020-01-01T00:00:00+01:00")],
        eierskap: [Eierskap(Person(Kari, "KARI", "NORDMANN"), "2020-01-01T00:00:00+01:00")]);

    /// <summary>Many vehicles (several import batches) after one that is already in the register with another plate.</summary>
    private static string MangeBiler(int antall, params JsonObject[] tilSlutt) => string.Join(
        "\n",
        new[] { Bil("1001", "BR 99999") }
            .Concat(Enumerable.Range(0, antall).Select(i => Bil((5000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), $"EL {10000 + i}")))
            .Concat(tilSlutt)
            .Select(l => l.ToJsonString()));

    private async Task<long> AntallAsync(string tabell) => (long)(await register.Postgres.SkalarAsync($"SELECT count(*) FROM {tabell}"))!;

    [Fact]
    public async Task AConflictInTheLastLineOfALargeFileMeansNothingIsWritten()
    {
        await register.LastAsync(Bil("1001", "BR 11111"), Bil("1002", "BR 22222"));

        var resultat = await register.ImporterAsync(MangeBiler(5000, Bil("1003", "BR 22222")));

        Assert.False(resultat.Lagret);
        Assert.Equal((5002L, "kjennemerker[0]"), (Assert.Single(register.Feil).Linje, register.Feil[0].Felt));
        Assert.Equal(2, await AntallAsync("kjoretoy"));
        Assert.Equal("BR 11111", (await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), null)).Kjoretoy!.KjoretoyId.Kjennemerke);
    }

    [Fact]
    public async Task AnImportCancelledHalfwayLeavesTheRegisterExactlyAsItWas()
    {
        await register.LastAsync(Bil("1001", "BR 11111"));
        using var avbryt = new CancellationTokenSource();
        var fremdrift = new Synkron(f =>
        {
            if (f.Linjer >= 20_000)
            {
                avbryt.Cancel();
            }
        });
        using var kilde = new MemoryStream(Encoding.UTF8.GetBytes(MangeBiler(30_000)));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => register.Database.ImporterAsync(kilde, new ImportValg { Fremdrift = fremdrift }, avbryt.Token));

        Assert.Equal(1, await AntallAsync("kjoretoy"));
        Assert.Equal(1, await AntallAsync("kjennemerke"));
        Assert.Equal("BR 11111", (await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), null)).Kjoretoy!.KjoretoyId.Kjennemerke);
        Assert.True((await register.ImporterAsync(Bil("1002", "BR 22222"))).Lagret, "en ny import etter avbruddet skal gå");
    }

    [Fact]
    public async Task LookupsDuringALargeImportSeeTheOldDataUntilItCommits()
    {
        await register.LastAsync(Bil("1001", "BR 11111"));
        string? underImporten = null;
        var fremdrift = new Synkron(f =>
        {
            if (f.Linjer == 10_000)
            {
                underImporten = register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), null).AsTask().GetAwaiter().GetResult().Kjoretoy!.KjoretoyId.Kjennemerke;
            }
        });
        using var kilde = new MemoryStream(Encoding.UTF8.GetBytes(MangeBiler(12_000)));

        var resultat = await register.Database.ImporterAsync(kilde, new ImportValg { Fremdrift = fremdrift });

        Assert.True(resultat.Lagret);
        Assert.Equal("BR 11111", underImporten);
        Assert.Equal("BR 99999", (await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), null)).Kjoretoy!.KjoretoyId.Kjennemerke);
    }

    private sealed class Synkron(Action<ImportFremdrift> vis) : IProgress<ImportFremdrift>
    {
        public void Report(ImportFremdrift value) => vis(value);
    }
}
