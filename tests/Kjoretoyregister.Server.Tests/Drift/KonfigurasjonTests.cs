using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Drift;

public sealed class KonfigurasjonTests
{
    [Theory]
    [InlineData("Maskinporten:Issuer", "maskinporten.no")]
    [InlineData("Maskinporten:Issuer", "https://maskinporten.no")]
    [InlineData("Demo:AntallKjoretoy", "-1")]
    public void ABadSettingStopsTheStartNamingTheKey(string nokkel, string verdi)
    {
        using var server = new ServerFabrikk();
        server.Konfig[nokkel] = verdi;

        var feil = Assert.ThrowsAny<Exception>(server.StartServer);

        Assert.Contains(nokkel.Split(':')[0], feil.ToString(), StringComparison.Ordinal);
    }
}
