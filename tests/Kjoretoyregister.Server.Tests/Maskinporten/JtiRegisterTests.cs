using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Maskinporten;
using Kjoretoyregister.Server.Tests.Tilgang;

namespace Kjoretoyregister.Server.Tests.Maskinporten;

/// <summary>
/// Spent grant ids on both engines: refused until the grant has expired past the skew, per client, by
/// every instance on the database, once even when instances record one id at once, and pruned.
/// </summary>
public abstract class JtiRegisterTests(Lagringsmotor motor) : Tilgangslagertest(motor)
{
    private DateTimeOffset Start => Lager.Klokke.GetUtcNow();

    [Fact]
    public async Task JtiIsRefusedUntilItsGrantHasExpiredPastTheSkew()
    {
        var register = new JtiRegister(Lager.Jti(), Lager.Klokke);
        var utloper = Start.AddSeconds(60);
        await register.RegistrerAsync("klient-a", "jti-1", utloper, default);

        Lager.Klokke.Advance(TimeSpan.FromSeconds(69));
        var rettFor = await register.RegistrerAsync("klient-a", "jti-1", utloper, default);
        Lager.Klokke.Advance(TimeSpan.FromSeconds(1));
        var etter = await register.RegistrerAsync("klient-a", "jti-1", utloper, default);

        Assert.False(rettFor);
        Assert.True(etter);
    }

    [Fact]
    public async Task SameJtiFromAnotherClientIsNew()
    {
        var register = new JtiRegister(Lager.Jti(), Lager.Klokke);
        await register.RegistrerAsync("klient-a", "jti-1", Start.AddSeconds(60), default);

        var ny = await register.RegistrerAsync("klient-b", "jti-1", Start.AddSeconds(60), default);

        Assert.True(ny);
    }

    [Fact]
    public async Task AJtiSpentThroughOneInstanceIsRefusedThroughAnother()
    {
        var server1 = new JtiRegister(Lager.Jti(), Lager.Klokke);
        var server2 = new JtiRegister(Lager.Jti(), Lager.Klokke);

        var forste = await server1.RegistrerAsync("klient-a", "jti-1", Start.AddSeconds(60), default);
        var gjentatt = await server2.RegistrerAsync("klient-a", "jti-1", Start.AddSeconds(60), default);

        Assert.True(forste);
        Assert.False(gjentatt);
    }

    [Fact]
    public async Task TwoInstancesRecordingOneJtiAtOnceAcceptItOnce()
    {
        var server1 = new JtiRegister(Lager.Jti(), Lager.Klokke);
        var server2 = new JtiRegister(Lager.Jti(), Lager.Klokke);

        var svar = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? server1 : server2).RegistrerAsync("klient-a", "jti-1", Start.AddSeconds(60), default))));

        Assert.Single(svar, ny => ny);
    }

    [Fact]
    public async Task ForgottenJtisAreRemoved()
    {
        var register = new JtiRegister(Lager.Jti(), Lager.Klokke);
        for (var i = 0; i < 50; i++)
        {
            await register.RegistrerAsync("klient-a", "jti-" + i, Start.AddSeconds(60), default);
        }

        Lager.Klokke.Advance(JtiRegister.Ryddeintervall + TimeSpan.FromSeconds(11));
        var ny = await register.RegistrerAsync("klient-a", "en-til", Start.AddSeconds(130), default);

        Assert.True(ny);
        Assert.Equal(1, await Lager.AntallJtiAsync());
    }
}

public sealed class SqliteJtiRegisterTests() : JtiRegisterTests(Lagringsmotor.Sqlite);

public sealed class PostgresJtiRegisterTests() : JtiRegisterTests(Lagringsmotor.Postgres);
