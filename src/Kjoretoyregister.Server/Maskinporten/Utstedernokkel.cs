using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// The local issuer's own RSA-2048 signing key (kid = RFC 7638 thumbprint): read from the store on first
/// use, or made and stored when there is none, and kept in memory after that. The store keeps the first
/// key stored, so tokens stay valid across restarts and every server instance on the store signs with
/// the same key, also when several make one at once.
/// </summary>
public sealed class Utstedernokkel(ISigneringsnokkelStore store)
{
    private readonly SemaphoreSlim hentes = new(1, 1);
    private volatile RsaSecurityKey? nokkel;

    /// <summary>Signs access tokens with RS256.</summary>
    public async ValueTask<SigningCredentials> SigneringAsync(CancellationToken cancellationToken) =>
        new(await HentAsync(cancellationToken), SecurityAlgorithms.RsaSha256);

    /// <summary>The public half with its kid, as the JWKS publishes it.</summary>
    public async ValueTask<OffentligJwk> OffentligJwkAsync(CancellationToken cancellationToken)
    {
        var rsa = await HentAsync(cancellationToken);
        return RsaJwk.Offentlig(rsa.Parameters, rsa.KeyId);
    }

    private async ValueTask<RsaSecurityKey> HentAsync(CancellationToken cancellationToken)
    {
        if (nokkel is { } kjent)
        {
            return kjent;
        }

        await hentes.WaitAsync(cancellationToken);
        try
        {
            if (nokkel is { } hentet)
            {
                return hentet;
            }

            var lagret = await store.HentAsync(cancellationToken) ?? await store.LagreForsteAsync(Lag(), cancellationToken);
            var rsa = new RsaSecurityKey(RsaJwk.FraPrivat(new JsonWebKey(lagret.PrivatJwk))) { KeyId = lagret.Kid };
            nokkel = rsa;
            return rsa;
        }
        finally
        {
            hentes.Release();
        }
    }

    private static Signeringsnokkel Lag()
    {
        var (ny, kid) = RsaJwk.Ny();
        return new Signeringsnokkel(kid, RsaJwk.Privat(ny, kid));
    }
}
