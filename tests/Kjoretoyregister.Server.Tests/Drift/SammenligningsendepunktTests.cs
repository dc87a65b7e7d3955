using System.Net;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Drift;

/// <summary>The benchmark's bare endpoint exists only when configured, and then returns exactly the file's bytes.</summary>
public sealed class SammenligningsendepunktTests
{
    [Fact]
    public async Task BareEndpointIsAbsentUnlessConfigured()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var http = server.CreateClient();

        using var svar = await http.PostAsync(new Uri("/benchmark/samme-svar", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, svar.StatusCode);
    }

    [Fact]
    public async Task ConfiguredBareEndpointReturnsTheFilesBytes()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        var fil = Path.Combine(Path.GetTempPath(), $"samme-svar-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(fil, """[{"kjoretoy":null,"responskoder":[]}]""");
        server.Konfig["Benchmark:SvarFil"] = fil;
        using var http = server.CreateClient();

        using var svar = await http.PostAsync(new Uri("/benchmark/samme-svar", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(fil), await svar.Content.ReadAsByteArrayAsync());
        File.Delete(fil);
    }
}
