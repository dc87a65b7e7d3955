using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// Checks a token request as Maskinporten does (CONTRACT.md §6): the JWT-bearer grant type, an RS256,
/// RS384 or RS512 assertion signed by a key or certificate registered for the client in <c>iss</c>,
/// <c>aud</c> the issuer, <c>exp - iat</c> at most 120 s, <c>iat</c> within 10 s of our clock,
/// a <c>jti</c> never seen before by any instance, and scopes the client has. The <c>jti</c> is spent last, so a
/// refused grant does not use it up.
/// </summary>
public sealed class GrantValidator(IMaskinportenKlientStore klienter, JtiRegister jtiRegister, Utstederadresse adresse, TimeProvider tid)
{
    public const string JwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    public static readonly IReadOnlyList<string> Algoritmer = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private const int MaksLevetidSekunder = 120;
    private const int MaksAvvikSekunder = 10;
    private const string Ugyldig = "Invalid assertion.";

    private static readonly JsonWebTokenHandler Handler = new();

    public async ValueTask<Grantresultat> ValiderAsync(string? grantType, string? assertion, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(grantType))
        {
            return Tokenfeil.UgyldigForesporsel("Missing grant_type.");
        }

        if (grantType != JwtBearer)
        {
            return Tokenfeil.UstottetGranttype($"Unsupported grant_type. Only {JwtBearer} is supported.");
        }

        if (string.IsNullOrEmpty(assertion))
        {
            return Tokenfeil.UgyldigForesporsel("Missing assertion.");
        }

        if (Les(assertion) is not { } jwt)
        {
            return Tokenfeil.UgyldigForesporsel($"{Ugyldig} Invalid parameter value: the assertion is not a signed JWT.");
        }

        if (!Algoritmer.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return Tokenfeil.UgyldigGrant($"{Ugyldig} Unsupported JWT signing algorithm '{jwt.Alg}'. Use RS256, RS384 or RS512.");
        }

        if (string.IsNullOrEmpty(jwt.Kid) && !jwt.TryGetHeaderValue<object>("x5c", out _))
        {
            return Tokenfeil.UgyldigGrant($"{Ugyldig} The JWT header must contain either kid or x5c.");
        }

        if (string.IsNullOrEmpty(jwt.Issuer))
        {
            return Tokenfeil.UgyldigGrant($"{Ugyldig} Missing JWT claim iss: it must be the client_id.");
        }

        if (await klienter.HentAsync(jwt.Issuer, cancellationToken) is not { } klient)
        {
            return Tokenfeil.UgyldigGrant($"{Ugyldig} Client authentication failed. Client not found: no client with client_id '{jwt.Issuer}'.");
        }

        var naa = tid.GetUtcNow();
        var (nokkel, klientAmr, nokkelfeil) = Klientnokkel.Finn(jwt, klient, naa);
        if (nokkel is null)
        {
            return nokkelfeil ?? Tokenfeil.UgyldigGrant($"{Ugyldig} Client authentication failed.");
        }

        if (!await SignaturStemmerAsync(jwt, nokkel))
        {
            return Tokenfeil.UgyldigGrant($"{Ugyldig} Client authentication failed. Invalid JWT signature.");
        }

        if (Kravfeil(jwt, naa) is { } kravfeil)
        {
            return kravfeil;
        }

        if (Scopefeil(jwt, klient, out var scope) is { } scopefeil)
        {
            return scopefeil;
        }

