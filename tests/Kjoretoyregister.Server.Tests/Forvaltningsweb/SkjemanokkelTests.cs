using System.Net;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>
/// Antiforgery: with a valid session but without the page's own <c>__skjemanokkel</c> (left out, made
/// up, or another session's), a form post is refused with 400 and changes nothing, so another site
/// cannot make a logged-in administrator's browser change anything.
/// </summary>
public sealed class SkjemanokkelTests(TomtRegister register) : IClassFixture<TomtRegister>
{
    private ServerFabrikk Server => register.Server;

    public static TheoryData<string> UgyldigeNokler => ["mangler", "oppdiktet", "annen økt", "før innlogging"];

    [Theory]
    [MemberData(nameof(UgyldigeNokler))]
    public async Task TilgangerPostWithoutTheSessionsSkjemanokkelIs400AndKanSokeStaysOff(string hvilken)
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = new Forvaltningsklient(Server);
        var nokkel = await UgyldigNokkelAsync(hvilken, klient, kommune);

        using var svar = await klient.PostAsync($"{kommune.IntegrasjonSti}?handler=Tilganger", nokkel, ("kanSoke", "true"));

        Assert.Equal(HttpStatusCode.BadRequest, svar.StatusCode);
        Assert.Equal("text/html", svar.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Skjemaet kunne ikke tas imot", await svar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False((await Server.Tjeneste<IForvaltningStore>().HentIntegrasjonAsync(kommune.IntegrasjonId))!.KanSoke);
    }

    [Theory]
    [MemberData(nameof(UgyldigeNokler))]
    public async Task LoggUtWithoutTheSessionsSkjemanokkelIs400AndTheSessionLivesOn(string hvilken)
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = new Forvaltningsklient(Server);
        var nokkel = await UgyldigNokkelAsync(hvilken, klient, kommune);

        using var svar = await klient.PostAsync("/forvaltning/logg-ut", nokkel);

        Assert.Equal(HttpStatusCode.BadRequest, svar.StatusCode);
        await klient.SideAsync("/forvaltning/konto");
    }

    [Theory]
    [MemberData(nameof(UgyldigeNokler))]
    public async Task KontoPostWithoutTheSessionsSkjemanokkelIs400AndThePasswordStays(string hvilken)
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        var brukere = Server.Tjeneste<IBrukerStore>();
        var forBytte = await brukere.HentInnloggingAsync(kommune.Brukernavn);
        using var klient = new Forvaltningsklient(Server);
        var nokkel = await UgyldigNokkelAsync(hvilken, klient, kommune);
        const string nytt = "et helt nytt og langt passord";

        using var svar = await klient.PostAsync("/forvaltning/konto", nokkel, ("gjeldende", kommune.Passord), ("nytt", nytt), ("gjenta", nytt));

        Assert.Equal(HttpStatusCode.BadRequest, svar.StatusCode);
        var etter = await brukere.HentInnloggingAsync(kommune.Brukernavn);
        Assert.Equal(forBytte!.Passordhash, etter!.Passordhash);
        Assert.Equal(forBytte.Sikkerhetsstempel, etter.Sikkerhetsstempel);
        await klient.SideAsync("/forvaltning/konto");
    }

    [Fact]
    public async Task TheSameFormWithTheSessionsOwnSkjemanokkelIsAccepted()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = await kommune.InnloggetKlientAsync(Server);

        using var svar = await klient.SendSkjemaAsync($"{kommune.IntegrasjonSti}?handler=Tilganger", ("kanSoke", "true"));

        Assert.Equal(HttpStatusCode.Found, svar.StatusCode);
        Assert.True((await Server.Tjeneste<IForvaltningStore>().HentIntegrasjonAsync(kommune.IntegrasjonId))!.KanSoke);
    }

    /// <summary>
    /// Logs <paramref name="klient"/> in as the kommune's administrator and returns a value that is not
    /// this session's: none, made up, another logged-in session's, or this browser's own from the login
    /// page before it logged in.
    /// </summary>
    private async Task<string?> UgyldigNokkelAsync(string hvilken, Forvaltningsklient klient, Testkommune kommune)
    {
        var forInnlogging = await klient.SkjemanokkelAsync(Forvaltningsklient.LoggInnSti);
        await klient.InnloggetAsync(kommune.Brukernavn, kommune.Passord);
        switch (hvilken)
        {
            case "mangler":
                return null;
            case "oppdiktet":
                return "CfDJ8" + new string('A', 150);
            case "annen økt":
                var annen = await Testkommune.OpprettAsync(Server);
                using (var annenKlient = await annen.InnloggetKlientAsync(Server))
                {
                    return await annenKlient.SkjemanokkelAsync();
                }

            default:
                return forInnlogging;
        }
    }
}
