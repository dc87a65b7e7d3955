using System.Net;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>
/// Who sees and changes which organisation: a lokal administrator of kommune B gets nothing of kommune A,
/// whatever he puts in the URL and with his own valid antiforgery value; the KS pages are for
/// KS-administrators only; a KS-administrator opens every organisation.
/// </summary>
public sealed class OrganisasjonstilgangTests(TomtRegister register) : IClassFixture<TomtRegister>
{
    private ServerFabrikk Server => register.Server;

    public static TheoryData<string> SiderForEnOrganisasjon =>
    [
        "/forvaltning/{org}",
        "/forvaltning/{org}/fiks-konfigurasjon",
        "/forvaltning/{org}/fiks-konfigurasjon/kjoretoyregister",
        "/forvaltning/{org}/fiks-konfigurasjon/kjoretoyregister/ny-integrasjon",
        "/forvaltning/{org}/integrasjoner/{integrasjon}",
        "/forvaltning/{org}/integrasjoner/{integrasjon}/nytt-passord",
        "/forvaltning/{org}/integrasjoner/{integrasjon}/slett",
        "/forvaltning/{org}/innstillinger",
        "/forvaltning/{org}/formal",
        "/forvaltning/{org}/veiviser",
        "/forvaltning/{org}/oppslagslogg",
        "/forvaltning/{org}/oppslagslogg?handler=Csv",
        "/forvaltning/{org}/innsyn",
        "/forvaltning/{org}/forbruk",
        "/forvaltning/{org}/endringslogg",
        "/forvaltning/{org}/saksbehandlere",
    ];

    [Theory]
    [MemberData(nameof(SiderForEnOrganisasjon))]
    public async Task LokalAdministratorOfAnotherKommuneGets403AndSeesNothingOfIt(string mal)
    {
        var a = await Testkommune.OpprettAsync(Server, "Kommune A");
        var b = await Testkommune.OpprettAsync(Server, "Kommune B");
        using var klient = await b.InnloggetKlientAsync(Server);
        var endringslogg = Server.Tjeneste<IEndringslogg>();
        var endringerFor = await endringslogg.TellAsync(a.FiksOrgId);

        using var svar = await klient.GetAsync(Sti(mal, a));
        var tekst = await svar.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, svar.StatusCode);
        Assert.Equal("text/html", svar.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Ingen tilgang", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(a.Organisasjon.Navn, tekst, StringComparison.Ordinal);
        Assert.Equal(endringerFor, await endringslogg.TellAsync(a.FiksOrgId));
    }

    [Fact]
    public async Task LokalAdministratorOfAnotherKommuneCannotChangeItEvenWithHisOwnValidSkjemanokkel()
    {
        var a = await Testkommune.OpprettAsync(Server, "Kommune A");
        var b = await Testkommune.OpprettAsync(Server, "Kommune B");
        var store = Server.Tjeneste<IForvaltningStore>();
        var endringslogg = Server.Tjeneste<IEndringslogg>();
        var hashFor = (await store.HentTilgangAsync(a.IntegrasjonId))!.Passordhash;
        var detaljerFor = await store.HentDetaljerAsync(a.FiksOrgId);
        using var klient = await b.InnloggetKlientAsync(Server);
        var nokkel = await klient.SkjemanokkelAsync();
        var org = $"/forvaltning/{a.FiksOrgId}";
        var nyIntegrasjon = Guid.NewGuid();

        var svar = new List<(string Hva, HttpStatusCode Status)>();
        foreach (var (sti, felt) in new (string, (string, string)[])[]
        {
            ($"{a.IntegrasjonSti}?handler=Tilganger", [("kanSoke", "true")]),
            ($"{a.IntegrasjonSti}/nytt-passord", []),
            ($"{a.IntegrasjonSti}/slett", []),
            ($"{org}/fiks-konfigurasjon/kjoretoyregister?handler=Deaktiver", []),
            ($"{org}/fiks-konfigurasjon/kjoretoyregister/ny-integrasjon?handler=Lagre",
                [("navn", "Innbrudd"), ("organisasjonsnummer", Testkommune.Leverandornummer.Verdi), ("integrasjonsnokkel", nyIntegrasjon.ToString())]),
            ($"{org}/innstillinger", [("kommunenavn", "Kapret"), ("fakturaadresse", "Et annet sted"), ("ehfOrganisasjonsnummer", Testkommune.Leverandornummer.Verdi)]),
            ($"{org}/veiviser", [("kommunenavn", "Kapret"), ("fakturaadresse", "Et annet sted"), ("ehfOrganisasjonsnummer", Testkommune.Leverandornummer.Verdi)]),
        })
        {
            using var post = await klient.PostAsync(sti, nokkel, felt);
            svar.Add((sti, post.StatusCode));
        }

        Assert.All(svar, s => Assert.True(s.Status == HttpStatusCode.Forbidden, $"POST {s.Hva}: {(int)s.Status}"));
        var integrasjon = await store.HentIntegrasjonAsync(a.IntegrasjonId);
        Assert.NotNull(integrasjon);
        Assert.False(integrasjon.KanSoke);
        Assert.Equal(hashFor, (await store.HentTilgangAsync(a.IntegrasjonId))!.Passordhash);
        Assert.Null(await store.HentIntegrasjonAsync(nyIntegrasjon));
        Assert.Single(await store.ListIntegrasjonerAsync(a.FiksOrgId));
        Assert.Equal(detaljerFor, await store.HentDetaljerAsync(a.FiksOrgId));
        Assert.DoesNotContain(await endringslogg.ListAsync(a.FiksOrgId, 0, 100), e => e.Utfortav == b.Brukernavn);
    }

