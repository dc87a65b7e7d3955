using System.Net;
using Kjoretoyregister.Server.Feil;
using Kjoretoyregister.Server.Tests.Forvaltningsweb;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tests.Angrep;

/// <summary>
/// A stranger with no usable token: tokens with times at the calendar's ends get the contract's 401 (never
/// a 500), and control characters sent in a path or a username reach no log line as such, so no one can
/// forge a line in the operator's log without even authenticating.
/// </summary>
public abstract class FremmedTests(ServerFabrikk server)
{
    public sealed class PaSqlite(TomtRegister fixture) : FremmedTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : FremmedTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    private ServerFabrikk Server => server;

    public static TheoryData<string> Tider => ["exp år 9999", "exp om to døgn", "nbf år 9999", "exp før år 1970"];

    [Theory]
    [MemberData(nameof(Tider))]
    public async Task ATokenWithTimesAtTheCalendarsEndsIs401NotA500(string variant)
    {
        using var klient = new Fiksklient(Server);
        await klient.TokenAsync();
        var nokkel = await Utstedertoken.IssuerNokkelAsync(Server);
        var naa = DateTime.UtcNow;
        var token = variant switch
        {
            "exp år 9999" => Utstedertoken.Lag(nokkel, SecurityAlgorithms.RsaSha256, klient.Demo.Maskinporten.Issuer, Claims(klient), gyldigI: new DateTime(9999, 12, 31, 23, 59, 0, DateTimeKind.Utc) - naa),
            "exp om to døgn" => Utstedertoken.Lag(nokkel, SecurityAlgorithms.RsaSha256, klient.Demo.Maskinporten.Issuer, Claims(klient), gyldigI: TimeSpan.FromDays(2)),
            "nbf år 9999" => Utstedertoken.Lag(nokkel, SecurityAlgorithms.RsaSha256, klient.Demo.Maskinporten.Issuer, Claims(klient), gyldigFra: new DateTime(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc) - naa),
            _ => Utstedertoken.Lag(nokkel, SecurityAlgorithms.RsaSha256, klient.Demo.Maskinporten.Issuer, Claims(klient), utstedt: new DateTime(1, 1, 2, 0, 0, 0, DateTimeKind.Utc) - naa),
        };

        using var svar = await klient.KjennemerkerAsync(Offer.Plate, token);

        var feil = await Svar.FeilAsync(svar, HttpStatusCode.Unauthorized);
        Assert.Equal(Feilkode.UgyldigToken, feil.ErrorCode);
        Assert.Equal(FiksFeil.TokenMelding, feil.Message);
        Assert.DoesNotContain(Server.Logg.Linjer, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("Uventet feil", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/kjoretoyregister/api/{0}/rest/distribusjon/kjoretoy/v2.0/bulk/kjennemerke")]
    [InlineData("/kjoretoyregister/finnes-ikke/{0}")]
    public async Task ACrLfInThePathLeavesNoForgedLogLine(string mal)
    {
        using var klient = new Fiksklient(Server);
        var merke = "FORFALSKET-" + Guid.NewGuid().ToString("N");
        var sti = string.Format(System.Globalization.CultureInfo.InvariantCulture, mal, $"x%0D%0Ainfo: Kjoretoyregister.Tilgang[0]%0A      {merke}%1B[31m");

        using var svar = await klient.SendAsync(HttpMethod.Post, sti, Offer.Plate, token: null, integrasjonId: null, passord: null);

        Assert.True(svar.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.Unauthorized, $"fikk {(int)svar.StatusCode}");
        var linjer = Server.Logg.Linjer.Where(l => l.Contains(merke, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(linjer);
        Assert.All(linjer, l => Assert.DoesNotContain(l, char.IsControl));
        Assert.All(linjer, l => Assert.Contains("\\r\\ninfo:", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACrLfInALoginNameLeavesNoForgedLogLine()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = new Forvaltningsklient(Server);
        var merke = "FORFALSKET-" + Guid.NewGuid().ToString("N");

        for (var i = 0; i < 6; i++)
        {
            using var svar = await klient.LoggInnAsync($"{kommune.Brukernavn}\r\ninfo: Forvaltning[0] {merke}", "feil");
            Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        }

        var linjer = Server.Logg.Linjer.Where(l => l.Contains(merke, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(linjer);
        Assert.All(linjer, l => Assert.DoesNotContain(l, char.IsControl));
    }

    private static Dictionary<string, object> Claims(Fiksklient klient) => Utstedertoken.Claims(klient.Demo.Maskinporten.Orgnr);
}
