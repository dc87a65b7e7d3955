using System.CommandLine;
using System.Net.Http.Json;
using System.Text.Json;
using Kjoretoyregister.Server.Oppstart;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy token --konfig FILE</c>: gets a Maskinporten access token with the JWT grant (RFC 7523)
/// as a vendor's code does (assertion signed RS256 with the client's key, <c>kid</c> in the header),
/// and prints it, for use with curl. FILE has demo.json's shape.
/// </summary>
internal static class TokenKommando
{
    public static Command Lag()
    {
        var konfig = new Option<string>("--konfig") { Description = "Konfigurasjonsfil med demo.json sin form.", Required = true, HelpName = "FILE" };
        var kommando = new Command("token", "Henter et Maskinporten-token (JWT-grant signert med klientens nøkkel) og skriver det ut.") { konfig };
        kommando.SetAction((parse, ct) => KjorAsync(parse.GetValue(konfig)!, ct));
        return kommando;
    }

    private static async Task<int> KjorAsync(string fil, CancellationToken ct)
    {
        if (!File.Exists(fil))
        {
            await Console.Error.WriteLineAsync($"kjoretoy: fant ikke konfigurasjonsfilen {fil}");
            return Kjoring.UgyldigBruk;
        }

        DemoKonfig? demo;
        try
        {
            demo = JsonSerializer.Deserialize(await File.ReadAllTextAsync(fil, ct), DemoJsonContext.Default.DemoKonfig);
        }
        catch (JsonException e)
        {
            await Console.Error.WriteLineAsync($"kjoretoy: {fil} er ikke gyldig JSON: {e.Message}");
            return Kjoring.UgyldigBruk;
        }

        if (demo?.Maskinporten is not { } mp)
        {
            await Console.Error.WriteLineAsync($"kjoretoy: {fil} mangler maskinporten-delen");
            return Kjoring.UgyldigBruk;
        }

        var naa = DateTime.UtcNow;
        var assertion = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = mp.ClientId,
            Audience = mp.Issuer,
            IssuedAt = naa,
            NotBefore = naa,
            Expires = naa.AddSeconds(100),
            Claims = new Dictionary<string, object> { ["scope"] = mp.Scope, ["jti"] = Guid.NewGuid().ToString() },
            SigningCredentials = new SigningCredentials(new JsonWebKey(mp.Jwk.GetRawText()), SecurityAlgorithms.RsaSha256),
        });

        using var http = new HttpClient();
        using var svar = await http.PostAsync(new Uri(mp.TokenEndpoint), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
            ["assertion"] = assertion,
        }), ct);
        using var innhold = await svar.Content.ReadFromJsonAsync<JsonDocument>(ct);
        if (!svar.IsSuccessStatusCode || innhold is null || !innhold.RootElement.TryGetProperty("access_token", out var token))
        {
            await Console.Error.WriteLineAsync($"kjoretoy: Maskinporten svarte {(int)svar.StatusCode}: {innhold?.RootElement.GetRawText()}");
            return Kjoring.Feil;
        }

        Console.Out.WriteLine(token.GetString());
        return Kjoring.Ok;
    }
}