    [Fact]
    public async Task ItsOwnOrganisationInTheUrlDoesNotOpenAnotherKommunesIntegration()
    {
        var a = await Testkommune.OpprettAsync(Server, "Kommune A");
        var b = await Testkommune.OpprettAsync(Server, "Kommune B");
        var store = Server.Tjeneste<IForvaltningStore>();
        var hashFor = (await store.HentTilgangAsync(a.IntegrasjonId))!.Passordhash;
        using var klient = await b.InnloggetKlientAsync(Server);
        var nokkel = await klient.SkjemanokkelAsync();
        var blandet = $"/forvaltning/{b.FiksOrgId}/integrasjoner/{a.IntegrasjonId}";

        var sider = new List<(string Hva, HttpStatusCode Status)>();
        foreach (var sti in new[] { blandet, blandet + "/nytt-passord", blandet + "/slett" })
        {
            using var get = await klient.GetAsync(sti);
            sider.Add(("GET " + sti, get.StatusCode));
        }

        foreach (var sti in new[] { blandet + "?handler=Tilganger", blandet + "/nytt-passord", blandet + "/slett" })
        {
            using var post = await klient.PostAsync(sti, nokkel, ("kanSoke", "true"));
            sider.Add(("POST " + sti, post.StatusCode));
        }

        Assert.All(sider, s => Assert.True(s.Status == HttpStatusCode.NotFound, $"{s.Hva}: {(int)s.Status}"));
        var integrasjon = await store.HentIntegrasjonAsync(a.IntegrasjonId);
        Assert.NotNull(integrasjon);
        Assert.False(integrasjon.KanSoke);
        Assert.Equal(hashFor, (await store.HentTilgangAsync(a.IntegrasjonId))!.Passordhash);
    }

    [Fact]
    public async Task OversiktDoesNotSendAnAdministratorToAKommuneHeDoesNotAdminister()
    {
        var a = await Testkommune.OpprettAsync(Server, "Kommune A");
        var b = await Testkommune.OpprettAsync(Server, "Kommune B");
        using var klient = await b.InnloggetKlientAsync(Server);

        using var svar = await klient.GetAsync($"/forvaltning/oversikt?fiksOrgId={a.FiksOrgId}");

        Assert.Equal(HttpStatusCode.Found, svar.StatusCode);
        Assert.Equal($"/forvaltning/{b.FiksOrgId}", Forvaltningsklient.Adresse(svar));
    }