        var utloper = DateTimeOffset.FromUnixTimeSeconds(jwt.GetPayloadValue<long>("exp"));
        return await jtiRegister.RegistrerAsync(klient.KlientId, jwt.Id, utloper, cancellationToken)
            ? new GodkjentGrant(klient, scope, klientAmr, Ressurser(jwt))
            : Tokenfeil.UgyldigGrant($"{Ugyldig} Validation of JWT Bearer grant failed: the grant is used before (jti '{jwt.Id}'). Make a new grant with a new jti.");
    }

    private Tokenfeil? Kravfeil(JsonWebToken jwt, DateTimeOffset naa)
    {
        var issuer = adresse.Issuer;
        var aud = jwt.Audiences.ToList();
        if (aud.Count != 1 || (aud[0] != issuer && aud[0] != issuer.TrimEnd('/')))
        {
            return Tokenfeil.UgyldigGrant($"{Ugyldig} Client authentication failed. Invalid JWT claim aud: it must be the single value {issuer}");
        }

        if (!jwt.TryGetPayloadValue<long>("iat", out var iat) || !jwt.TryGetPayloadValue<long>("exp", out var exp))
        {
            return Tokenfeil.UgyldigGrant($"{Ugyldig} The JWT claims iat and exp are required, as NumericDate (seconds since the epoch, UTC).");
        }

        if (exp - iat > MaksLevetidSekunder)
        {
            return Tokenfeil.UgyldigGrant($"{Ugyldig} JWT lifetime exp - iat is {exp - iat} seconds; at most {MaksLevetidSekunder} seconds are allowed.");
        }

        var sekunder = naa.ToUnixTimeSeconds();
        if (exp <= sekunder)
        {
            return Tokenfeil.UgyldigGrant($"{Ugyldig} JWT is expired: exp is {sekunder - exp} seconds in the past.");
        }

        if (Math.Abs(iat - sekunder) > MaksAvvikSekunder)
        {
            return Tokenfeil.UgyldigGrant($"{Ugyldig} JWT claim iat is {iat - sekunder} seconds from the server's clock; at most {MaksAvvikSekunder} seconds are allowed. Check the clock.");
        }

        if (string.IsNullOrEmpty(jwt.Id))
        {
            return Tokenfeil.UgyldigGrant($"{Ugyldig} Missing JWT claim jti: every grant needs a unique jti.");
        }

        return jwt.TryGetPayloadValue<object>("consumer_org", out _) || jwt.TryGetPayloadValue<object>("iss_onbehalfof", out _)
            ? Tokenfeil.UgyldigGrant($"{Ugyldig} Delegation (consumer_org, iss_onbehalfof) is not supported by the local Maskinporten issuer; ask for a token for the client's own organisation.")
            : null;
    }

    private static Tokenfeil? Scopefeil(JsonWebToken jwt, MaskinportenKlient klient, out string scope)
    {
        scope = "";
        if (!jwt.TryGetPayloadValue<string>("scope", out var onsket) || string.IsNullOrWhiteSpace(onsket))
        {
            return Tokenfeil.UgyldigScope("Missing JWT claim scope: a space-separated list of the scopes asked for.");
        }

        var scopes = onsket.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ugyldige = scopes.Where(s => !klient.Scopes.Contains(s, StringComparer.Ordinal)).ToList();
        if (ugyldige.Count > 0)
        {
            return Tokenfeil.UgyldigScope($"Token request contains invalid scopes for client '{klient.KlientId}': {string.Join(' ', ugyldige)}");
        }

        scope = string.Join(' ', scopes.Distinct(StringComparer.Ordinal));
        return null;
    }

    /// <summary>The APIs named in <c>resource</c> (a string or an array of strings; other values are ignored).</summary>
    private static List<string> Ressurser(JsonWebToken jwt) =>
        [.. jwt.Claims.Where(c => c.Type == "resource" && c.ValueType == ClaimValueTypes.String).Select(c => c.Value)];

    private static async Task<bool> SignaturStemmerAsync(JsonWebToken jwt, SecurityKey nokkel)
    {
        var resultat = await Handler.ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKey = nokkel,
            ValidAlgorithms = Algoritmer,
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            ValidateIssuerSigningKey = false,
            RequireSignedTokens = true,
        });
        return resultat.IsValid;
    }

    private static JsonWebToken? Les(string assertion)
    {
        try
        {
            var jwt = new JsonWebToken(assertion);
            return jwt.IsEncrypted ? null : jwt;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
