using Kjoretoyregister.Client.Tests.Testdata;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Client.Tests;

/// <summary>The vendor guide's example program, built with the solution, run as a vendor would run it against a real server.</summary>
public sealed class EksempelTests
{
    [Fact]
    public async Task GuideExampleLooksUpAPlateWithDemoJsonAsItsConfiguration()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        var bil = Kjoretoydata.Ny("Eksempelsen");
        Klientoppsett.Importer(server, bil.Linje());
        var demoJson = Path.Combine(server.DataKatalog, "demo.json");

        var treff = await KjorAsync(demoJson, bil.Kjennemerke);
        var ukjent = await KjorAsync(demoJson, "ZZ 99999");

        Assert.Equal((0, "Eksempelsen (REGISTRERT)"), treff);
        Assert.Equal((0, "ukjent"), ukjent);
    }

    private static async Task<(int Kode, string Ut)> KjorAsync(params string[] argumenter)
    {
        var resultat = await Kjoretoyregister.Cli.Tests.KjoretoyProsess.KjorProgramAsync("LeverandorEksempel.dll", AppContext.BaseDirectory, argumenter);
        Assert.True(resultat.Kode == 0, $"eksempelet avsluttet med {resultat.Kode}: {resultat.Feil}");
        return (resultat.Kode, resultat.Ut.Trim());
    }
}
