using System.Net;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Drift;

public sealed class HelseTests : IDisposable
{
    private readonly ServerFabrikk server = new();

    [Fact]
    public async Task LiveAndReadyAnswer200WhenStorageAnswers()
    {
        using var http = server.CreateClient();

        using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    public void Dispose() => server.Dispose();
}
