using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// Makes the access token for an accepted grant, as Maskinporten does: a JWT signed RS256 with the
/// issuer's key, carrying <c>iss</c>, <c>scope</c>, <c>client_id</c>, <c>client_amr</c>,
/// <c>token_type</c>, <c>consumer</c> (ISO 6523, <c>0192:</c> and the organisation number), <c>iat</c>,
/// <c>exp</c>, <c>jti</c>, and <c>aud</c> when the grant named a <c>resource</c>.
/// </summary>
public sealed class Tokenutsteder(Utstedernokkel nokkel, Utstederadresse adresse, IOptions<MaskinportenOptions> options, TimeProvider tid)
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public async ValueTask<Tokensvar> UtstedAsync(GodkjentGrant grant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var levetid = options.Value.TokenLevetidSekunder;
        var naa = tid.GetUtcNow();
        var claims = new Dictionary<string, object>
        {
            ["scope"] = grant.Scope,
            ["client_id"] = grant.Klient.KlientId,
            ["client_amr"] = grant.KlientAmr,
            ["token_type"] = "Bearer",
            ["consumer"] = new Dictionary<string, object>
            {
                ["authority"] = "iso6523-actorid-upis",
                ["ID"] = "0192:" + grant.Klient.Organisasjonsnummer.Verdi,
            },
            ["jti"] = Guid.NewGuid().ToString(),
        };
        if (grant.Ressurser.Count > 0)
        {
            claims["aud"] = grant.Ressurser.Count == 1 ? grant.Ressurser[0] : grant.Ressurser.ToArray();
        }

        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = adresse.Issuer,
            IssuedAt = naa.UtcDateTime,
            Expires = naa.AddSeconds(levetid).UtcDateTime,
            Claims = claims,
            SigningCredentials = await nokkel.SigneringAsync(cancellationToken),
        });
        return new Tokensvar(token, "Bearer", levetid, grant.Scope);
    }
}
