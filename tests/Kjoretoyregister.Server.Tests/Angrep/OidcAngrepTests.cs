using System.Net;
using System.Security.Cryptography;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Tests.Forvaltningsweb;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tests.Angrep;

/// <summary>
/// What must not sign anyone in through OpenID Connect: an ID token that is unsigned, signed by another
/// key, from another issuer, for another client, or from another sign-in (its nonce); a callback replayed
/// (its state); a password for an <c>oidc:</c> account. And who may not hand out the role Oppslag.
/// </summary>
public sealed class OidcAngrepTests
{
    public static TheoryData<string> Forfalskninger => ["usignert", "annen nøkkel", "annen utsteder", "annen klient"];

    [Theory]
    [MemberData(nameof(Forfalskninger))]
    public async Task AForgedIdTokenIsRefusedAndSignsNobodyIn(string forfalskning)
    {
        await using var oidc = await Oidcserver.StartAsync();
        using var klient = new Forvaltningsklient(oidc.Server);
        using var annenNokkel = RSA.Create(2048);
        var ekte = new SigningCredentials(oidc.Utsteder.Signeringsnokkel, SecurityAlgorithms.RsaSha256);
        oidc.Utsteder.ForfalskIdToken = original => forfalskning switch
        {
            "usignert" => OidcUtsteder.LagIdToken(original, null),
            "annen nøkkel" => OidcUtsteder.LagIdToken(original, new SigningCredentials(new RsaSecurityKey(annenNokkel) { KeyId = oidc.Utsteder.Signeringsnokkel.KeyId }, SecurityAlgorithms.RsaSha256)),
            "annen utsteder" => OidcUtsteder.LagIdToken(original, ekte, issuer: "https://idporten.test.invalid/"),
            _ => OidcUtsteder.LagIdToken(original, ekte, audience: "en-annen-klient"),
        };
        var person = Oidcperson.Ny();

        using var svar = await klient.Http.GetAsync(await oidc.Utsteder.TilbakekallAsync(klient, person));

        await AvvistAsync(oidc, klient, svar, person);
    }

    [Fact]
    public async Task AnIdTokenFromAnotherSignInIsRefusedByItsNonce()
    {
        await using var oidc = await Oidcserver.StartAsync();
        string? fanget = null;
        oidc.Utsteder.ForfalskIdToken = original => fanget = original.EncodedToken;
        using var angriper = new Forvaltningsklient(oidc.Server);
        await oidc.Utsteder.LoggInnAsync(angriper, Oidcperson.Ny());
        oidc.Utsteder.ForfalskIdToken = _ => fanget!;
        using var klient = new Forvaltningsklient(oidc.Server);
        var person = Oidcperson.Ny();

        using var svar = await klient.Http.GetAsync(await oidc.Utsteder.TilbakekallAsync(klient, person));

        await AvvistAsync(oidc, klient, svar, person);
    }

