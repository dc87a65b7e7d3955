using Kjoretoyregister.Server.Forvaltning;
using Microsoft.Data.Sqlite;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// The local issuer's own RSA-2048 signing key: made on first use and kept in
/// <c>maskinporten_signeringsnokkel</c> (kid = RFC 7638 thumbprint), so tokens stay valid across
/// restarts and across servers sharing the data directory.
/// </summary>
public sealed class Utstedernokkel(FiksDatabase database, TimeProvider tid)
{
    private readonly Lazy<RsaSecurityKey> nokkel = new(() => HentEllerLag(database, tid));

    /// <summary>The key id, as access tokens carry it in their header.</summary>
    public string Kid => nokkel.Value.KeyId;

    /// <summary>Signs access tokens with RS256.</summary>
    public SigningCredentials Signering => new(nokkel.Value, SecurityAlgorithms.RsaSha256);

    /// <summary>The public half, as the JWKS publishes it.</summary>
    public OffentligJwk OffentligJwk => RsaJwk.Offentlig(nokkel.Value.Parameters, Kid);

    private static RsaSecurityKey HentEllerLag(FiksDatabase database, TimeProvider tid)
    {
        using var tilkobling = database.Fil.Apne();
        var lagret = Hent(tilkobling);
        if (lagret is not null)
        {
            return lagret;
        }

        var (ny, kid) = RsaJwk.Ny();
        using (var kommando = tilkobling.CreateCommand())
        {
            kommando.CommandText = "INSERT OR IGNORE INTO maskinporten_signeringsnokkel (kid, privat_jwk, opprettet) VALUES ($kid, $jwk, $opprettet)";
            kommando.Parameters.AddWithValue("$kid", kid);
            kommando.Parameters.AddWithValue("$jwk", RsaJwk.Privat(ny, kid));
            kommando.Parameters.AddWithValue("$opprettet", tid.GetUtcNow().ToUnixTimeMilliseconds());
            kommando.ExecuteNonQuery();
        }

        // Another server on the same data directory may have won the race: use whichever key is stored first.
        return Hent(tilkobling) ?? throw new InvalidOperationException("Fant ikke Maskinporten-nøkkelen som nettopp ble lagret.");
    }

    private static RsaSecurityKey? Hent(SqliteConnection tilkobling)
    {
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = "SELECT kid, privat_jwk FROM maskinporten_signeringsnokkel ORDER BY opprettet, kid LIMIT 1";
        using var leser = kommando.ExecuteReader();
        if (!leser.Read())
        {
            return null;
        }

        return new RsaSecurityKey(RsaJwk.FraPrivat(new JsonWebKey(leser.GetString(1)))) { KeyId = leser.GetString(0) };
    }
}
