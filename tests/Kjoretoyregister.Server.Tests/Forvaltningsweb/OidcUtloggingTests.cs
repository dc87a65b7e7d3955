using System.Net;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>
/// Sign-out of a session begun with OpenID Connect: the provider's end-session endpoint is called with the
/// ID token as hint and sends the browser back to <c>/forvaltning/oidc/utlogget</c>, and a copy of the old
/// cookie is dead at once, on this instance and on another one over the same database.
/// </summary>
public sealed class OidcUtloggingTests
{
    [Fact]
    public async Task SignOutEndsTheSessionAtTheProviderAndTheOldCookieIsDead()
    {
        await using var oidc = await Oidcserver.StartAsync();
        var (klient, kopi) = await InnloggetMedKopiAsync(oidc.Server, oidc);

        using var utlogget = await klient.PostAsync("/forvaltning/logg-ut", await klient.SkjemanokkelAsync("/forvaltning/konto"));
        using var leverandor = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        using var tilbake = await leverandor.GetAsync(utlogget.Headers.Location);
        using var tilbakekall = await klient.Http.GetAsync(tilbake.Headers.Location);
        using var etterpa = await kopi.GetAsync("/forvaltning/konto");

        Assert.Equal(HttpStatusCode.Found, utlogget.StatusCode);
        Assert.StartsWith(oidc.Utsteder.Adresse + "connect/endsession?", utlogget.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        var (hint, adresse) = Assert.Single(oidc.Utsteder.Utlogginger);
        Assert.False(string.IsNullOrEmpty(hint));
        Assert.Equal(new Uri(oidc.Server.Adresse, "/forvaltning/oidc/utlogget"), new Uri(adresse!));
        Assert.Equal(HttpStatusCode.Found, tilbake.StatusCode);
        Assert.Equal(Innloggingssider.LoggInn, Forvaltningsklient.Adresse(tilbakekall));
        Assert.Equal(HttpStatusCode.Found, etterpa.StatusCode);
        Assert.StartsWith(Innloggingssider.LoggInn, Forvaltningsklient.Adresse(etterpa), StringComparison.Ordinal);
        kopi.Dispose();
        klient.Dispose();
    }

    [Fact]
    public async Task AfterSignOutTheOldCookieIsDeadOnAnotherInstanceToo()
    {
        await using var oidc = await Oidcserver.StartAsync(postgres: true);
        var b = oidc.AndreInstans();
        var (klient, _) = await InnloggetMedKopiAsync(oidc.Server, oidc);
        using var paB = new Forvaltningsklient(b);
        foreach (Cookie cookie in klient.Cookies.GetAllCookies())
        {
            paB.Cookies.Add(cookie);
        }

        var forUtlogging = await paB.SideAsync("/forvaltning/konto");
        using var utlogget = await klient.PostAsync("/forvaltning/logg-ut", await klient.SkjemanokkelAsync("/forvaltning/konto"));
        using var etterpa = await paB.GetAsync("/forvaltning/konto");

        Assert.Contains(OidcPerson.Brukernavn, forUtlogging, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, utlogget.StatusCode);
        Assert.StartsWith(Innloggingssider.LoggInn, Forvaltningsklient.Adresse(etterpa), StringComparison.Ordinal);
        klient.Dispose();
    }

    private static readonly Oidcperson OidcPerson = Oidcperson.Ny();

    /// <summary>A person with a role (so pages answer), signed in; and a second client holding a copy of the session cookie.</summary>
    private static async Task<(Forvaltningsklient Klient, Forvaltningsklient Kopi)> InnloggetMedKopiAsync(ServerFabrikk server, Oidcserver oidc)
    {
        var kommune = await Testkommune.OpprettAsync(server);
        var person = OidcPerson with { };
        await server.Tjeneste<IBrukerStore>().OpprettOidcAsync(person.Pid);
        await server.Tjeneste<IBrukerStore>().GiOppslagAsync(person.Brukernavn, kommune.FiksOrgId);
        var klient = new Forvaltningsklient(server);
        await oidc.Utsteder.LoggInnAsync(klient, person);
        var kopi = new Forvaltningsklient(server);
        foreach (Cookie cookie in klient.Cookies.GetAllCookies())
        {
            kopi.Cookies.Add(cookie);
        }

        return (klient, kopi);
    }
}
