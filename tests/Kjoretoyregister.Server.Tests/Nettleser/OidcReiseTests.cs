using Kjoretoyregister.Server.Tests.Forvaltningsweb;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kjoretoyregister.Server.Tests.Nettleser;

/// <summary>
/// Sign-in with OpenID Connect in Chromium through the test provider's real redirects (code flow with
/// PKCE): the first sign-in lands on «Ingen rolle ennå» with the identity to pass on; the lokal
/// administrator grants the role Oppslag by it on the Saksbehandlere page (the person now lands on the
/// lookup page) and withdraws it; sign-out goes
/// through the provider's end-session endpoint, and a copy of the old cookie is dead. axe checks each page.
/// </summary>
public sealed class OidcReiseTests(Testdata.Nettleser nettleser) : IClassFixture<Testdata.Nettleser>
{
    [Fact]
    public async Task APersonSignsInIsGrantedAndWithdrawnOppslagAndSignsOutEverywhere()
    {
        await using var oidc = await Oidcserver.StartAsync();
        var kommune = await Testkommune.OpprettAsync(oidc.Server);
        var person = Oidcperson.Ny();
        var saksbehandler = await Forvaltningsside.ApneAsync(nettleser, oidc.Server.Adresse);
        var admin = await Forvaltningsside.ApneAsync(nettleser, oidc.Server.Adresse);

        await saksbehandler.LoggInnMedOidcAsync(oidc.Utsteder, person, "Ingen rolle ennå");
        await Expect(saksbehandler.Side.Locator("#identitet")).ToHaveTextAsync(person.Brukernavn);
        await saksbehandler.BildeAsync("oidc-ingen-rolle.png");

        await admin.LoggInnAsync(kommune.Brukernavn, kommune.Passord, kommune.Organisasjon.Navn);
        await admin.MenyAsync("Saksbehandlere", "Saksbehandlere");
        await admin.Felt("Identitet eller brukernavn").FillAsync(person.Pid);
        await admin.KlikkAsync(admin.Knapp("Gi rollen Oppslag"), "Saksbehandlere", $"{person.Brukernavn} har rollen Oppslag");
        await Expect(admin.Side.GetByRole(AriaRole.Table)).ToContainTextAsync(person.Brukernavn);
        await admin.BildeAsync("oidc-saksbehandlere.png");

        await saksbehandler.GaTilAsync("/forvaltning/oversikt");
        await Expect(saksbehandler.Overskrift).ToHaveTextAsync("Oppslag");

        await admin.KlikkAsync(admin.Knapp($"Fjern rollen fra {person.Brukernavn}"), "Saksbehandlere", "har ikke lenger rollen Oppslag");
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
}
