namespace Kjoretoyregister.Client.Tests;

public sealed class Byggetest
{
    [Fact]
    public void ServerStarts()
    {
        using var server = new Kjoretoyregister.Server.Tests.Testdata.ServerFabrikk();
        Assert.StartsWith("http://127.0.0.1:", server.Adresse.ToString(), StringComparison.Ordinal);
    }
}
