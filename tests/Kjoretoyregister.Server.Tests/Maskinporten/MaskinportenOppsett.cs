using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Maskinporten;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Maskinporten;

/// <summary>Registers test clients with the local issuer and reads its refusals.</summary>
internal static class MaskinportenOppsett
{
    public const string Orgnr = "974760673";
    public const string Scope = "ks:fiks";

    public static string Issuer(this ServerFabrikk server) => server.Tjeneste<Utstederadresse>().Issuer;

    public static Uri TokenEndpoint(this ServerFabrikk server) => new(server.Issuer() + "token");

    /// <summary>A new client with its own client_id and a new RSA key (and the certificate, if given).</summary>
    public static async Task<Testklient> NyKlientAsync(this ServerFabrikk server, string scopes = Scope, X509Certificate2? sertifikat = null)
    {
        var klient = new Testklient("klient-" + Guid.NewGuid().ToString("N")[..12], Assertion.NyRsaNokkel());
        await server.Tjeneste<IMaskinportenKlientStore>().LagreAsync(new MaskinportenKlient(
            klient.Id,
            Organisasjonsnummer.Parse(Orgnr),
            scopes.Split(' '),
            [Assertion.OffentligJson(klient.Nokkel)],
            sertifikat is null ? [] : [Convert.ToBase64String(sertifikat.RawData)]));
        return klient;
    }

    /// <summary>A grant from the client, signed with its key, for the issuer of the server.</summary>
    public static string Grant(this ServerFabrikk server, Testklient klient, string scope = Scope, DateTimeOffset? naa = null, Action<IDictionary<string, object>>? endreClaims = null, string alg = "RS256") =>
        Assertion.Lag(klient.Nokkel, klient.Id, server.Issuer(), scope, naa, endreClaims, alg);

    /// <summary>Posts the grant and returns the status and the <c>error</c> code of Maskinporten's error body.</summary>
    public static async Task<(HttpStatusCode Status, string? Error, string? Beskrivelse)> AvvisningAsync(this ServerFabrikk server, string? assertion, string? grantType = Maskinportentoken.JwtBearer)
    {
        using var http = server.CreateClient();
        using var svar = await Maskinportentoken.PostAsync(http, server.TokenEndpoint(), assertion, grantType);
        using var json = JsonDocument.Parse(await svar.Content.ReadAsStringAsync());
        var rot = json.RootElement;
        return (svar.StatusCode,
            rot.TryGetProperty("error", out var error) ? error.GetString() : null,
            rot.TryGetProperty("error_description", out var beskrivelse) ? beskrivelse.GetString() : null);
    }
}
