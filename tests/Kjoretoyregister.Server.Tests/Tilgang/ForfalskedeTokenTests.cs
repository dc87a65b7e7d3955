using System.Net;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tests.Tilgang;

/// <summary>Step 1 of the chain from the attacker's side: every forged or unfit token gets 401 "Klarte ikke å validere access_token".</summary>
public abstract class ForfalskedeTokenTests(ServerFabrikk server)
{
    public sealed class PaSqlite(TomtRegister fixture) : ForfalskedeTokenTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : ForfalskedeTokenTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    public static TheoryData<string> Varianter =>
    [
        "uten Authorization",
        "tom Bearer",
        "søppel",
        "alg none",
        "HS256 med offentlig nøkkel",
        "annen nøkkel med samme kid",
        "utløpt",
        "ikke gyldig ennå",
        "feil iss",
        "uten scope",
        "feil scope",
        "uten consumer",
        "consumer uten 0192",
        "consumer med ugyldig orgnr",
        "endret payload",
        "avkortet",
        "uten client_id",
    ];

    [Theory]
    [MemberData(nameof(Varianter))]
    public async Task ForgedOrUnfitTokenIs401(string variant)
    {
        using var klient = new Fiksklient(server);
        var token = await Lag(variant, klient);

        var svar = await klient.KjennemerkerAsync("""[{"kjennemerke": "AB12345"}]""", token);

        var feil = await Svar.FeilAsync(svar, HttpStatusCode.Unauthorized);
        Assert.Equal("Klarte ikke å validere access_token", feil.Message);
        Assert.Equal("UGYLDIG_TOKEN", feil.ErrorCode);
    }

    [Fact]
    public async Task HandMadeTokenWithTheIssuersKeyIsAcceptedSoTheVariantsAboveFailForTheirOneFlaw()
    {
        using var klient = new Fiksklient(server);
        await klient.TokenAsync();
        var nokkel = await Utstedertoken.IssuerNokkelAsync(server);

        var token = Utstedertoken.Lag(nokkel, SecurityAlgorithms.RsaSha256, klient.Demo.Maskinporten.Issuer, Utstedertoken.Claims(klient.Demo.Maskinporten.Orgnr));

        Assert.Equal(HttpStatusCode.OK, (await klient.KjennemerkerAsync("""[{"kjennemerke": "AB12345"}]""", token)).StatusCode);
    }

    [Fact]
    public async Task TokenExpiredLessThan30SecondsAgoIsStillAccepted()
    {
        using var klient = new Fiksklient(server);
        await klient.TokenAsync();
        var nokkel = await Utstedertoken.IssuerNokkelAsync(server);

        var token = Utstedertoken.Lag(nokkel, SecurityAlgorithms.RsaSha256, klient.Demo.Maskinporten.Issuer, Utstedertoken.Claims(klient.Demo.Maskinporten.Orgnr),
            utstedt: TimeSpan.FromSeconds(-140), gyldigI: TimeSpan.FromSeconds(120));

        Assert.Equal(HttpStatusCode.OK, (await klient.KjennemerkerAsync("""[{"kjennemerke": "AB12345"}]""", token)).StatusCode);
    }

    private static async Task<string?> Lag(string variant, Fiksklient klient)
    {
        var server = klient.Server;
        var issuer = klient.Demo.Maskinporten.Issuer;
        var orgnr = klient.Demo.Maskinporten.Orgnr;
        var ekte = await klient.TokenAsync();
        var nokkel = await Utstedertoken.IssuerNokkelAsync(server);
        var claims = Utstedertoken.Claims(orgnr);
        string Signert(Dictionary<string, object> c, string iss = "", TimeSpan? utstedt = null, TimeSpan? gyldigFra = null) =>
            Utstedertoken.Lag(nokkel, SecurityAlgorithms.RsaSha256, iss.Length == 0 ? issuer : iss, c, utstedt, gyldigFra: gyldigFra);
        Dictionary<string, object> Uten(string claim)
        {
            claims.Remove(claim);
            return claims;
        }

        Dictionary<string, object> Med(string claim, object verdi)
        {
            claims[claim] = verdi;
            return claims;
        }

        return variant switch
        {
            "uten Authorization" => null,
            "tom Bearer" => "",
            "søppel" => "abc.def.ghi",
            "alg none" => Utstedertoken.Usignert(issuer, claims),
            "HS256 med offentlig nøkkel" => Utstedertoken.Lag(Utstedertoken.OffentligNokkelSomHemmelighet(nokkel), SecurityAlgorithms.HmacSha256, issuer, claims),
            "annen nøkkel med samme kid" => Utstedertoken.Lag(Utstedertoken.AnnenNokkel(nokkel.Kid), SecurityAlgorithms.RsaSha256, issuer, claims),
            "utløpt" => Signert(claims, utstedt: TimeSpan.FromMinutes(-10)),
            "ikke gyldig ennå" => Signert(claims, gyldigFra: TimeSpan.FromMinutes(5)),
            "feil iss" => Signert(claims, iss: "https://maskinporten.no/"),
            "uten scope" => Signert(Uten("scope")),
            "feil scope" => Signert(Med("scope", "ks:annet difi:test")),
            "uten consumer" => Signert(Uten("consumer")),
            "consumer uten 0192" => Signert(Med("consumer", new Dictionary<string, object> { ["authority"] = "iso6523-actorid-upis", ["ID"] = "9908:" + orgnr })),
            "consumer med ugyldig orgnr" => Signert(Med("consumer", new Dictionary<string, object> { ["authority"] = "iso6523-actorid-upis", ["ID"] = "0192:123456789" })),
            "endret payload" => Endret(ekte),
            "avkortet" => ekte[..^12],
            "uten client_id" => Signert(Uten("client_id")),
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };
    }

    /// <summary>The real token with its payload's scope changed (the signature no longer matches).</summary>
    private static string Endret(string token)
    {
        var deler = token.Split('.');
        var payload = Base64UrlEncoder.Decode(deler[1]).Replace("demo-leverandor", "demo-leverandoR", StringComparison.Ordinal);
        return $"{deler[0]}.{Base64UrlEncoder.Encode(payload)}.{deler[2]}";
    }
}
