using System.Net;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>Error pages and response headers of the UI, and that the API keeps its own error bodies.</summary>
public sealed class FeilsideTests(TomtRegister register) : IClassFixture<TomtRegister>
{
    private ServerFabrikk Server => register.Server;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UnknownForvaltningAddressIsANorwegianHtml404(bool innlogget)
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = innlogget ? await kommune.InnloggetKlientAsync(Server) : new Forvaltningsklient(Server);

        using var svar = await klient.GetAsync("/forvaltning/finnes-ikke/her");
        var tekst = await svar.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, svar.StatusCode);
        Assert.Equal("text/html", svar.Content.Headers.ContentType?.MediaType);
        Assert.Contains("""<html lang="nb">""", tekst, StringComparison.Ordinal);
        Assert.Contains("Fant ikke siden", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("errorCode", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganisationThatDoesNotExistIsAnHtml404ForAKsAdministrator()
    {
        using var fiks = new Fiksklient(Server);
        using var klient = new Forvaltningsklient(Server);
        await klient.InnloggetAsync(fiks.Demo.KsAdministrator!.Brukernavn, fiks.Demo.KsAdministrator.Passord);

        using var svar = await klient.GetAsync($"/forvaltning/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, svar.StatusCode);
        Assert.Equal("text/html", svar.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownApiAddressStillGivesAFiksErrorMessage()
    {
        using var http = Server.CreateClient();

        var feil = await Svar.FeilAsync(await http.GetAsync(new Uri("/kjoretoyregister/api/finnes-ikke", UriKind.Relative)), HttpStatusCode.NotFound);

        Assert.Equal("IKKE_FUNNET", feil.ErrorCode);
    }

    [Theory]
    [InlineData("/forvaltning")]
    [InlineData("/forvaltning/logg-inn")]
    [InlineData("/forvaltning/sikkerhetsdokumentasjon")]
    [InlineData("/forvaltning/finnes-ikke")]
    public async Task ForvaltningAnswersCarryTheSecurityHeaders(string sti)
    {
        using var klient = new Forvaltningsklient(Server);

        using var svar = await klient.GetAsync(sti);

        AssertSikkerhetsheadere(svar);
    }

    [Fact]
    public async Task PagesOfALoggedInAdministratorCarryTheSecurityHeadersAndAreNotCached()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = await kommune.InnloggetKlientAsync(Server);

        using var forside = await klient.GetAsync($"/forvaltning/{kommune.FiksOrgId}");
        using var integrasjon = await klient.GetAsync(kommune.IntegrasjonSti);

        Assert.Equal(HttpStatusCode.OK, forside.StatusCode);
        AssertSikkerhetsheadere(forside);
        AssertIkkeLagret(forside);
        AssertSikkerhetsheadere(integrasjon);
        AssertIkkeLagret(integrasjon);
    }

    [Fact]
    public async Task PagesThatShowANewIntegrationPasswordAreNeverStored()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = await kommune.InnloggetKlientAsync(Server);
        var ny = $"/forvaltning/{kommune.FiksOrgId}/fiks-konfigurasjon/kjoretoyregister/ny-integrasjon";

        (string, string)[] felt = [("navn", "Hemmelig"), ("organisasjonsnummer", Testkommune.Leverandornummer.Verdi)];
        using var videre = await klient.SendSkjemaAsync(ny + "?handler=GaVidere", felt);
        var integrasjonsnokkel = Forvaltningsklient.Feltverdi(await videre.Content.ReadAsStringAsync(), "integrasjonsnokkel")!;

        using var lagre = await klient.SendSkjemaAsync(ny + "?handler=Lagre", [.. felt, ("integrasjonsnokkel", integrasjonsnokkel)]);
        using var nyttPassord = await klient.SendSkjemaAsync(kommune.IntegrasjonSti + "/nytt-passord");

        foreach (var svar in new[] { lagre, nyttPassord })
        {
            Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
            Assert.NotNull(Forvaltningsklient.Elementtekst(await svar.Content.ReadAsStringAsync(), "integrasjonspassord"));
            AssertIkkeLagret(svar);
            AssertSikkerhetsheadere(svar);
        }
    }

    private static void AssertSikkerhetsheadere(HttpResponseMessage svar)
    {
        var csp = string.Join(", ", svar.Headers.TryGetValues("Content-Security-Policy", out var c) ? c : []);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(svar.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(svar.Headers.GetValues("X-Frame-Options")));
    }

    private static void AssertIkkeLagret(HttpResponseMessage svar) =>
        Assert.True(svar.Headers.CacheControl?.NoStore == true, $"Cache-Control: {svar.Headers.CacheControl}");
}
