using System.Net;
using Kjoretoyregister.Server.Tests.Forvaltningsweb;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Angrep;

/// <summary>
/// A holder of a stolen forvaltning cookie (copied from a shared PC, a proxy log, a backup): once its owner
/// logs out, the copy opens nothing, neither the audit log with its fødselsnumre nor its CSV export.
/// </summary>
public abstract class StjaletCookieTests(ServerFabrikk server)
{
    public sealed class PaSqlite(TomtRegister fixture) : StjaletCookieTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : StjaletCookieTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    private ServerFabrikk Server => server;

    [Fact]
    public async Task ACookieReplayedAfterLogoutGetsTheLoginPage()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var eier = await kommune.InnloggetKlientAsync(Server);
        var oppslagslogg = $"/forvaltning/{kommune.FiksOrgId}/oppslagslogg";
        await eier.SideAsync(oppslagslogg);
        using var tyv = new Forvaltningsklient(Server);
        foreach (Cookie cookie in eier.Cookies.GetAllCookies())
        {
            tyv.Cookies.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        await tyv.SideAsync(oppslagslogg);

        using var utlogging = await eier.SendSkjemaAsync("/forvaltning/logg-ut");
        Assert.Equal(HttpStatusCode.Found, utlogging.StatusCode);

        foreach (var sti in new[] { oppslagslogg, oppslagslogg + "?handler=Csv", "/forvaltning/konto" })
        {
            using var svar = await tyv.GetAsync(sti);
            Assert.Equal(HttpStatusCode.Found, svar.StatusCode);
            Assert.StartsWith(Forvaltningsklient.LoggInnSti + "?tilbake=", Forvaltningsklient.Adresse(svar), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task LoggingOutEndsTheAccountsOtherSessionsAndAFreshLoginWorks()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var kontoret = await kommune.InnloggetKlientAsync(Server);
        using var hjemme = await kommune.InnloggetKlientAsync(Server);

        using var utlogging = await hjemme.SendSkjemaAsync("/forvaltning/logg-ut");
        using var kontoretEtter = await kontoret.GetAsync("/forvaltning/konto");
        await hjemme.InnloggetAsync(kommune.Brukernavn, kommune.Passord);

        Assert.Equal(HttpStatusCode.Found, utlogging.StatusCode);
        Assert.Equal(HttpStatusCode.Found, kontoretEtter.StatusCode);
        await hjemme.SideAsync("/forvaltning/konto");
    }
}
