using System.Text;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Tests.Testdata;
using static Kjoretoyregister.Register.Tests.Testdata.Linjer;

namespace Kjoretoyregister.Register.Tests.Import;

/// <summary>An import by another process (here: another opening of the register) beside running lookups, as CONTRACT.md §7 promises.</summary>
public abstract class SamtidighetTests(Lagringsmotor motor) : Registertest(motor)
{
    private static MemoryStream Fil(string kuid) =>
        new(Encoding.UTF8.GetBytes(Kjoretoy(kuid, kjennemerker: [Plate("BR 12345", "2020-01-01T00:00:00+01:00")]).ToJsonString()));

    [Fact]
    public async Task ALookupSeesAnImportFromAnotherConnectionTheMomentItCommits()
    {
        var for_ = await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), null);
        await using (var annen = register.ApneIgjen())
        {
            await annen.ImporterAsync(Fil("1001"), new ImportValg());
        }

        var etter = await register.Oppslag.SlaOppKuidAsync(Kuid.Parse("1001"), null);

        Assert.Equal(Responskoder.KuidUkjent, Assert.Single(for_.Responskoder).Kode);
        Assert.Equal("1001", etter.Kjoretoy!.KjoretoyId.Kuid);
    }

    [Fact]
    public async Task ALookupDuringAnUncommittedImportAnswersFromTheDataBeforeItWithoutWaiting()
    {
        KjoretoyResponse? underImporten = null;
        await using var annen = register.ApneIgjen();
        var fremdrift = new Synkron(_ => underImporten ??= register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR 12345"), null).AsTask().Result);

        var resultat = await annen.ImporterAsync(Fil("1001"), new ImportValg { Fremdrift = fremdrift });

        Assert.True(resultat.Lagret);
        Assert.Equal(Responskoder.KjennemerkeUkjent, Assert.Single(underImporten!.Responskoder).Kode);
    }

    private sealed class Synkron(Action<ImportFremdrift> vis) : IProgress<ImportFremdrift>
    {
        public void Report(ImportFremdrift value) => vis(value);
    }
}

public sealed class SqliteSamtidighetTests() : SamtidighetTests(Lagringsmotor.Sqlite);

public sealed class PostgresSamtidighetTests() : SamtidighetTests(Lagringsmotor.Postgres);
