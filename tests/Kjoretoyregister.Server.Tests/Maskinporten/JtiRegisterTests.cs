using Kjoretoyregister.Server.Maskinporten;
using Microsoft.Extensions.Time.Testing;

namespace Kjoretoyregister.Server.Tests.Maskinporten;

public sealed class JtiRegisterTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void JtiIsRefusedUntilItsGrantHasExpiredPastTheSkew()
    {
        var klokke = new FakeTimeProvider(Start);
        var register = new JtiRegister(klokke);
        register.Registrer("klient-a", "jti-1", Start.AddSeconds(60));

        klokke.Advance(TimeSpan.FromSeconds(69));
        var rettFor = register.Registrer("klient-a", "jti-1", Start.AddSeconds(60));
        klokke.Advance(TimeSpan.FromSeconds(1));
        var etter = register.Registrer("klient-a", "jti-1", Start.AddSeconds(60));

        Assert.Equal(Jtiutfall.BruktFor, rettFor);
        Assert.Equal(Jtiutfall.Ny, etter);
    }

    [Fact]
    public void SameJtiFromAnotherClientIsNew()
    {
        var register = new JtiRegister(new FakeTimeProvider(Start));
        register.Registrer("klient-a", "jti-1", Start.AddSeconds(60));

        var utfall = register.Registrer("klient-b", "jti-1", Start.AddSeconds(60));

        Assert.Equal(Jtiutfall.Ny, utfall);
    }

    [Fact]
    public void FullRegisterRefusesNewJtisButForgetsExpiredOnes()
    {
        var klokke = new FakeTimeProvider(Start);
        var register = new JtiRegister(klokke);
        for (var i = 0; i < JtiRegister.Kapasitet; i++)
        {
            register.Registrer("klient-a", "jti-" + i, Start.AddSeconds(60));
        }

        var full = register.Registrer("klient-a", "en-til", Start.AddSeconds(60));
        klokke.Advance(TimeSpan.FromSeconds(71));
        var ryddet = register.Registrer("klient-a", "en-til", Start.AddSeconds(131));

        Assert.Equal(Jtiutfall.Full, full);
        Assert.Equal(Jtiutfall.Ny, ryddet);
        Assert.Equal(1, register.Antall);
    }
}
