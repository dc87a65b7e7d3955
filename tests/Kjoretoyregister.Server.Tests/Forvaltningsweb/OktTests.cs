using System.Net;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>Sessions and one's own password on <c>/forvaltning/konto</c>.</summary>
public sealed class OktTests(TomtRegister register) : IClassFixture<TomtRegister>
{
    private const string Nytt = "en lang setning som er det nye passordet";

    private ServerFabrikk Server => register.Server;

    [Fact]
    public async Task ChangingThePasswordEndsTheAccountsOtherSessionButKeepsTheOneThatChangedIt()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var denne = await kommune.InnloggetKlientAsync(Server);
        using var andre = await kommune.InnloggetKlientAsync(Server);
        await andre.SideAsync("/forvaltning/konto");

        using var bytt = await denne.SendSkjemaAsync("/forvaltning/konto", ("gjeldende", kommune.Passord), ("nytt", Nytt), ("gjenta", Nytt));

        Assert.Equal(HttpStatusCode.Found, bytt.StatusCode);
        Assert.Contains("Passordet er byttet", await denne.SideAsync("/forvaltning/konto"), StringComparison.Ordinal);
        using var utlogget = await andre.GetAsync($"/forvaltning/{kommune.FiksOrgId}");
        Assert.Equal(HttpStatusCode.Found, utlogget.StatusCode);
        Assert.StartsWith(Forvaltningsklient.LoggInnSti + "?tilbake=", Forvaltningsklient.Adresse(utlogget), StringComparison.Ordinal);
        using var fortsattUtlogget = await andre.GetAsync("/forvaltning/konto");
        Assert.Equal(HttpStatusCode.Found, fortsattUtlogget.StatusCode);
    }

    [Fact]
    public async Task AfterAChangeTheOldPasswordNoLongerLogsInAndTheNewOneDoes()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = await kommune.InnloggetKlientAsync(Server);

        using var bytt = await klient.SendSkjemaAsync("/forvaltning/konto", ("gjeldende", kommune.Passord), ("nytt", Nytt), ("gjenta", Nytt));

        Assert.Equal(HttpStatusCode.Found, bytt.StatusCode);
        using var gammel = new Forvaltningsklient(Server);
        using var gammelSvar = await gammel.LoggInnAsync(kommune.Brukernavn, kommune.Passord);
        Assert.Equal(HttpStatusCode.OK, gammelSvar.StatusCode);
        Assert.Equal(new[] { InnloggingTests.FeilInnlogging }, Forvaltningsklient.Feilmeldinger(await gammelSvar.Content.ReadAsStringAsync()));
        using var ny = new Forvaltningsklient(Server);
        await ny.InnloggetAsync(kommune.Brukernavn, Nytt);
    }

    [Fact]
    public async Task PasswordShorterThan12CharactersIsRefusedNamingTheFieldAndNothingChanges()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        var brukere = Server.Tjeneste<IBrukerStore>();
        var forBytte = await brukere.HentInnloggingAsync(kommune.Brukernavn);
        using var klient = await kommune.InnloggetKlientAsync(Server);

        using var svar = await klient.SendSkjemaAsync("/forvaltning/konto", ("gjeldende", kommune.Passord), ("nytt", "elleve-tegn"), ("gjenta", "elleve-tegn"));
        var tekst = await svar.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Equal(new[] { "Nytt passord må være minst 12 tegn." }, Forvaltningsklient.Feilmeldinger(tekst));
        Assert.Contains("""<a href="#nytt">""", tekst, StringComparison.Ordinal);
        Assert.Equal("Nytt passord må være minst 12 tegn.", Forvaltningsklient.Elementtekst(tekst, "nytt-feil"));
        Assert.DoesNotContain("elleve-tegn", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(kommune.Passord, tekst, StringComparison.Ordinal);
        var etter = await brukere.HentInnloggingAsync(kommune.Brukernavn);
        Assert.Equal(forBytte!.Passordhash, etter!.Passordhash);
        Assert.Equal(forBytte.Sikkerhetsstempel, etter.Sikkerhetsstempel);
    }

    [Fact]
    public async Task WrongCurrentPasswordIsRefusedSoAnOpenSessionAloneCannotTakeOverTheAccount()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        var brukere = Server.Tjeneste<IBrukerStore>();
        var forBytte = await brukere.HentInnloggingAsync(kommune.Brukernavn);
        using var klient = await kommune.InnloggetKlientAsync(Server);

        using var svar = await klient.SendSkjemaAsync("/forvaltning/konto", ("gjeldende", "gjettet-passord"), ("nytt", Nytt), ("gjenta", Nytt));

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Equal(new[] { "Nåværende passord er feil." }, Forvaltningsklient.Feilmeldinger(await svar.Content.ReadAsStringAsync()));
        Assert.Equal(forBytte!.Passordhash, (await brukere.HentInnloggingAsync(kommune.Brukernavn))!.Passordhash);
    }
}
