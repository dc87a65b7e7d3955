using System.Security.Cryptography;
using System.Text;
using Kjoretoyregister.Server.Maskinporten;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// Access tokens made by hand, as an attacker (or a broken issuer) would make them: signed with the
/// local issuer's real key read from the server's files, with another key, or not at all.
/// </summary>
internal static class Utstedertoken
{
    /// <summary>The local issuer's private signing key, as stored (in fiks.db or in PostgreSQL).</summary>
    public static async Task<JsonWebKey> IssuerNokkelAsync(ServerFabrikk server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var lagret = await server.Tjeneste<ISigneringsnokkelStore>().HentAsync(CancellationToken.None)
            ?? throw new InvalidOperationException("Utstederen har ingen nøkkel ennå: hent et token først.");
        return new JsonWebKey(lagret.PrivatJwk);
    }

    /// <summary>The claims of a good token for the demo client; tests remove or change some.</summary>
    public static Dictionary<string, object> Claims(string orgnr, string scope = "ks:fiks") => new()
    {
        ["scope"] = scope,
        ["client_id"] = "demo-leverandor",
        ["client_amr"] = "private_key_jwt",
        ["token_type"] = "Bearer",
        ["consumer"] = new Dictionary<string, object> { ["authority"] = "iso6523-actorid-upis", ["ID"] = "0192:" + orgnr },
        ["jti"] = Guid.NewGuid().ToString(),
    };

    /// <summary>A JWT signed with <paramref name="nokkel"/>; times relative to now.</summary>
    public static string Lag(SecurityKey nokkel, string alg, string iss, Dictionary<string, object> claims, TimeSpan? utstedt = null, TimeSpan? gyldigI = null, TimeSpan? gyldigFra = null)
    {
        var naa = DateTime.UtcNow;
        var iat = naa + (utstedt ?? TimeSpan.Zero);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = iss,
            IssuedAt = iat,
            NotBefore = gyldigFra is null ? null : naa + gyldigFra,
            Expires = iat + (gyldigI ?? TimeSpan.FromSeconds(120)),
            Claims = claims,
            SigningCredentials = new SigningCredentials(nokkel, alg),
        });
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with the given payload.</summary>
    public static string Usignert(string iss, Dictionary<string, object> claims)
    {
        var naa = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var innhold = new Dictionary<string, object>(claims) { ["iss"] = iss, ["iat"] = naa, ["exp"] = naa + 120 };
        var hode = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var kropp = Base64UrlEncoder.Encode(System.Text.Json.JsonSerializer.Serialize(innhold));
        return $"{hode}.{kropp}.";
    }

    /// <summary>HS256 with the issuer's public key as the shared secret (the algorithm-confusion attack).</summary>
    public static SymmetricSecurityKey OffentligNokkelSomHemmelighet(JsonWebKey issuerNokkel)
    {
        using var rsa = RSA.Create(new RSAParameters { Modulus = Base64UrlEncoder.DecodeBytes(issuerNokkel.N), Exponent = Base64UrlEncoder.DecodeBytes(issuerNokkel.E) });
        return new SymmetricSecurityKey(Encoding.ASCII.GetBytes(rsa.ExportSubjectPublicKeyInfoPem())) { KeyId = issuerNokkel.Kid };
    }

    /// <summary>A new RSA key that claims the issuer's kid.</summary>
    public static RsaSecurityKey AnnenNokkel(string kid) => new(RSA.Create(2048)) { KeyId = kid };
}
