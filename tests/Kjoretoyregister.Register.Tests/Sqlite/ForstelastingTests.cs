using Kjoretoyregister.Contracts;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Sqlite;
using Kjoretoyregister.Register.Tests.Testdata;
using static Kjoretoyregister.Register.Tests.Testdata.Linjer;

namespace Kjoretoyregister.Register.Tests.Sqlite;

/// <summary>The initial load: an import into an empty SQLite register writes a new file and renames it into place, all or nothing.</summary>
public class ForstelastingTests
{
    private static readonly string Kari = Syntetiske.Fnr(14, 2, 81);

    [Fact]
    public async Task AnImportIntoAnEmptyRegisterPutsANewFileInPlaceAndLeavesNoScratchFiles()
    {
        await using var register = await TestRegister.OpprettAsync(Lagringsmotor.Sqlite);
        var for_ = Filidentitet.For(register.Sti);
        await Task.Delay(20);

        var resultat = await register.ImporterAsync(
            Kjoretoy("1001", kjennemerker: [Plate("BR 12345", "2020-01-01T00:00:00+01:00")], eierskap: [Eierskap(Person(Kari, "KARI", "NORDMANN"), "2020-01-01T00:00:00+01:00")]),
            Kjoretoy("1002", kjennemerker: [Plate("BR 12346", "2020-01-01T00:00:00+01:00")]));

        Assert.True(resultat.Lagret, string.Join("; ", register.Feil));
        Assert.NotEqual(for_, Filidentitet.For(register.Sti));
        Assert.Empty(Kladdefiler(register));
        Assert.Equal("1001", (await register.Oppslag.SlaOppKjennemerkeAsync(Kjennemerke.Parse("BR 12345"), null)).Kjoretoy!.KjoretoyId.Kuid);
        Assert.Equal(1, (await register.Oppslag.SokEiernavnAsync("kari nordmann", EiernavnFilter.Ingen, null, 0, 10)).AntallTreffTotalt);
        await using var igjen = register.ApneIgjen();
        Assert.Equal("1002", (await igjen.Oppslag.SlaOppKuidAsync(Kuid.Parse("1002"), null)).Kjoretoy!.KjoretoyId.Kuid);
    }

    [Fact]
    public async Task ARefusedImportIntoAnEmptyRegisterLeavesItsFileUntouchedAndNoScratchFiles()
    {
        await using var register = await TestRegister.OpprettAsync(Lagringsmotor.Sqlite);
        var for_ = Filidentitet.For(register.Sti);
        await Task.Delay(20);

        var resultat = await register.ImporterAsync(
            Kjoretoy("1001", kjennemerker: [Plate("BR 12345", "2020-01-01T00:00:00+01:00")]),
            Kjoretoy("x", kjennemerker: []));

        Assert.False(resultat.Lagret);
        Assert.Equal([2L], register.Feil.Select(f => f.Linje).Distinct());
        Assert.Equal(for_, Filidentitet.For(register.Sti));
        Assert.Empty(Kladdefiler(register));
        Assert.True(await register.Database.ErTomAsync());
    }

    [Fact]
    public async Task APlateOnTwoVehiclesInAnEmptyRegisterIsReportedAsTheOrdinaryImportReportsIt()
    {
        await using var register = await TestRegister.OpprettAsync(Lagringsmotor.Sqlite);

        var resultat = await register.ImporterAsync(
            Kjoretoy("1001", kjennemerker: [Plate("BR 12345", "2020-01-01T00:00:00+01:00")]),
            Kjoretoy("1002", kjennemerker: [Plate("BR 12345", "2021-01-01T00:00:00+01:00")]));

        Assert.False(resultat.Lagret);
        var feil = Assert.Single(register.Feil);
        Assert.Equal((2L, "kjennemerker[0]"), (feil.Linje, feil.Felt));
        Assert.Contains("1001", feil.Arsak, StringComparison.Ordinal);
        Assert.Empty(Kladdefiler(register));
        Assert.True(await register.Database.ErTomAsync());
    }

    private static string[] Kladdefiler(TestRegister register) =>
        Directory.GetFiles(Path.GetDirectoryName(register.Sti)!, "*forstelasting*");
}
