using System.Net;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>What a visitor without a session can and cannot do in forvaltning.</summary>
public sealed class AnonymTilgangTests(TomtRegister register) : IClassFixture<TomtRegister>
{
    private ServerFabrikk Server => register.Server;

    [Theory]
    [InlineData("/forvaltning")]
    [InlineData("/forvaltning/sikkerhetsdokumentasjon")]
    [InlineData("/forvaltning/logg-inn")]
    public async Task PublicPagesOpenWithoutLogin(string sti)
    {
        using var klient = new Forvaltningsklient(Server);

        using var svar = await klient.GetAsync(sti);

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Equal("text/html", svar.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/forvaltning/oversikt")]
    [InlineData("/forvaltning/{org}")]
    [InlineData("/forvaltning/{org}/integrasjoner/{integrasjon}")]
    [InlineData("/forvaltning/{org}/oppslagslogg?handler=Csv")]
    [InlineData("/forvaltning/{org}/innsyn")]
    [InlineData("/forvaltning/konto")]
    [InlineData("/forvaltning/priser")]
    [InlineData("/forvaltning/ks/organisasjoner")]
    public async Task PageBehindLoginRedirectsAnAnonymousVisitorToTheLoginPageWithTheWayBack(string mal)
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        var sti = mal.Replace("{org}", kommune.FiksOrgId.ToString(), StringComparison.Ordinal)
            .Replace("{integrasjon}", kommune.IntegrasjonId.ToString(), StringComparison.Ordinal);
        using var klient = new Forvaltningsklient(Server);

        using var svar = await klient.GetAsync(sti);
        var tekst = await svar.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Found, svar.StatusCode);
        Assert.Equal($"/forvaltning/logg-inn?tilbake={Uri.EscapeDataString(sti)}", Forvaltningsklient.Adresse(svar));
        var vert = Forvaltningsklient.Vert(svar);
        Assert.True(vert is null || vert == Server.Adresse.Authority, $"innloggingen er på samme server, ikke {vert}");
        Assert.DoesNotContain(kommune.Organisasjon.Navn, tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostWithoutASessionRedirectsToLoginAndChangesNothingEvenWithAnAnonymousSkjemanokkel()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        var store = Server.Tjeneste<IForvaltningStore>();
        var forHash = (await store.HentTilgangAsync(kommune.IntegrasjonId))!.Passordhash;
        var forTariff = await store.ListTariffAsync();
        using var klient = new Forvaltningsklient(Server);
        var nokkel = await klient.SkjemanokkelAsync(Forvaltningsklient.LoggInnSti);

        using var tilganger = await klient.PostAsync($"{kommune.IntegrasjonSti}?handler=Tilganger", nokkel, ("kanSoke", "true"));
        using var nyttPassord = await klient.PostAsync($"{kommune.IntegrasjonSti}/nytt-passord", nokkel);
        using var slett = await klient.PostAsync($"{kommune.IntegrasjonSti}/slett", nokkel);
        using var tariff = await klient.PostAsync("/forvaltning/priser", nokkel, ("gyldigFra", "2030-01-01"), ("prisPerOppslag", "9,99"), ("manedspris", "999"));

        Assert.All(new[] { tilganger, nyttPassord, slett, tariff }, svar =>
        {
            Assert.Equal(HttpStatusCode.Found, svar.StatusCode);
            Assert.StartsWith("/forvaltning/logg-inn?tilbake=", Forvaltningsklient.Adresse(svar), StringComparison.Ordinal);
        });
        var etter = await store.HentIntegrasjonAsync(kommune.IntegrasjonId);
        Assert.NotNull(etter);
        Assert.False(etter.KanSoke);
        Assert.Equal(forHash, (await store.HentTilgangAsync(kommune.IntegrasjonId))!.Passordhash);
        Assert.Equal(forTariff, await store.ListTariffAsync());
    }
}
