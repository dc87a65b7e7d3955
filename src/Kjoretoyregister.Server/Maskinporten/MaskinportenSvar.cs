using System.Text.Json.Serialization;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>The issuer's metadata (RFC 8414), as Maskinporten's <c>.well-known/oauth-authorization-server</c> reads.</summary>
public sealed record Autorisasjonsservermetadata(
    [property: JsonPropertyName("issuer")] string Issuer,
    [property: JsonPropertyName("token_endpoint")] string TokenEndpoint,
    [property: JsonPropertyName("jwks_uri")] string JwksUri,
    [property: JsonPropertyName("token_endpoint_auth_methods_supported")] IReadOnlyList<string> TokenEndpointAuthMethodsSupported,
    [property: JsonPropertyName("grant_types_supported")] IReadOnlyList<string> GrantTypesSupported,
    [property: JsonPropertyName("token_endpoint_auth_signing_alg_values_supported")] IReadOnlyList<string> TokenEndpointAuthSigningAlgValuesSupported);

/// <summary>The issuer's public keys (RFC 7517 JWK Set).</summary>
public sealed record JwkSett([property: JsonPropertyName("keys")] IReadOnlyList<OffentligJwk> Keys);

/// <summary>One public RSA signing key.</summary>
public sealed record OffentligJwk(
    [property: JsonPropertyName("kty")] string Kty,
    [property: JsonPropertyName("kid")] string Kid,
    [property: JsonPropertyName("use")] string Use,
    [property: JsonPropertyName("alg")] string Alg,
    [property: JsonPropertyName("n")] string N,
    [property: JsonPropertyName("e")] string E);

/// <summary>A successful token response (RFC 6749 §5.1).</summary>
public sealed record Tokensvar(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("scope")] string Scope);

/// <summary>A refused token request, as Maskinporten writes it (RFC 6749 §5.2).</summary>
public sealed record Tokenfeil(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string ErrorDescription)
{
    public static Tokenfeil UgyldigForesporsel(string beskrivelse) => new("invalid_request", beskrivelse);

    public static Tokenfeil UstottetGranttype(string beskrivelse) => new("unsupported_grant_type", beskrivelse);

    public static Tokenfeil UgyldigGrant(string beskrivelse) => new("invalid_grant", beskrivelse);

    public static Tokenfeil UgyldigScope(string beskrivelse) => new("invalid_scope", beskrivelse);
}
