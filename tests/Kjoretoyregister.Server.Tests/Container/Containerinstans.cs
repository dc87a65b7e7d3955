using System.Globalization;
using System.Text.Json;
using Kjoretoyregister.Server.Oppstart;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Container;

/// <summary>
/// One server instance of compose.yaml as a process: the exact environment the compose file gives
/// <c>kjoretoy-a</c>, with only what names the compose network or its volume replaced: the database
/// (the test's own), the data volume (a temporary directory), the issuer's host name (<c>kjoretoy-a</c>
/// resolves only in the compose network) and, only if something else holds it, the port.
/// </summary>
internal sealed class Containerinstans : IAsyncDisposable
{
    private Containerinstans(Serverprosess server, Dictionary<string, string> miljo, int port, string katalog)
    {
        Server = server;
        Miljo = miljo;
        Port = port;
        Katalog = katalog;
    }

    public Serverprosess Server { get; }

    public Dictionary<string, string> Miljo { get; }

    public int Port { get; }

    public string Katalog { get; }

    /// <summary>HostOptions:ShutdownTimeout as the compose file sets it.</summary>
    public TimeSpan Stoppfrist => TimeSpan.Parse(Miljo["HostOptions__ShutdownTimeout"], CultureInfo.InvariantCulture);

    public static async Task<Containerinstans> StartAsync(string tilkoblingsstreng)
    {
        var miljo = Composefil.Miljo("kjoretoy-a");
        var port = int.Parse(miljo["ASPNETCORE_HTTP_PORTS"], CultureInfo.InvariantCulture);
        if (!Ledigport.ErLedig(port))
        {
            port = Ledigport.Finn();
            miljo["ASPNETCORE_HTTP_PORTS"] = port.ToString(CultureInfo.InvariantCulture);
        }

        var katalog = Path.Combine(Path.GetTempPath(), "kjoretoyregister-container-" + Guid.NewGuid().ToString("N"));
        miljo["ConnectionStrings__Postgres"] = tilkoblingsstreng;
        miljo["DataDirectory"] = katalog;
        miljo["Maskinporten__LokalIssuer"] = new UriBuilder(miljo["Maskinporten__LokalIssuer"]) { Host = "127.0.0.1", Port = port }.Uri.ToString();
        var server = await Serverprosess.StartAsync(miljo, new Uri($"http://127.0.0.1:{port}/"), []);
        return new Containerinstans(server, miljo, port, katalog);
    }

    /// <summary>demo.json, once the server has written its addresses into it.</summary>
    public Task<DemoKonfig> DemoAsync() => Demokonfig.LesAsync(Katalog, Server);

    /// <summary>Every line of standard output read as a JSON object; a line that is not one fails the test with the line.</summary>
    public IReadOnlyList<JsonElement> Logglinjer() => [.. Server.Standardut.Where(l => l.Length > 0).Select(Les)];

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        if (Directory.Exists(Katalog))
        {
            Directory.Delete(Katalog, recursive: true);
        }
    }

    private static JsonElement Les(string linje)
    {
        try
        {
            using var dokument = JsonDocument.Parse(linje);
            Assert.Equal(JsonValueKind.Object, dokument.RootElement.ValueKind);
            return dokument.RootElement.Clone();
        }
        catch (JsonException feil)
        {
            Assert.Fail($"Ikke en JSON-linje på standard ut: {linje} ({feil.Message})");
            throw;
        }
    }
}