    [Theory]
    [InlineData("/forvaltning/ks/organisasjoner")]
    [InlineData("/forvaltning/ks/organisasjoner/{org}")]
    [InlineData("/forvaltning/ks/endringslogg")]
    public async Task LokalAdministratorIsSentToIngenTilgangFromTheKsPages(string mal)
    {
        var b = await Testkommune.OpprettAsync(Server, "Kommune B");
        using var klient = await b.InnloggetKlientAsync(Server);

        using var svar = await klient.GetAsync(Sti(mal, b));
        using var ingenTilgang = await klient.GetAsync(Forvaltningsklient.Adresse(svar) ?? "/");

        Assert.Equal(HttpStatusCode.Found, svar.StatusCode);
        Assert.StartsWith("/forvaltning/ingen-tilgang", Forvaltningsklient.Adresse(svar), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, ingenTilgang.StatusCode);
        Assert.Contains("Ingen tilgang", await ingenTilgang.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LokalAdministratorCannotCreateAnOrganisationOrGiveHimselfAnother()
    {
        var a = await Testkommune.OpprettAsync(Server, "Kommune A");
        var b = await Testkommune.OpprettAsync(Server, "Kommune B");
        var store = Server.Tjeneste<IForvaltningStore>();
        var antallFor = (await store.ListOrganisasjonerAsync()).Count;
        using var klient = await b.InnloggetKlientAsync(Server);
        var nokkel = await klient.SkjemanokkelAsync();

        using var opprett = await klient.PostAsync("/forvaltning/ks/organisasjoner", nokkel, ("navn", "Ny kommune"), ("organisasjonsnummer", Testkommune.Kommunenummer.Verdi));
        using var gi = await klient.PostAsync($"/forvaltning/ks/organisasjoner/{a.FiksOrgId}?handler=GiAdministrator", nokkel, ("brukernavn", b.Brukernavn));

        Assert.NotEqual(HttpStatusCode.OK, opprett.StatusCode);
        Assert.StartsWith("/forvaltning/ingen-tilgang", Forvaltningsklient.Adresse(opprett), StringComparison.Ordinal);
        Assert.StartsWith("/forvaltning/ingen-tilgang", Forvaltningsklient.Adresse(gi), StringComparison.Ordinal);
        Assert.Equal(antallFor, (await store.ListOrganisasjonerAsync()).Count);
        Assert.Equal(new[] { b.FiksOrgId }, (await Server.Tjeneste<IBrukerStore>().HentAsync(b.Brukernavn))!.Organisasjoner);
    }

    [Fact]
    public async Task LokalAdministratorCannotSetATariff()
    {
        var b = await Testkommune.OpprettAsync(Server, "Kommune B");
        var store = Server.Tjeneste<IForvaltningStore>();
        var tarifferFor = await store.ListTariffAsync();
        using var klient = await b.InnloggetKlientAsync(Server);
        var nokkel = await klient.SkjemanokkelAsync("/forvaltning/priser");

        using var svar = await klient.PostAsync("/forvaltning/priser", nokkel, ("gyldigFra", "2030-01-01"), ("prisPerOppslag", "9,99"), ("manedspris", "99999"));

        Assert.Equal(HttpStatusCode.Forbidden, svar.StatusCode);
        Assert.Equal(tarifferFor, await store.ListTariffAsync());
    }

    [Fact]
    public async Task KsAdministratorOpensAnyOrganisationAndItsIntegrations()
    {
        var a = await Testkommune.OpprettAsync(Server, "Kommune A");
        using var fiks = new Fiksklient(Server);
        using var klient = new Forvaltningsklient(Server);
        await klient.InnloggetAsync(fiks.Demo.KsAdministrator!.Brukernavn, fiks.Demo.KsAdministrator.Passord);

        var forside = await klient.SideAsync($"/forvaltning/{a.FiksOrgId}");
        await klient.SideAsync(a.IntegrasjonSti);
        await klient.SideAsync($"/forvaltning/{a.FiksOrgId}/oppslagslogg");
        await klient.SideAsync($"/forvaltning/ks/organisasjoner/{a.FiksOrgId}");

        Assert.Contains(a.Organisasjon.Navn, forside, StringComparison.Ordinal);
    }

    private static string Sti(string mal, Testkommune kommune) =>
        mal.Replace("{org}", kommune.FiksOrgId.ToString(), StringComparison.Ordinal)
            .Replace("{integrasjon}", kommune.IntegrasjonId.ToString(), StringComparison.Ordinal);
}
