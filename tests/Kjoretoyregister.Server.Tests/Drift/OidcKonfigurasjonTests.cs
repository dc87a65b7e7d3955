using System.Security.Cryptography;
using Kjoretoyregister.Server.Forvaltning.Oidc;
using Kjoretoyregister.Server.Tests.Forvaltningsweb;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tests.Drift;

/// <summary><c>Forvaltning:Oidc:*</c>: a half-made config stops the start naming the key; the login page and the CSP follow the config; the private-key JWT client assertion.</summary>
public sealed class OidcKonfigurasjonTests
{
    public static TheoryData<string, string?, string?, string> Feil => new()
    {
        { "https://idporten.no", null, "hemmelig", "Forvaltning:Oidc:ClientId mangler" },
        { "https://idporten.no", "klient", null, "Sett enten Forvaltning:Oidc:ClientSecret eller Forvaltning:Oidc:ClientAssertionKeyFile" },
        { "http://idporten.no", "klient", "hemmelig", "Forvaltning:Oidc:Authority må bruke https" },
        { "idporten.no", "klient", "hemmelig", "Forvaltning:Oidc:Authority må være en absolutt https-adresse" },
    };

    [Theory]
    [MemberData(nameof(Feil))]
    public void AHalfMadeOidcConfigStopsTheStartNamingTheKey(string authority, string? klientId, string? hemmelighet, string melding)
    {
        using var server = ServerFabrikk.UtenDemoregister();
        server.Konfig["Forvaltning:Oidc:Authority"] = authority;
        server.Konfig["Forvaltning:Oidc:ClientId"] = klientId;
        server.Konfig["Forvaltning:Oidc:ClientSecret"] = hemmelighet;

        var feil = Assert.ThrowsAny<Exception>(server.StartServer);

        Assert.Contains(melding, feil.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AKeyFileWithoutAPrivateKeyStopsTheStartNamingTheKey()
    {
        var fil = Path.GetTempFileName();
        using var rsa = RSA.Create(2048);
        File.WriteAllText(fil, rsa.ExportSubjectPublicKeyInfoPem());
        using var server = ServerFabrikk.UtenDemoregister();
        server.Konfig["Forvaltning:Oidc:Authority"] = "https://idporten.no";
        server.Konfig["Forvaltning:Oidc:ClientId"] = "klient";
        server.Konfig["Forvaltning:Oidc:ClientAssertionKeyFile"] = fil;

        var feil = Assert.ThrowsAny<Exception>(server.StartServer);

        Assert.Contains("Forvaltning:Oidc:ClientAssertionKeyFile: filen er ikke en privat RSA- eller EC-nøkkel i PEM.", feil.ToString(), StringComparison.Ordinal);
        File.Delete(fil);
    }

    [Fact]
    public async Task TheLoginPageShowsTheProviderButtonAndTheCspAllowsItsOriginOnlyWhenOidcIsOn()
    {
        await using var oidc = await Oidcserver.StartAsync();
        using var uten = ServerFabrikk.UtenDemoregister();
        using var klient = new Forvaltningsklient(oidc.Server);
        using var utenKlient = new Forvaltningsklient(uten);

        using var med = await klient.GetAsync("/forvaltning/logg-inn?tilbake=/forvaltning/konto");
        var side = await med.Content.ReadAsStringAsync();
        var utenSide = await utenKlient.SideAsync("/forvaltning/logg-inn");

        Assert.Contains("""<a class="knapp" id="logg-inn-oidc" href="/forvaltning/oidc/logg-inn?tilbake=%2Fforvaltning%2Fkonto">Logg inn med Testutsteder</a>""", side, StringComparison.Ordinal);
        Assert.Contains($"form-action 'self' {oidc.Utsteder.Adresse.GetLeftPart(UriPartial.Authority)};", med.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("logg-inn-oidc", utenSide, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheClientAssertionIsAShortLivedJwtForTheProviderSignedWithTheKeyFile()
    {
        var fil = Path.GetTempFileName();
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        File.WriteAllText(fil, ec.ExportPkcs8PrivateKeyPem());
        var options = Options.Create(new OidcOptions { Authority = "https://idporten.no", ClientId = "klient-1", ClientAssertionKeyFile = fil, ClientAssertionKeyId = "nokkel-1" });
        using var pastand = new Klientpastand(options, TimeProvider.System);

        var jwt = pastand.Lag("https://idporten.no");
        var en = pastand.Lag("https://idporten.no");

        var gyldig = await new JsonWebTokenHandler().ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            ValidIssuer = "klient-1",
            ValidAudience = "https://idporten.no",
            IssuerSigningKey = new ECDsaSecurityKey(ec),
        });
        Assert.True(gyldig.IsValid, gyldig.Exception?.Message);
        var token = (JsonWebToken)gyldig.SecurityToken;
        Assert.Equal(("klient-1", "nokkel-1", "ES256"), (token.Subject, token.Kid, token.Alg));
        Assert.Equal(TimeSpan.FromMinutes(2), token.ValidTo - token.IssuedAt);
        Assert.NotEqual(token.Id, new JsonWebToken(en).Id);
        File.Delete(fil);
    }
}
