using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Logg.Innsyn;
using Kjoretoyregister.Server.Oppslag;
using Kjoretoyregister.Server.Tests.Forvaltningsweb;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kjoretoyregister.Server.Tests.Nettleser;

/// <summary>
/// Sign-in with OpenID Connect in Chromium through the test provider's real redirects (code flow with
/// PKCE): the first sign-in lands on «Ingen rolle ennå» with the identity to pass on, and the lookup page
/// is 403; the lokal administrator grants the role Oppslag by it on the Saksbehandlere page; the person
/// looks up a plate with formål and saksreferanse and reveals the owner's fødselsnummer, and the audit log
/// holds both rows naming the person's subject, formål and saksreferanse; with the role withdrawn the next
/// request is 403; sign-out goes through the provider's end-session endpoint, and a copy of the old cookie
/// is dead. axe checks each page.
/// </summary>
public sealed class OidcReiseTests(Testdata.Nettleser nettleser) : IClassFixture<Testdata.Nettleser>
{
    [Fact]
    public async Task APersonSignsInIsGrantedOppslagLooksUpAndRevealsIsAuditedIsWithdrawnAndSignsOutEverywhere()
    {
        await using var oidc = await Oidcserver.StartAsync();
        var kommune = await Testkommune.OpprettAsync(oidc.Server);
        var bil = Kjoretoydata.Ny();
        using (var fiks = new Fiksklient(oidc.Server))
        {
            fiks.Importer(bil.Linje());
        }

        var sak = "OIDC-" + Guid.NewGuid().ToString("N")[..8];
        var person = Oidcperson.Ny();
        var saksbehandler = await Forvaltningsside.ApneAsync(nettleser, oidc.Server.Adresse);
        var oppslag = new Oppslagsside(saksbehandler);
        var admin = await Forvaltningsside.ApneAsync(nettleser, oidc.Server.Adresse);

        await saksbehandler.LoggInnMedOidcAsync(oidc.Utsteder, person, "Ingen rolle ennå");
        await Expect(saksbehandler.Side.Locator("#identitet")).ToHaveTextAsync(person.Brukernavn);
        await saksbehandler.BildeAsync("oidc-ingen-rolle.png");
        Assert.Equal(403, (await oppslag.GaTilAsync())!.Status);

        await admin.LoggInnAsync(kommune.Brukernavn, kommune.Passord, kommune.Organisasjon.Navn);
        await admin.MenyAsync("Saksbehandlere", "Saksbehandlere");
        await admin.Felt("Identitet eller brukernavn").FillAsync(person.Pid);
        await admin.KlikkAsync(admin.Knapp("Gi rollen Oppslag"), "Saksbehandlere", $"{person.Brukernavn} har rollen Oppslag");
        await Expect(admin.Side.GetByRole(AriaRole.Table)).ToContainTextAsync(person.Brukernavn);
        await admin.BildeAsync("oidc-saksbehandlere.png");

        await saksbehandler.GaTilAsync("/forvaltning/oversikt");
        await Expect(saksbehandler.Overskrift).ToHaveTextAsync("Oppslag");
        await oppslag.SlaOppAsync("kjennemerke", bil.Kjennemerke, "PARKERINGSGEBYR", sak);
        await Expect(oppslag.Svartittel).ToHaveTextAsync($"Kjøretøy {bil.Kjennemerke}");
        await Expect(oppslag.Fodselsnummer("eier")).ToHaveTextAsync(bil.Fnr[..6] + " *****");
        await oppslag.VisFodselsnummerAsync("eier");
        await Expect(oppslag.Fodselsnummer("eier")).ToHaveTextAsync(bil.Fnr);
        var rader = await RaderAsync(oidc.Server, kommune.FiksOrgId, sak);
        Assert.Equal([Operasjoner.Kjennemerke, Saksbehandleroppslag.VisFodselsnummer], rader.Select(r => r.Operasjon));
        Assert.All(rader, r => Assert.Equal((person.Brukernavn, "PARKERINGSGEBYR", sak), (r.Saksbehandler, r.Formal, r.Saksreferanse)));
        var innsyn = (await oidc.Server.Tjeneste<Innsynsrapporter>().LagAsync(kommune.FiksOrgId, Fodselsnummer.Parse(bil.Fnr), "test", "vist"))!;
        Assert.NotEmpty(innsyn.Rader);
        Assert.All(innsyn.Rader, r => Assert.Equal((Innsynstekst.SkjultIdentitet, sak), (r.Saksbehandler, r.Saksreferanse)));

        await admin.KlikkAsync(admin.Knapp($"Fjern rollen fra {person.Brukernavn}"), "Saksbehandlere", "har ikke lenger rollen Oppslag");
        Assert.Equal(403, (await oppslag.GaTilAsync())!.Status);
        await saksbehandler.GaTilAsync("/forvaltning/oversikt");
        await Expect(saksbehandler.Overskrift).ToHaveTextAsync("Ingen rolle ennå");

        var cookies = await saksbehandler.Side.Context.CookiesAsync();
        await saksbehandler.KlikkAsync(saksbehandler.Knapp("Logg ut"), "Logg inn");
        var (hint, _) = Assert.Single(oidc.Utsteder.Utlogginger);
        Assert.False(string.IsNullOrEmpty(hint));
        var tyv = await Forvaltningsside.ApneAsync(nettleser, oidc.Server.Adresse);
        await tyv.Side.Context.AddCookiesAsync(cookies.Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));
        await tyv.GaTilAsync("/forvaltning/konto");
        await Expect(tyv.Overskrift).ToHaveTextAsync("Logg inn");
    }

    private static async Task<List<LoggRad>> RaderAsync(ServerFabrikk server, Guid fiksOrgId, string saksreferanse)
    {
        var rader = new List<LagretLoggRad>();
        await foreach (var lagret in server.Tjeneste<IOppslagsloggLeser>().SokAsync(new LoggFilter(FiksOrgId: fiksOrgId, Saksreferanse: saksreferanse)))
        {
            rader.Add(lagret);
        }

        return [.. rader.OrderBy(r => r.Id).Select(r => r.Rad)];
    }
}
