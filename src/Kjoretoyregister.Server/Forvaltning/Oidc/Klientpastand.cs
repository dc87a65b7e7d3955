using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Forvaltning.Oidc;

/// <summary>
/// The client's proof of itself at the token endpoint with <c>private_key_jwt</c> (RFC 7523), as ID-porten
/// wants: a JWT with <c>iss</c> = <c>sub</c> = the client id, <c>aud</c> the provider, a fresh <c>jti</c>, valid
/// for two minutes, signed with the key in <see cref="OidcOptions.ClientAssertionKeyFile"/> (read once).
/// </summary>
public sealed class Klientpastand(IOptions<OidcOptions> options, TimeProvider tid) : IDisposable
{
    public const string Type = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private readonly Lazy<SigningCredentials> signering = new(() => Signering(options.Value));

    /// <summary>A new assertion for the token request to <paramref name="issuer"/>.</summary>
    public string Lag(string issuer)
    {
        var o = options.Value;
        var na = tid.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = o.ClientId,
            Audience = string.IsNullOrWhiteSpace(o.ClientAssertionAudience) ? issuer : o.ClientAssertionAudience,
            Subject = new ClaimsIdentity([new Claim("sub", o.ClientId!), new Claim("jti", Guid.NewGuid().ToString("N"))]),
            IssuedAt = na,
            NotBefore = na,
            Expires = na.AddMinutes(2),
            SigningCredentials = signering.Value,
        });
    }

    /// <summary>A private RSA or EC key from a PEM file.</summary>
    /// <exception cref="CryptographicException">It holds no private RSA or EC key.</exception>
    public static AsymmetricAlgorithm LesNokkel(string fil)
    {
        var pem = File.ReadAllText(fil);
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            rsa.ExportParameters(includePrivateParameters: true);
            return rsa;
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            rsa.Dispose();
        }

        var ec = ECDsa.Create();
        try
        {
            ec.ImportFromPem(pem);
            ec.ExportParameters(includePrivateParameters: true);
            return ec;
        }
        catch (ArgumentException e)
        {
            ec.Dispose();
            throw new CryptographicException("Ingen privat RSA- eller EC-nøkkel i filen.", e);
        }
        catch (CryptographicException)
        {
            ec.Dispose();
            throw;
        }
    }

    private static SigningCredentials Signering(OidcOptions o)
    {
        var nokkel = LesNokkel(o.ClientAssertionKeyFile!);
        SecurityKey sikkerhetsnokkel = nokkel is RSA rsa ? new RsaSecurityKey(rsa) : new ECDsaSecurityKey((ECDsa)nokkel);
        sikkerhetsnokkel.KeyId = string.IsNullOrWhiteSpace(o.ClientAssertionKeyId) ? null : o.ClientAssertionKeyId;
        var algoritme = nokkel is RSA ? SecurityAlgorithms.RsaSha256
            : nokkel.KeySize switch { 384 => SecurityAlgorithms.EcdsaSha384, 521 => SecurityAlgorithms.EcdsaSha512, _ => SecurityAlgorithms.EcdsaSha256 };
        return new SigningCredentials(sikkerhetsnokkel, algoritme);
    }

    public void Dispose()
    {
        if (signering.IsValueCreated)
        {
            switch (signering.Value.Key)
            {
                case RsaSecurityKey { Rsa: { } rsa }:
                    rsa.Dispose();
                    break;
                case ECDsaSecurityKey { ECDsa: { } ec }:
                    ec.Dispose();
                    break;
            }
        }
    }
}
