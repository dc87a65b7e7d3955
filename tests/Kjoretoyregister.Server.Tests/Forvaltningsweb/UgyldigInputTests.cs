using System.Net;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>Oversized and malformed input to the UI: refused or answered with a field error, never a 500.</summary>
public sealed class UgyldigInputTests(TomtRegister register) : IClassFixture<TomtRegister>
{
    private ServerFabrikk Server => register.Server;

    [Fact]
    public async Task LoginWithATwoMegabyteBodyIsRefusedWithoutA500()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = new Forvaltningsklient(Server);
        var nokkel = await klient.SkjemanokkelAsync(Forvaltningsklient.LoggInnSti);

        using var svar = await klient.PostAsync(Forvaltningsklient.LoggInnSti, nokkel, ventPaFortsett: true, ("brukernavn", kommune.Brukernavn), ("passord", new string('x', 2 * 1024 * 1024)));

        Assert.True(svar.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"fikk {(int)svar.StatusCode}");
        Assert.DoesNotContain(svar.Headers.TryGetValues("Set-Cookie", out var c) ? c : [], v => v.StartsWith("forvaltning=", StringComparison.Ordinal));
        Assert.DoesNotContain(Server.Logg.Linjer, l => l.Contains("Uventet feil på /forvaltning/logg-inn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FromDateThatIsNotADateIsAFieldErrorNamingIt()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = await kommune.InnloggetKlientAsync(Server);

        var tekst = await klient.SideAsync($"/forvaltning/{kommune.FiksOrgId}/oppslagslogg?fra=not-a-date");

        Assert.Equal(new[] { "Fra og med dato må være en dato (åååå-mm-dd) mellom år 1900 og 9000." }, Forvaltningsklient.Feilmeldinger(tekst));
        Assert.Equal("Fra og med dato må være en dato (åååå-mm-dd) mellom år 1900 og 9000.", Forvaltningsklient.Elementtekst(tekst, "fra-feil"));
    }

    [Theory]
    [InlineData("oppslagslogg?side=-5")]
    [InlineData("oppslagslogg?side=0")]
    [InlineData("oppslagslogg?side=999999")]
    [InlineData("oppslagslogg?side=2147483647")]
    [InlineData("oppslagslogg?side=99999999999999")]
    [InlineData("oppslagslogg?side=tja")]
    [InlineData("oppslagslogg?integrasjon=ikke-en-guid")]
    [InlineData("oppslagslogg?fra=2025-02-30")]
    [InlineData("oppslagslogg?fra=0001-01-01")]
    [InlineData("oppslagslogg?til=9999-12-31")]
    [InlineData("oppslagslogg?handler=Csv&til=9999-12-31")]
    [InlineData("oppslagslogg?fodselsnummer=abc")]
    [InlineData("endringslogg?side=-5")]
    [InlineData("endringslogg?side=999999")]
    [InlineData("endringslogg?side=2147483647")]
    public async Task OutOfRangeOrMalformedQueryDoesNotCrashThePage(string sti)
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = await kommune.InnloggetKlientAsync(Server);

        using var svar = await klient.GetAsync($"/forvaltning/{kommune.FiksOrgId}/{sti}");

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Contains("<h1>", await svar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
