using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Maskinporten;
using Kjoretoyregister.Server.Tests.Tilgang;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tests.Maskinporten;

/// <summary>
/// The local issuer's signing key on both engines: made once, kept across restarts, and the same for
/// every instance on the database, also when they make it at once.
/// </summary>
public abstract class UtstedernokkelTests(Lagringsmotor motor) : Tilgangslagertest(motor)
{
    [Fact]
    public async Task AKeyMadeByOneInstanceIsUsedByTheNextAndSignsWhatTheJwksVerifies()
    {
        var forste = new Utstedernokkel(Lager.Signeringsnokler());
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "http://localhost/maskinporten/",
            SigningCredentials = await forste.SigneringAsync(default),
        });

        var neste = new Utstedernokkel(Lager.Signeringsnokler());
        var jwk = await neste.OffentligJwkAsync(default);
        var validert = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = new JsonWebKey(RsaJwk.Json(jwk)),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
        });

        Assert.Equal((await forste.OffentligJwkAsync(default)).Kid, jwk.Kid);
        Assert.True(validert.IsValid);
    }

    [Fact]
    public async Task InstancesMakingTheKeyAtOnceAllGetTheSameKid()
    {
        var instanser = Enumerable.Range(0, 4).Select(_ => new Utstedernokkel(Lager.Signeringsnokler())).ToList();

        var jwker = await Task.WhenAll(instanser.Select(i => Task.Run(async () => await i.OffentligJwkAsync(default))));

        Assert.Single(jwker.Select(j => j.Kid).Distinct());
        Assert.Equal(jwker[0].Kid, (await Lager.Signeringsnokler().HentAsync(default))!.Kid);
    }

    [Fact]
    public async Task TheFirstKeyStoredStaysWhenAnotherIsOffered()
    {
        var store = Lager.Signeringsnokler();
        var forste = await store.LagreForsteAsync(new Signeringsnokkel("kid-1", "{}"), default);

        var andre = await Lager.Signeringsnokler().LagreForsteAsync(new Signeringsnokkel("kid-2", "{}"), default);

        Assert.Equal("kid-1", forste.Kid);
        Assert.Equal("kid-1", andre.Kid);
        Assert.Equal("kid-1", (await store.HentAsync(default))!.Kid);
    }
}

public sealed class SqliteUtstedernokkelTests() : UtstedernokkelTests(Lagringsmotor.Sqlite);

public sealed class PostgresUtstedernokkelTests() : UtstedernokkelTests(Lagringsmotor.Postgres);
