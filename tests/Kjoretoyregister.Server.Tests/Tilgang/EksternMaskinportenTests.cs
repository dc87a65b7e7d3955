using System.Net;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Tests.Forvaltning;
using Kjoretoyregister.Server.Tests.Testdata;
using Kjoretoyregister.Server.Tilgang;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tests.Tilgang;

/// <summary>
/// With a configured (production-style) Maskinporten issuer: the local issuer is off, keys come from
/// the issuer's metadata and JWKS, fetched once, and fetched again when a token names an unknown kid.
/// </summary>
public sealed class EksternMaskinportenTests : IDisposable
{
    private const string Plate = """[{"kjennemerke": "AB12345"}]""";
    private static readonly Organisasjonsnummer Leverandor = Organisasjonsnummer.Parse("910000004");

    private readonly EksternUtsteder maskinporten = new();
    private readonly ServerFabrikk server = ServerFabrikk.UtenDemoregister();
    private readonly HttpClient http;
    private readonly Guid fiksOrgId;
    private readonly Guid integrasjonId;
    private readonly string passord = Integrasjonspassord.Generer();

    public EksternMaskinportenTests()
    {
        server.Konfig["Maskinporten:Issuer"] = EksternUtsteder.Issuer;
        server.Konfig["Maskinporten:NokkelOppfriskingSekunder"] = "1";
        server.Tjenester = s => s.AddHttpClient(nameof(Tokenvalidering)).ConfigurePrimaryHttpMessageHandler(() => maskinporten);
        var store = server.Tjeneste<IForvaltningStore>();
        var kommune = store.OpprettOrganisasjonAsync("Kommune", Organisasjonsnummer.Parse("920000002")).GetAwaiter().GetResult();
        store.SettAvtalerAsync(kommune.FiksOrgId, Fiksfil.Signert).GetAwaiter().GetResult();
        store.SettKjoretoyregisterAktivertAsync(kommune.FiksOrgId, true).GetAwaiter().GetResult();
        fiksOrgId = kommune.FiksOrgId;
        integrasjonId = store.OpprettIntegrasjonAsync(new NyIntegrasjon(fiksOrgId, "Leverandør", Leverandor, null, KanSoke: true), Integrasjonspassord.Hash(passord))
            .GetAwaiter().GetResult().IntegrasjonId;
        http = server.CreateClient();
    }

    [Fact]
    public async Task KeysAreFetchedOnceNotPerRequestAndTheLocalIssuerIsOff()
    {
        var nokkel = EksternUtsteder.NyNokkel();
        maskinporten.Publiserte.Add(nokkel);

        var statuser = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuser.Add((await SlaOppAsync(Token(nokkel))).StatusCode);
        }

        using var lokal = await http.GetAsync(new Uri("/maskinporten/jwk", UriKind.Relative));

        Assert.All(statuser, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(1, maskinporten.Nokkelhentinger);
        Assert.Equal(HttpStatusCode.NotFound, lokal.StatusCode);
    }

    [Fact]
    public async Task ATokenWithAnUnknownKidMakesOneFreshFetchSoARotatedKeyIsAccepted()
    {
        var gammel = EksternUtsteder.NyNokkel();
        var ny = EksternUtsteder.NyNokkel();
        maskinporten.Publiserte.Add(gammel);
        Assert.Equal(HttpStatusCode.OK, (await SlaOppAsync(Token(gammel))).StatusCode);

        maskinporten.Publiserte.Add(ny);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var rotert = await SlaOppAsync(Token(ny));
        var hentingerEtterRotasjon = maskinporten.Nokkelhentinger;
        var ukjent = await SlaOppAsync(Token(EksternUtsteder.NyNokkel()));

        Assert.Equal(HttpStatusCode.OK, rotert.StatusCode);
        Assert.Equal(2, hentingerEtterRotasjon);
        Assert.Equal(HttpStatusCode.Unauthorized, ukjent.StatusCode);
        Assert.True(maskinporten.Nokkelhentinger <= 3, "en ukjent kid rett etter en henting skal ikke hente nøklene igjen og igjen");
    }

    [Fact]
    public async Task WhenTheIssuerCannotBeReachedTheCallerGets503NotA401()
    {
        maskinporten.Nede = true;

        var feil = await Svar.FeilAsync(await SlaOppAsync(Token(EksternUtsteder.NyNokkel())), HttpStatusCode.ServiceUnavailable);

        Assert.Equal("MASKINPORTEN_UTILGJENGELIG", feil.ErrorCode);
    }

    [Fact]
    public async Task WhenTheIssuerGoesDownAfterAFetchTheLastKnownKeysKeepWorkingAndAnUnknownKidIs401Not503()
    {
        var nokkel = EksternUtsteder.NyNokkel();
        maskinporten.Publiserte.Add(nokkel);
        Assert.Equal(HttpStatusCode.OK, (await SlaOppAsync(Token(nokkel))).StatusCode);

        maskinporten.Nede = true;
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var ukjent = await SlaOppAsync(Token(EksternUtsteder.NyNokkel()));
        var kjent = await SlaOppAsync(Token(nokkel));

        Assert.Equal(HttpStatusCode.Unauthorized, ukjent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, kjent.StatusCode);
    }

    public void Dispose()
    {
        http.Dispose();
        server.Dispose();
        maskinporten.Dispose();
    }

    private static string Token(RsaSecurityKey nokkel) =>
        Utstedertoken.Lag(nokkel, SecurityAlgorithms.RsaSha256, EksternUtsteder.Issuer, Utstedertoken.Claims(Leverandor.ToString()));

    private Task<HttpResponseMessage> SlaOppAsync(string token)
    {
        var foresporsel = new HttpRequestMessage(HttpMethod.Post, new Uri($"/kjoretoyregister/api/{fiksOrgId}/rest/distribusjon/kjoretoy/v2.0/bulk/kjennemerke", UriKind.Relative))
        {
            Content = new StringContent(Plate, System.Text.Encoding.UTF8, "application/json"),
        };
        foresporsel.Headers.Authorization = new("Bearer", token);
        foresporsel.Headers.Add("IntegrasjonId", integrasjonId.ToString());
        foresporsel.Headers.Add("IntegrasjonPassord", passord);
        return http.SendAsync(foresporsel);
    }
}
