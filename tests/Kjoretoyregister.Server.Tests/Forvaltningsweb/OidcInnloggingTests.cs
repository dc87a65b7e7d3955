using System.Net;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>
/// Sign-in with OpenID Connect over real HTTP against the test provider: code flow with PKCE, the account
/// <c>oidc:&lt;pid&gt;</c> created with no role on first sign-in, the role Oppslag granted and withdrawn on the
/// Saksbehandlere page, and sign-out that ends the session here, on every instance, and at the provider.
/// </summary>
public sealed class OidcInnloggingTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FirstSignInCreatesAnAccountWithNoRoleThatSeesOnlyTheIngenRollePage(bool postgres)
    {
        await using var oidc = await Oidcserver.StartAsync(postgres);
        using var klient = new Forvaltningsklient(oidc.Server);
        var person = Oidcperson.Ny();

        var videre = await oidc.Utsteder.LoggInnAsync(klient, person);
        using var oversikt = await klient.GetAsync(videre);
        var side = await klient.SideAsync(Innloggingssider.IngenRolle, HttpStatusCode.Forbidden);

        Assert.Equal(Innloggingssider.Oversikt, videre);
        Assert.Equal(Innloggingssider.IngenRolle, Forvaltningsklient.Adresse(oversikt));
        Assert.Equal(person.Brukernavn, Forvaltningsklient.Elementtekst(side, "identitet"));
        var bruker = await oidc.Server.Tjeneste<IBrukerStore>().HentAsync(person.Brukernavn);
        Assert.NotNull(bruker);
        Assert.False(Rollekrav(bruker));
        Assert.Equal(Oidcidentitet.IngenPassord, (await oidc.Server.Tjeneste<IBrukerStore>().HentInnloggingAsync(person.Brukernavn))!.Passordhash);
        var autorisasjon = Assert.Single(oidc.Utsteder.Autorisasjoner);
        Assert.Equal(("code", "S256", true), (autorisasjon.ResponseType, autorisasjon.CodeChallengeMethod, autorisasjon.Nonce is { Length: > 0 }));
        Assert.True(autorisasjon.ResponseMode is null or "query", "svaret skal komme som query (standard for code), ikke som form_post");
        Assert.Contains("Konto opprettet ved første innlogging med OIDC",
            (await oidc.Server.Tjeneste<IEndringslogg>().ListAsync(null, 0, 100)).Where(e => e.Utfortav == person.Brukernavn).Select(e => e.Handling));
        Assert.DoesNotContain(oidc.Server.Logg.Linjer, l => l.Contains(person.Pid, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSameSubjectSignsInToTheSameAccountAndSubjectClaimSubIsHonoured()
    {
        await using var oidc = await Oidcserver.StartAsync(oppsett: s => s.Konfig["Forvaltning:Oidc:SubjectClaim"] = "sub");
        using var forste = new Forvaltningsklient(oidc.Server);
        using var andre = new Forvaltningsklient(oidc.Server);
        var person = Oidcperson.Ny() with { Sub = "Pairwise-MedStoreBokstaver" };

        await oidc.Utsteder.LoggInnAsync(forste, person);
        await oidc.Utsteder.LoggInnAsync(andre, person);

        var brukere = (await oidc.Server.Tjeneste<IBrukerStore>().ListAsync()).Where(b => Oidcidentitet.Er(b.Brukernavn)).ToList();
        Assert.Equal("oidc:Pairwise-MedStoreBokstaver", Assert.Single(brukere).Brukernavn);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheLokalAdministratorGrantsOppslagByIdentityOnTheSaksbehandlerePageAndWithdrawsIt(bool postgres)
    {
        await using var oidc = await Oidcserver.StartAsync(postgres);
        var kommune = await Testkommune.OpprettAsync(oidc.Server);
        using var admin = await kommune.InnloggetKlientAsync(oidc.Server);
        var person = Oidcperson.Ny();
        var sti = $"/forvaltning/{kommune.FiksOrgId}/saksbehandlere";
        var brukere = oidc.Server.Tjeneste<IBrukerStore>();

        using var gitt = await admin.PostAsync(sti + "?handler=Gi", await admin.SkjemanokkelAsync(sti), ("type", "oidc"), ("identitet", person.Pid));
        var etterGi = await brukere.HentAsync(person.Brukernavn);
        var liste = await admin.SideAsync(sti);
        using var fjernet = await admin.PostAsync(sti + "?handler=Fjern", await admin.SkjemanokkelAsync(sti), ("identitet", person.Brukernavn));
        var etterFjern = await brukere.HentAsync(person.Brukernavn);

        Assert.Equal(HttpStatusCode.Found, gitt.StatusCode);
        Assert.True(etterGi!.HarOppslag(kommune.FiksOrgId));
        Assert.Empty(etterGi.Organisasjoner);
        Assert.Contains(person.Brukernavn, liste, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, fjernet.StatusCode);
        Assert.False(etterFjern!.HarOppslag(kommune.FiksOrgId));
        var handlinger = (await oidc.Server.Tjeneste<IEndringslogg>().ListAsync(kommune.FiksOrgId, 0, 100)).Where(e => e.Utfortav == kommune.Brukernavn).Select(e => e.Handling).ToList();
        Assert.Contains($"Ga {person.Brukernavn} rollen Oppslag", handlinger);
        Assert.Contains($"Fjernet rollen Oppslag fra {person.Brukernavn}", handlinger);
    }

    [Fact]
    public async Task GrantingToAnUnknownLocalUsernameOrAMalformedIdentityNamesTheField()
    {
        await using var oidc = await Oidcserver.StartAsync();
        var kommune = await Testkommune.OpprettAsync(oidc.Server);
        using var admin = await kommune.InnloggetKlientAsync(oidc.Server);
        var sti = $"/forvaltning/{kommune.FiksOrgId}/saksbehandlere";

        using var ukjent = await admin.PostAsync(sti + "?handler=Gi", await admin.SkjemanokkelAsync(sti), ("type", "lokal"), ("identitet", "finnes-ikke"));
        using var ugyldig = await admin.PostAsync(sti + "?handler=Gi", await admin.SkjemanokkelAsync(sti), ("type", "oidc"), ("identitet", "to ord"));

        Assert.Equal(["Finner ingen lokal konto med brukernavnet «finnes-ikke». Lokale kontoer lages av KS-administrator."], Forvaltningsklient.Feilmeldinger(await ukjent.Content.ReadAsStringAsync()));
        Assert.Equal([Oidcidentitet.Melding], Forvaltningsklient.Feilmeldinger(await ugyldig.Content.ReadAsStringAsync()));
        Assert.Contains("aria-describedby=\"identitet-hjelp identitet-feil\"", await ugyldig.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KsMakesAnOidcIdentityLokalAdministratorWithoutAPasswordAndThePersonLandsOnTheKommune()
    {
        await using var oidc = await Oidcserver.StartAsync();
        var kommune = await Testkommune.OpprettAsync(oidc.Server);
        var passord = $"Ks-passord-{Guid.NewGuid():N}";
        var ks = $"ks-{Guid.NewGuid():N}";
        await oidc.Server.Tjeneste<IBrukerStore>().OpprettAsync(ks, "KS", Kjoretoyregister.Server.Forvaltning.Integrasjonspassord.Hash(passord), ksAdministrator: true);
        using var ksKlient = new Forvaltningsklient(oidc.Server);
        await ksKlient.InnloggetAsync(ks, passord);
        var person = Oidcperson.Ny();
        var sti = $"/forvaltning/ks/organisasjoner/{kommune.FiksOrgId}";

        using var gitt = await ksKlient.PostAsync(sti + "?handler=GiAdministrator", await ksKlient.SkjemanokkelAsync(sti), ("brukernavn", person.Brukernavn));
        using var somPerson = new Forvaltningsklient(oidc.Server);
        var videre = await oidc.Utsteder.LoggInnAsync(somPerson, person);
        using var oversikt = await somPerson.GetAsync(videre);

        Assert.Equal(HttpStatusCode.Found, gitt.StatusCode);
        Assert.True((await oidc.Server.Tjeneste<IBrukerStore>().HentAsync(person.Brukernavn))!.Administrerer(kommune.FiksOrgId));
        Assert.Equal(Oidcidentitet.IngenPassord, (await oidc.Server.Tjeneste<IBrukerStore>().HentInnloggingAsync(person.Brukernavn))!.Passordhash);
        Assert.Equal($"/forvaltning/{kommune.FiksOrgId}", Forvaltningsklient.Adresse(oversikt));
    }

    private static bool Rollekrav(Bruker bruker) => Kjoretoyregister.Server.Forvaltning.Sider.Rollekrav.HarRolle(bruker);
}