    [Fact]
    public async Task AReplayedCallbackIsRefusedByItsStateInTheSameBrowserAndInAnother()
    {
        await using var oidc = await Oidcserver.StartAsync();
        using var klient = new Forvaltningsklient(oidc.Server);
        var person = Oidcperson.Ny();
        var tilbakekall = await oidc.Utsteder.TilbakekallAsync(klient, person);
        using var forste = await klient.Http.GetAsync(tilbakekall);
        using var angriper = new Forvaltningsklient(oidc.Server);

        using var igjen = await klient.Http.GetAsync(tilbakekall);
        using var iAnnen = await angriper.Http.GetAsync(tilbakekall);

        Assert.StartsWith("/forvaltning/oidc/videre", Forvaltningsklient.Adresse(forste), StringComparison.Ordinal);
        Assert.Equal("/forvaltning/logg-inn?oidcfeil=1", Forvaltningsklient.Adresse(igjen));
        Assert.Equal("/forvaltning/logg-inn?oidcfeil=1", Forvaltningsklient.Adresse(iAnnen));
        using var side = await angriper.GetAsync("/forvaltning/konto");
        Assert.StartsWith(Innloggingssider.LoggInn, Forvaltningsklient.Adresse(side), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APasswordNeverSignsInAnOidcAccountEvenWithAHashStoredForIt()
    {
        await using var oidc = await Oidcserver.StartAsync();
        var person = Oidcperson.Ny();
        var brukere = oidc.Server.Tjeneste<IBrukerStore>();
        await brukere.OpprettOidcAsync(person.Pid);
        await brukere.ByttPassordAsync(person.Brukernavn, Integrasjonspassord.Hash("Et-kjent-passord-1234"));
        using var klient = new Forvaltningsklient(oidc.Server);

        using var medPassord = await klient.LoggInnAsync(person.Brukernavn, "Et-kjent-passord-1234");
        using var medMarkor = await klient.LoggInnAsync(person.Brukernavn, Oidcidentitet.IngenPassord);

        Assert.Equal(HttpStatusCode.OK, medPassord.StatusCode);
        Assert.Equal(["Feil brukernavn eller passord."], Forvaltningsklient.Feilmeldinger(await medPassord.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, medMarkor.StatusCode);
    }

    [Fact]
    public async Task NeitherASaksbehandlerNorAnotherKommunesAdministratorCanGrantOppslag()
    {
        await using var oidc = await Oidcserver.StartAsync();
        var kommune = await Testkommune.OpprettAsync(oidc.Server);
        var annen = await Testkommune.OpprettAsync(oidc.Server, "Annen kommune");
        var saksbehandler = Oidcperson.Ny();
        var brukere = oidc.Server.Tjeneste<IBrukerStore>();
        await brukere.OpprettOidcAsync(saksbehandler.Pid);
        await brukere.GiOppslagAsync(saksbehandler.Brukernavn, kommune.FiksOrgId);
        using var somSaksbehandler = new Forvaltningsklient(oidc.Server);
        await oidc.Utsteder.LoggInnAsync(somSaksbehandler, saksbehandler);
        using var annenAdmin = await annen.InnloggetKlientAsync(oidc.Server);
        var sti = $"/forvaltning/{kommune.FiksOrgId}/saksbehandlere";
        var offer = Oidcperson.Ny();

        using var side = await somSaksbehandler.GetAsync(sti);
        using var fraSaksbehandler = await somSaksbehandler.PostAsync(sti + "?handler=Gi", await somSaksbehandler.SkjemanokkelAsync(), ("type", "oidc"), ("identitet", offer.Pid));
        using var fraAnnen = await annenAdmin.PostAsync(sti + "?handler=Gi", await annenAdmin.SkjemanokkelAsync(), ("type", "oidc"), ("identitet", offer.Pid));
        using var fjernFraAnnen = await annenAdmin.PostAsync(sti + "?handler=Fjern", await annenAdmin.SkjemanokkelAsync(), ("identitet", saksbehandler.Brukernavn));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (side.StatusCode, fraSaksbehandler.StatusCode, fraAnnen.StatusCode, fjernFraAnnen.StatusCode));
        Assert.Null(await brukere.HentAsync(offer.Brukernavn));
        Assert.True((await brukere.HentAsync(saksbehandler.Brukernavn))!.HarOppslag(kommune.FiksOrgId));
    }

    private static async Task AvvistAsync(Oidcserver oidc, Forvaltningsklient klient, HttpResponseMessage svar, Oidcperson person)
    {
        Assert.Equal(HttpStatusCode.Found, svar.StatusCode);
        Assert.Equal("/forvaltning/logg-inn?oidcfeil=1", Forvaltningsklient.Adresse(svar));
        Assert.True(await oidc.Server.Tjeneste<IBrukerStore>().HentAsync(person.Brukernavn) is null,
            "kontoen ble opprettet: " + string.Join(" | ", oidc.Server.Logg.Linjer.Where(l => l.Contains("OIDC", StringComparison.Ordinal) || l.Contains("OpenIdConnect", StringComparison.Ordinal))));
        using var side = await klient.GetAsync("/forvaltning/konto");
        Assert.StartsWith(Innloggingssider.LoggInn, Forvaltningsklient.Adresse(side), StringComparison.Ordinal);
        var innlogging = await klient.SideAsync("/forvaltning/logg-inn?oidcfeil=1");
        Assert.Equal(["Innloggingen med Testutsteder ble ikke fullført. Prøv igjen."], Forvaltningsklient.Feilmeldinger(innlogging));
    }
}
