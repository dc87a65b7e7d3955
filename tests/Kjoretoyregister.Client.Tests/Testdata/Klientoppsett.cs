using System.Text;
using System.Text.Json.Nodes;
using Kjoretoyregister.Client.Maskinporten;
using Kjoretoyregister.Register;
using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kjoretoyregister.Client.Tests.Testdata;

/// <summary>
/// The SDK as a vendor's program sets it up: <c>AddKjoretoyregisterClient</c> with the running test
/// server's demo.json as configuration, then the test's own changes. Counts the HTTP requests that go
/// out on the wire, to the API (each attempt) and to Maskinporten's token endpoint.
/// </summary>
internal sealed class Klientoppsett : IDisposable
{
    private readonly ServiceProvider tjenester;

    private Klientoppsett(ServiceProvider tjenester, Teller api, Teller maskinporten)
    {
        this.tjenester = tjenester;
        Api = api;
        Maskinporten = maskinporten;
    }

    /// <summary>Requests sent to the API, retries included.</summary>
    public Teller Api { get; }

    /// <summary>Requests sent to Maskinporten's token endpoint.</summary>
    public Teller Maskinporten { get; }

    public KjoretoyregisterClient Klient => tjenester.GetRequiredService<KjoretoyregisterClient>();

    public MaskinportenTokenProvider Tokens => tjenester.GetRequiredService<MaskinportenTokenProvider>();

    /// <param name="server">The running test server whose demo.json is the configuration.</param>
    /// <param name="endre">Changes to the options after demo.json's.</param>
    /// <param name="tid">The clock, for the token provider.</param>
    /// <param name="forSvar">A stand-in answer for the API's attempt number n (1, 2, ...), before the real server; null lets it through.</param>
    /// <param name="tjenester">More services (logging, say) before the provider is built.</param>
    public static Klientoppsett For(ServerFabrikk server, Action<KjoretoyregisterOptions>? endre = null, TimeProvider? tid = null, Func<int, HttpResponseMessage?>? forSvar = null, Action<IServiceCollection>? tjenester = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        _ = server.Adresse; // started, so demo.json is written with the address it listens on
        var konfig = new ConfigurationBuilder().AddJsonFile(Path.Combine(server.DataKatalog, "demo.json")).Build();
        var api = new Teller();
        var maskinporten = new Teller();
        var samling = new ServiceCollection();
        tjenester?.Invoke(samling);
        if (tid is not null)
        {
            samling.AddSingleton(tid);
        }

        samling.AddKjoretoyregisterClient(konfig).AddHttpMessageHandler(() => new Tellehandler(api, forSvar));
        samling.AddHttpClient(KjoretoyregisterServiceCollectionExtensions.MaskinportenHttpKlient).AddHttpMessageHandler(() => new Tellehandler(maskinporten));
        if (endre is not null)
        {
            samling.Configure(endre);
        }

        return new Klientoppsett(samling.BuildServiceProvider(), api, maskinporten);
    }

    /// <summary>Imports the test's own vehicles into the server's register.</summary>
    public static void Importer(ServerFabrikk server, params JsonObject[] linjer)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var kilde = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", linjer.Select(l => l.ToJsonString()))));
        Assert.True(server.Tjeneste<RegisterDatabase>().ImporterAsync(kilde, new ImportValg()).GetAwaiter().GetResult().Lagret, "testdataene ble ikke importert");
    }

    public void Dispose() => tjenester.Dispose();

    internal sealed class Teller
    {
        private int antall;

        public int Antall => Volatile.Read(ref antall);

        public int Tell() => Interlocked.Increment(ref antall);
    }

    private sealed class Tellehandler(Teller teller, Func<int, HttpResponseMessage?>? forSvar = null) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var nummer = teller.Tell();
            return forSvar?.Invoke(nummer) is { } svar ? Task.FromResult(svar) : base.SendAsync(request, cancellationToken);
        }
    }
}
