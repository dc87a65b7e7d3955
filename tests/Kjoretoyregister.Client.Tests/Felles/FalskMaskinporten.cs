using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kjoretoyregister.Client.Tests.Felles;

/// <summary>
/// A token endpoint on a free loopback port (Kestrel, real HTTP) that answers as the test says, request by
/// request: for what the real issuer will not do on demand (fail twice, then answer; answer too late). It
/// keeps each request's JWT grant, so a test can read the header the SDK wrote.
/// </summary>
internal sealed class FalskMaskinporten : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<string> assertions = new();
    private int antall;

    private FalskMaskinporten(WebApplication app) => this.app = app;

    /// <summary>The issuer (with its trailing slash); the token endpoint is its <c>token</c>.</summary>
    public string Issuer { get; private set; } = "";

    /// <summary>The requests received so far.</summary>
    public int Antall => Volatile.Read(ref antall);

    /// <summary>The grants received, in order.</summary>
    public IReadOnlyList<string> Assertions => [.. assertions];

    /// <summary>A token answer: 200 with <paramref name="token"/>, valid two minutes.</summary>
    public static IResult Token(string token) =>
        Results.Json(new Dictionary<string, object> { ["access_token"] = token, ["token_type"] = "Bearer", ["expires_in"] = 120, ["scope"] = "ks:fiks" });

    /// <param name="svar">The answer to request number n (1, 2, …); it may wait before answering.</param>
    public static async Task<FalskMaskinporten> StartAsync(Func<int, CancellationToken, Task<IResult>> svar)
    {
        var bygger = WebApplication.CreateSlimBuilder();
        bygger.WebHost.UseUrls("http://127.0.0.1:0");
        bygger.Logging.ClearProviders();
        var app = bygger.Build();
        var falsk = new FalskMaskinporten(app);
        app.MapPost("/token", async (HttpContext http) =>
        {
            var skjema = await http.Request.ReadFormAsync(http.RequestAborted);
            falsk.assertions.Enqueue(skjema["assertion"].ToString());
            return await svar(Interlocked.Increment(ref falsk.antall), http.RequestAborted);
        });
        await app.StartAsync();
        var adresse = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        falsk.Issuer = adresse.TrimEnd('/') + "/";
        return falsk;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
