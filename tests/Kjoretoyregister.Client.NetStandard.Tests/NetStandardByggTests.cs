using System.Reflection;
using System.Runtime.Versioning;
using Kjoretoyregister.Client.Maskinporten;
using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Client.NetStandard.Tests;

/// <summary>This project runs the SDK's netstandard2.0 build, not the net10.0 one (which would pass every test here too).</summary>
public sealed class NetStandardByggTests
{
    [Theory]
    [InlineData(typeof(KjoretoyregisterClient))]
    [InlineData(typeof(KjoretoyResponse))]
    public void LoadedAssemblyIsTheNetStandard20Build(Type type)
    {
        var rammeverk = type.Assembly.GetCustomAttribute<TargetFrameworkAttribute>();

        Assert.Equal(".NETStandard,Version=v2.0", rammeverk?.FrameworkName);
    }

    [Fact]
    public void BothAssembliesAreStrongNamedWithTheSameKey()
    {
        var klient = typeof(MaskinportenTokenProvider).Assembly.GetName().GetPublicKeyToken();
        var kontrakt = typeof(KjoretoyResponse).Assembly.GetName().GetPublicKeyToken();

        Assert.NotNull(klient);
        Assert.Equal(8, klient.Length);
        Assert.Equal(klient, kontrakt);
    }

    [Fact]
    public void CalendarDatesAreDateTimeOnNetStandard()
    {
        var dato = typeof(Forstegangsregistrering).GetProperty(nameof(Forstegangsregistrering.RegistrertForstegangNorgeDato))!.PropertyType;

        Assert.Equal(typeof(DateTime?), dato);
    }
}
