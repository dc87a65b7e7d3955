using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kjoretoyregister.Register;
using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Server.Oppstart;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// A vendor's view of a running test server: its demo.json, a Maskinporten token got with the demo
/// client's key through the local issuer, and calls with the three Fiks headers.
/// </summary>
internal sealed class Fiksklient : IDisposable
{
    public Fiksklient(ServerFabrikk server)
    {
        Server = server;
        // Every answer is checked against the served API document (Apidokument/Svarkontroll.cs).
        Http = server.CreateDefaultClient(server.Adresse, Svarkontroll);
        Demo = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(server.DataKatalog, DemoOppsett.Filnavn)), DemoJsonContext.Default.DemoKonfig)!;
    }

    /// <summary>The default token argument: get a fresh token for the demo client.</summary>
    public const string NyttToken = "<nytt token>";

    public ServerFabrikk Server { get; }

    public HttpClient Http { get; }

    /// <summary>What the answers of this client looked like against the API document.</summary>
    public Apidokument.Svarkontroll Svarkontroll { get; } = new();

    public DemoKonfig Demo { get; }

    public string SvvSti(string sti, Guid? fiksOrgId = null) =>
        $"/kjoretoyregister/api/{fiksOrgId ?? Demo.FiksOrgId}/rest/distribusjon/kjoretoy/v2.0/{sti}";

    public string KsSti(string operasjon, Guid? fiksOrgId = null) => $"/kjoretoyregister/api/v1/ks/{fiksOrgId ?? Demo.FiksOrgId}/{operasjon}";

    /// <summary>A token for the demo client (or another registered client with its key).</summary>
    public Task<string> TokenAsync(string? klientId = null, JsonWebKey? nokkel = null, string? scope = null)
    {
        var assertion = Assertion.Lag(nokkel ?? new JsonWebKey(Demo.Maskinporten.Jwk.GetRawText()), klientId ?? Demo.Maskinporten.ClientId,
            Demo.Maskinporten.Issuer, scope ?? Demo.Maskinporten.Scope);
        return Maskinportentoken.HentAsync(Http, new Uri(Demo.Maskinporten.TokenEndpoint), assertion);
    }

    /// <summary>Sends a request with the demo integration's headers unless others are given (null leaves a header out).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod metode, string sti, string? json = null, string? token = NyttToken, string? integrasjonId = "", string? passord = "", string? formal = null) =>
        SendAsync(metode, sti, json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"), token, integrasjonId, passord, formal);

    /// <summary>As above with any body (another content type, a chunked stream).</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod metode, string sti, HttpContent? innhold, string? token = NyttToken, string? integrasjonId = "", string? passord = "", string? formal = null)
    {
        using var foresporsel = new HttpRequestMessage(metode, new Uri(sti, UriKind.Relative)) { Content = innhold };
        token = token == NyttToken ? await TokenAsync() : token;
        if (token is not null)
        {
            foresporsel.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if ((integrasjonId == "" ? Demo.IntegrasjonId.ToString() : integrasjonId) is { } id)
        {
            foresporsel.Headers.TryAddWithoutValidation("IntegrasjonId", id);
        }

        if ((passord == "" ? Demo.IntegrasjonPassord : passord) is { } p)
        {
            foresporsel.Headers.TryAddWithoutValidation("IntegrasjonPassord", p);
        }

        if (formal is not null)
        {
            foresporsel.Headers.TryAddWithoutValidation("Formal", formal);
        }

        foresporsel.Headers.TransferEncodingChunked = innhold is StreamContent;
        return await Http.SendAsync(foresporsel);
    }

    public Task<HttpResponseMessage> KjennemerkerAsync(string json, string? token = NyttToken, string? formal = null) =>
        SendAsync(HttpMethod.Post, SvvSti("bulk/kjennemerke"), json, token, formal: formal);

    /// <summary>
    /// Imports lines into the server's register (the test's own data beside or instead of the demo register).
    /// Waits for the import: on SQLite it completes synchronously, and the register never needs this thread back.
    /// </summary>
    public ImportResultat Importer(params JsonObject[] linjer)
    {
        using var kilde = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", linjer.Select(l => l.ToJsonString()))));
        var resultat = Server.Tjeneste<RegisterDatabase>().ImporterAsync(kilde, new ImportValg()).GetAwaiter().GetResult();
        Assert.True(resultat.Lagret, "testdataene ble ikke importert");
        return resultat;
    }

    public void Dispose() => Http.Dispose();
}
