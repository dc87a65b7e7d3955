using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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
    public OffentligJwk OffentligJwk
    {
        get
        {
            var p = nokkel.Value.Parameters;
            return new OffentligJwk("RSA", Kid, "sig", SecurityAlgorithms.RsaSha256, Base64UrlEncoder.Encode(p.Modulus), Base64UrlEncoder.Encode(p.Exponent));
        }
    }

    private static RsaSecurityKey HentEllerLag(FiksDatabase database, TimeProvider tid)
    {
        using var tilkobling = database.Fil.Apne();
        var lagret = Hent(tilkobling);
        if (lagret is not null)
        {
            return lagret;
        }

        using var rsa = RSA.Create(2048);
        var ny = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true));
        ny.KeyId = Base64UrlEncoder.Encode(ny.ComputeJwkThumbprint());
        using (var kommando = tilkobling.CreateCommand())
        {
            kommando.CommandText = "INSERT OR IGNORE INTO maskinporten_signeringsnokkel (kid, privat_jwk, opprettet) VALUES ($kid, $jwk, $opprettet)";
            kommando.Parameters.AddWithValue("$kid", ny.KeyId);
            kommando.Parameters.AddWithValue("$jwk", PrivatJson(ny));
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

        var jwk = new JsonWebKey(leser.GetString(1));
        var parametere = new RSAParameters
        {
            Modulus = Base64UrlEncoder.DecodeBytes(jwk.N),
            Exponent = Base64UrlEncoder.DecodeBytes(jwk.E),
            D = Base64UrlEncoder.DecodeBytes(jwk.D),
            P = Base64UrlEncoder.DecodeBytes(jwk.P),
            Q = Base64UrlEncoder.DecodeBytes(jwk.Q),
            DP = Base64UrlEncoder.DecodeBytes(jwk.DP),
            DQ = Base64UrlEncoder.DecodeBytes(jwk.DQ),
            InverseQ = Base64UrlEncoder.DecodeBytes(jwk.QI),
        };
        return new RsaSecurityKey(parametere) { KeyId = leser.GetString(0) };
    }

    private static string PrivatJson(RsaSecurityKey nokkel)
    {
        var p = nokkel.Parameters;
        using var strom = new MemoryStream();
        using (var skriver = new Utf8JsonWriter(strom))
        {
            skriver.WriteStartObject();
            skriver.WriteString("kty", "RSA");
            skriver.WriteString("kid", nokkel.KeyId);
            Skriv(skriver, "n", p.Modulus);
            Skriv(skriver, "e", p.Exponent);
            Skriv(skriver, "d", p.D);
            Skriv(skriver, "p", p.P);
            Skriv(skriver, "q", p.Q);
            Skriv(skriver, "dp", p.DP);
            Skriv(skriver, "dq", p.DQ);
            Skriv(skriver, "qi", p.InverseQ);
            skriver.WriteEndObject();
        }

        return Encoding.UTF8.GetString(strom.ToArray());
    }

    private static void Skriv(Utf8JsonWriter skriver, string navn, byte[]? verdi) =>
        skriver.WriteString(navn, Base64UrlEncoder.Encode(verdi ?? throw new InvalidOperationException($"RSA-nøkkelen mangler {navn}.")));
}
