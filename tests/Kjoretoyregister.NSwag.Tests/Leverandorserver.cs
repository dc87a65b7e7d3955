using System.Text;
using System.Text.Json;
using Kjoretoyregister.Register;
using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Leverandor.Tests;

/// <summary>
/// The real server on a free port, as a vendor meets it: demo.json with the demo kommune, integration and
/// Maskinporten client, one vehicle of the test's own with a synthetic owner, and a token got through
/// the local issuer with the demo client's key.
/// </summary>
public sealed class Leverandorserver : IDisposable
{
    public Leverandorserver()
    {
        Server = ServerFabrikk.UtenDemoregister();
        Adresse = Server.Adresse;
        using var demo = JsonDocument.Parse(File.ReadAllText(Path.Combine(Server.DataKatalog, "demo.json")));
        var rot = demo.RootElement;
        FiksOrgId = rot.GetProperty("fiksOrgId").GetGuid();
        IntegrasjonId = rot.GetProperty("integrasjonId").GetGuid();
        IntegrasjonPassord = rot.GetProperty("integrasjonPassord").GetString()!;
        var maskinporten = rot.GetProperty("maskinporten");
        tokenEndpoint = new Uri(maskinporten.GetProperty("tokenEndpoint").GetString()!);
        issuer = maskinporten.GetProperty("issuer").GetString()!;
        klientId = maskinporten.GetProperty("clientId").GetString()!;
        scope = maskinporten.GetProperty("scope").GetString()!;
        nokkel = new JsonWebKey(maskinporten.GetProperty("jwk").GetRawText());

        Bil = Kjoretoydata.Ny("Generatorsen");
        using var kilde = new MemoryStream(Encoding.UTF8.GetBytes(Bil.Linje().ToJsonString()));
        var resultat = Server.Services.GetRequiredService<RegisterDatabase>().ImporterAsync(kilde, new ImportValg()).GetAwaiter().GetResult();
        Assert.True(resultat.Lagret, "testbilen ble ikke importert");
    }

    private readonly Uri tokenEndpoint;
    private readonly string issuer;
    private readonly string klientId;
    private readonly string scope;
    private readonly JsonWebKey nokkel;

    public ServerFabrikk Server { get; }

    public Uri Adresse { get; }

    public Guid FiksOrgId { get; }

    public Guid IntegrasjonId { get; }

    public string IntegrasjonPassord { get; }

    /// <summary>The test's vehicle: its plate, and its owner's synthetic fødselsnummer.</summary>
    internal Kjoretoydata Bil { get; }

    public async Task<string> TokenAsync()
    {
        using var http = new HttpClient();
        return await Maskinportentoken.HentAsync(http, tokenEndpoint, Assertion.Lag(nokkel, klientId, issuer, scope));
    }

    public void Dispose() => Server.Dispose();
}
