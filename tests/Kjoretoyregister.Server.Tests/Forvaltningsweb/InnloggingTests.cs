using System.Net;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>The login page: the session cookie, one answer for every wrong login, and only local ways back.</summary>
public abstract class InnloggingTests(ServerFabrikk server)
{
    public sealed class PaSqlite(TomtRegister fixture) : InnloggingTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : InnloggingTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    public const string FeilInnlogging = "Feil brukernavn eller passord.";

    private ServerFabrikk Server => server;

    [Fact]
    public async Task SessionCookieIsHttpOnlySameSiteStrictOnForvaltningOnlyAndNotSecureOnHttp()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = new Forvaltningsklient(Server);

        using var svar = await klient.LoggInnAsync(kommune.Brukernavn, kommune.Passord);

        Assert.Equal(HttpStatusCode.Found, svar.StatusCode);
        var cookie = Assert.Single(svar.Headers.GetValues("Set-Cookie"), c => c.StartsWith("forvaltning=", StringComparison.Ordinal));
        var attributter = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributter);
        Assert.Contains("samesite=strict", attributter);
        Assert.Contains("path=/forvaltning", attributter);
        Assert.DoesNotContain("secure", attributter);
        Assert.DoesNotContain(attributter, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WrongPasswordAndUnknownUsernameGetTheSameAnswerAndNoSession()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = new Forvaltningsklient(Server);

        using var feilPassord = await klient.LoggInnAsync(kommune.Brukernavn, kommune.Passord + "x");
        var feilPassordTekst = await feilPassord.Content.ReadAsStringAsync();
        using var ukjent = await klient.LoggInnAsync("finnes-ikke-" + Guid.NewGuid().ToString("N"), kommune.Passord);
        var ukjentTekst = await ukjent.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, feilPassord.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ukjent.StatusCode);
        Assert.Equal(new[] { FeilInnlogging }, Forvaltningsklient.Feilmeldinger(feilPassordTekst));
        Assert.Equal(new[] { FeilInnlogging }, Forvaltningsklient.Feilmeldinger(ukjentTekst));
        Assert.DoesNotContain(feilPassord.Headers.TryGetValues("Set-Cookie", out var a) ? a : [], c => c.StartsWith("forvaltning=", StringComparison.Ordinal));
        Assert.DoesNotContain(ukjent.Headers.TryGetValues("Set-Cookie", out var b) ? b : [], c => c.StartsWith("forvaltning=", StringComparison.Ordinal));
        Assert.DoesNotContain(kommune.Passord, feilPassordTekst, StringComparison.Ordinal);
        Assert.DoesNotContain(kommune.Passord, ukjentTekst, StringComparison.Ordinal);
        using var oversikt = await klient.GetAsync("/forvaltning/oversikt");
        Assert.Equal(HttpStatusCode.Found, oversikt.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https:evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task ReturnAddressOutsideTheSiteIsIgnored(string tilbake)
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = new Forvaltningsklient(Server);

        using var svar = await klient.LoggInnAsync(kommune.Brukernavn, kommune.Passord, tilbake);

        Assert.Equal(HttpStatusCode.Found, svar.StatusCode);
        Assert.Equal("/forvaltning/oversikt", Forvaltningsklient.Adresse(svar));
        var vert = Forvaltningsklient.Vert(svar);
        Assert.True(vert is null || vert == Server.Adresse.Authority, $"innloggingen sendte videre til {vert}");
    }

    [Fact]
    public async Task LocalReturnAddressUnderForvaltningIsFollowed()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = new Forvaltningsklient(Server);

        using var svar = await klient.LoggInnAsync(kommune.Brukernavn, kommune.Passord, $"/forvaltning/{kommune.FiksOrgId}/oppslagslogg");

        Assert.Equal(HttpStatusCode.Found, svar.StatusCode);
        Assert.Equal($"/forvaltning/{kommune.FiksOrgId}/oppslagslogg", Forvaltningsklient.Adresse(svar));
    }
}
