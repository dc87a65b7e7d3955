using System.Net;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tests.SvvApi;

/// <summary>The SVV side's protection: a Maskinporten token of the trusted issuer with SVV's scope, nothing less; off, the paths do not exist.</summary>
public sealed class SvvTilgangTests(SvvServer register) : IClassFixture<SvvServer>
{
    private const string Kropp = """[{"kjennemerke": "AB12345"}]""";

    [Fact]
    public async Task NoTokenIs401WithBearerChallenge()
    {
        using var klient = new Svvklient(register.Server);

        using var svar = await klient.PostAsync("bulk/kjennemerke", Kropp, bearer: null);

        Assert.Equal("Bearer", svar.Headers.WwwAuthenticate.ToString());
        Assert.Equal("UGYLDIG_TOKEN", (await Svvklient.FeilAsync(svar, HttpStatusCode.Unauthorized)).Kode);
    }

    [Fact]
    public async Task FiksTokenWithoutTheSvvScopeIs401()
    {
        using var klient = new Svvklient(register.Server);
        var fikstoken = await klient.Fiks.TokenAsync();

        using var svar = await klient.GetAsync("sok/fodselsnummer?fodselsnummer=01010112345", fikstoken);

        var feil = await Svvklient.FeilAsync(svar, HttpStatusCode.Unauthorized);
        Assert.Equal("UGYLDIG_TOKEN", feil.Kode);
        Assert.Contains(Svvklient.Scope, feil.Beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SvvTokenIsNotAcceptedOnTheFiksSide()
    {
        using var klient = new Svvklient(register.Server);

        using var svar = await klient.Fiks.KjennemerkerAsync(Kropp, await klient.TokenAsync());

        Assert.Equal("UGYLDIG_TOKEN", (await Svar.FeilAsync(svar, HttpStatusCode.Unauthorized)).ErrorCode);
    }

    [Fact]
    public async Task TokenSignedByAKeyTheIssuerDoesNotKnowIs401()
    {
        using var klient = new Svvklient(register.Server);
        var claims = Utstedertoken.Claims(Svvklient.KsOrgnr.ToString(), Svvklient.Scope);
        var forfalsket = Utstedertoken.Lag(Assertion.NyRsaNokkel(), SecurityAlgorithms.RsaSha256, klient.Fiks.Demo.Maskinporten.Issuer, claims);
        var ekte = Utstedertoken.Lag(await Utstedertoken.IssuerNokkelAsync(register.Server), SecurityAlgorithms.RsaSha256, klient.Fiks.Demo.Maskinporten.Issuer, claims);

        using var avvist = await klient.PostAsync("bulk/kjennemerke", Kropp, forfalsket);
        using var godtatt = await klient.PostAsync("bulk/kjennemerke", Kropp, ekte);

        Assert.Equal("UGYLDIG_TOKEN", (await Svvklient.FeilAsync(avvist, HttpStatusCode.Unauthorized)).Kode);
        Assert.Equal(HttpStatusCode.OK, godtatt.StatusCode);
    }

    [Fact]
    public async Task BodyOver64KiBIs413()
    {
        using var klient = new Svvklient(register.Server);
        var stor = "[" + string.Join(",", Enumerable.Repeat("""{"kjennemerke": "AB12345"}""", 3000)) + "]";

        using var svar = await klient.PostAsync("bulk/kjennemerke", stor);

        Assert.Equal("FOR_STOR_FORESPORSEL", (await Svvklient.FeilAsync(svar, HttpStatusCode.RequestEntityTooLarge)).Kode);
    }

    [Fact]
    public async Task CallsAreLoggedWithClientAndOperationButNeverTheFodselsnummerOrToken()
    {
        using var klient = new Svvklient(register.Server);
        var bil = Kjoretoydata.Ny();
        klient.Fiks.Importer(bil.Linje());
        var token = await klient.TokenAsync();

        using var svar = await klient.GetAsync($"sok/fodselsnummer?fodselsnummer={bil.Fnr}", token);
        using var ugyldig = await klient.GetAsync($"sok/fodselsnummer?fodselsnummer={bil.Fnr[..10]}9", token);

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var logg = string.Join("\n", register.Server.Logg.Linjer);
        Assert.Contains("SvvSokFodselsnummer fra client_id testklient-", logg, StringComparison.Ordinal);
        Assert.DoesNotContain(bil.Fnr[..10], logg, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], logg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PathsAre404WhenExposeSvvApiIsOff()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var http = server.CreateClient();

        using var bulk = await http.PostAsync(new Uri(Svvklient.Basissti + "bulk/kjennemerke", UriKind.Relative), new StringContent(Kropp));
        using var sok = await http.GetAsync(new Uri(Svvklient.Basissti + "sok/fodselsnummer?fodselsnummer=01010112345", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, bulk.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sok.StatusCode);
        Assert.False(File.Exists(Path.Combine(server.DataKatalog, "svv-klient.jwk.json")));
    }
}
