using System.Net;
using System.Text.Json;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>Asks a Maskinporten token endpoint for an access token with a JWT grant, as a client does.</summary>
internal static class Maskinportentoken
{
    public const string JwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    /// <summary>The access_token; throws with the response body when the answer is not 200.</summary>
    public static async Task<string> HentAsync(HttpClient http, Uri tokenEndpoint, string assertion, CancellationToken ct = default)
    {
        using var svar = await PostAsync(http, tokenEndpoint, assertion, ct: ct);
        var innhold = await svar.Content.ReadAsStringAsync(ct);
        if (svar.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"Token-endepunktet svarte {(int)svar.StatusCode}: {innhold}", null, svar.StatusCode);
        }

        using var json = JsonDocument.Parse(innhold);
        return json.RootElement.GetProperty("access_token").GetString()
            ?? throw new HttpRequestException($"Svaret manglet access_token: {innhold}");
    }

    /// <summary>The raw response, for tests of refusals. <paramref name="grantType"/> null leaves it out.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, Uri tokenEndpoint, string? assertion, string? grantType = JwtBearer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        var felter = new List<KeyValuePair<string, string>>();
        if (grantType is not null)
        {
            felter.Add(new("grant_type", grantType));
        }

        if (assertion is not null)
        {
            felter.Add(new("assertion", assertion));
        }

        using var innhold = new FormUrlEncodedContent(felter);
        return await http.PostAsync(tokenEndpoint, innhold, ct);
    }
}
