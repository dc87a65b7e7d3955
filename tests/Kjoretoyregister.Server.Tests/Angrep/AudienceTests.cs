using System.Net;
using Kjoretoyregister.Server.Feil;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tests.Angrep;

/// <summary>
/// A token made for another API (Maskinporten sets <c>aud</c> from the client's <c>resource</c>): with
/// <c>Maskinporten:Audience</c> set, <c>aud</c> is required and must be exactly that value.
/// </summary>
public sealed class AudienceTests : IDisposable
{
    private const string Audience = "https://kjoretoyregister.test.invalid/api";

    private readonly ServerFabrikk server = ServerFabrikk.UtenDemoregister();

    public AudienceTests() => server.Konfig["Maskinporten:Audience"] = Audience;

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("https://annet-api.test.invalid/", HttpStatusCode.Unauthorized)]
    [InlineData(Audience + "/", HttpStatusCode.Unauthorized)]
    [InlineData("HTTPS://KJORETOYREGISTER.TEST.INVALID/API", HttpStatusCode.Unauthorized)]
    [InlineData(Audience, HttpStatusCode.OK)]
    public async Task TheAudienceIsRequiredAndExact(string? aud, HttpStatusCode forventet)
    {
        using var klient = new Fiksklient(server);
        await klient.TokenAsync();
        var claims = Utstedertoken.Claims(klient.Demo.Maskinporten.Orgnr);
        if (aud is not null)
        {
            claims["aud"] = aud;
        }

        var token = Utstedertoken.Lag(await Utstedertoken.IssuerNokkelAsync(server), SecurityAlgorithms.RsaSha256, klient.Demo.Maskinporten.Issuer, claims);

        using var svar = await klient.KjennemerkerAsync(Offer.Plate, token);

        Assert.Equal(forventet, svar.StatusCode);
        if (forventet == HttpStatusCode.Unauthorized)
        {
            Assert.Equal(Feilkode.UgyldigToken, (await Svar.FeilAsync(svar, forventet)).ErrorCode);
        }
    }

    public void Dispose() => server.Dispose();
}
