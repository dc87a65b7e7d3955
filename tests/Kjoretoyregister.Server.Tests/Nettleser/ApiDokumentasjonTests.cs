using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Nettleser;

/// <summary>The browsable API reference in a real browser, with the network cut off: everything it needs comes from the server.</summary>
public sealed class ApiDokumentasjonTests(Testdata.Nettleser nettleser, TomtRegister register) : IClassFixture<Testdata.Nettleser>, IClassFixture<TomtRegister>
{
    [Fact]
    public async Task ApiReferenceRendersTheLookupOperationsWithoutLeavingTheServer()
    {
        var utenfor = new List<string>();
        var side = await nettleser.NySideAsync(utenfor);

        await side.GotoAsync(new Uri(register.Server.Adresse, "/api-dokumentasjon").ToString());
        var operasjon = side.GetByText("Slå opp 1–100 kjennemerker, hvert med valgfri dtg").First;
        await operasjon.WaitForAsync(new() { Timeout = 30_000 });

        await side.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        Assert.True(await operasjon.IsVisibleAsync());
        Assert.Empty(utenfor);
        foreach (var tredjepart in new[] { "Generate SDK", "Deploy" })
        {
            Assert.Equal(0, await side.GetByText(tredjepart).CountAsync());
        }
    }
}
