using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Oppslag;
using Kjoretoyregister.Server.Oppstart;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kjoretoyregister.Server.Tests.Nettleser;

/// <summary>
/// The lookup page in a real browser, as the demo's saksbehandler: the start page leads to it, a plate is
/// looked up with formål and saksreferanse, the owner's fødselsnummer is masked until "Vis fødselsnummer",
/// the print view leaves the form out and names formål and saksreferanse, and the audit log holds both; the lokal administrator (without the role) gets 403. axe checks each page
/// at 1280 px and at 375 px, where nothing scrolls sideways. With SKJERMBILDER=&lt;dir&gt; the page is saved
/// as 17-oppslag.png and 18-oppslag-375px.png.
/// </summary>
public sealed class OppslagReiseTests(Testdata.Nettleser nettleser, Demoserver demo) : IClassFixture<Testdata.Nettleser>, IClassFixture<Demoserver>
{
    private readonly ServerFabrikk server = demo.Server;

    [Fact]
    public async Task TheDemoSaksbehandlerLooksUpAPlateRevealsTheOwnerAndBothAreAuditedWhileTheAdministratorGets403()
    {
        using var klient = new Fiksklient(server);
        var konto = klient.Demo.Saksbehandler!;
        var kjennemerke = (await DemoRegister.EksempelkjennemerkeAsync(server.Tjeneste<IKjoretoyregister>(), CancellationToken.None))!;
        var fnr = (await server.Tjeneste<IKjoretoyregister>().SlaOppKjennemerkeAsync(Contracts.Kjennemerke.Parse(kjennemerke), null)).Kjoretoy!.Eierskap!.Eier!.Person!.Fodselsnummer;
        var sak = "PG-" + Guid.NewGuid().ToString("N")[..8];
        var side = new Oppslagsside(await Forvaltningsside.ApneAsync(nettleser, server.Adresse));
        var admin = await Forvaltningsside.ApneAsync(nettleser, server.Adresse);

        await side.Side.LoggInnAsync(konto.Brukernavn, konto.Passord, Oppslagsside.Overskrift);
        await side.SlaOppAsync("kjennemerke", kjennemerke, "PARKERINGSGEBYR", sak);
        await Expect(side.Svartittel).ToHaveTextAsync($"Kjøretøy {kjennemerke}");
        await Expect(side.Fodselsnummer("eier")).ToHaveTextAsync(fnr[..6] + " *****");
        await side.Side.BildeAsync("17-oppslag.png");
        await SmalSkjermAsync(side.Side, "18-oppslag-375px.png");
        await side.VisFodselsnummerAsync("eier");
        await Expect(side.Fodselsnummer("eier")).ToHaveTextAsync(fnr);
        await side.Side.Side.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(side.Side.Side.Locator("form.oppslag-skjema")).ToBeHiddenAsync();
        await Expect(side.Side.Side.Locator(".utskriftshode")).ToContainTextAsync($"saksreferanse {sak}");
        await side.Side.Side.EmulateMediaAsync(new() { Media = Media.Screen });
        await admin.LoggInnAsync(klient.Demo.Forvaltning!.Brukernavn, klient.Demo.Forvaltning.Passord, "Demo kommune");
        var forbudt = await new Oppslagsside(admin).GaTilAsync();

        Assert.Equal(403, forbudt!.Status);
        var rader = new List<LagretLoggRad>();
        await foreach (var rad in server.Tjeneste<IOppslagsloggLeser>().SokAsync(new LoggFilter(FiksOrgId: klient.Demo.FiksOrgId, Saksreferanse: sak)))
        {
            rader.Add(rad);
        }

        Assert.Equal([Operasjoner.Kjennemerke, Saksbehandleroppslag.VisFodselsnummer], rader.OrderBy(r => r.Id).Select(r => r.Rad.Operasjon));
        Assert.All(rader, r => Assert.Equal((DemoData.Saksbehandler, "PARKERINGSGEBYR", sak), (r.Rad.Saksbehandler, r.Rad.Formal, r.Rad.Saksreferanse)));
    }

    /// <summary>At 375 px: axe finds nothing, the body does not scroll sideways; the screenshot is taken there.</summary>
    private static async Task SmalSkjermAsync(Forvaltningsside side, string bilde)
    {
        await side.Side.SetViewportSizeAsync(375, 812);
        await side.Side.EvaluateAsync("() => new Promise(ferdig => requestAnimationFrame(() => requestAnimationFrame(ferdig)))");
        await side.SjekkAsync();
        var bredder = await side.Side.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        await side.BildeAsync(bilde);

        await side.Side.SetViewportSizeAsync(Forvaltningsside.Bredde, 900);
        Assert.True(bredder[0] <= bredder[1], $"oppslagssiden ruller sidelengs på 375 px: scrollWidth {bredder[0]} > clientWidth {bredder[1]}");
    }
}
