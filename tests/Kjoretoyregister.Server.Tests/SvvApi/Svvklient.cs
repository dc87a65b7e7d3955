using System.Net.Http.Headers;
using System.Text;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.SvvApi;

/// <summary>
/// The Fiks platform's view of the SVV side of a running test server: a Maskinporten client of KS with
/// SVV's scope (registered with the local issuer), and calls under SVV's base path. <see cref="Fiks"/>
/// is the Fiks side of the same server, for comparing answers.
/// </summary>
internal sealed class Svvklient : IDisposable
{
    public const string Scope = "svv:kjoretoy/kjoretoysok";
    public const string Basissti = "/ws/no/vegvesen/kjoretoy/felles/v2/rest/distribusjon/kjoretoy/v2.0/";
    public static readonly Organisasjonsnummer KsOrgnr = Organisasjonsnummer.Parse("971032146");

    private string? token;

    public Svvklient(ServerFabrikk server) => Fiks = new Fiksklient(server);

    public Fiksklient Fiks { get; }

    /// <summary>A token with SVV's scope, for a new client of KS (made once per Svvklient).</summary>
    public async Task<string> TokenAsync()
    {
        if (token is null)
        {
            var (klientId, nokkel) = await Maskinportenklienter.RegistrerAsync(Fiks.Server, KsOrgnr, scope: Scope);
            token = await Fiks.TokenAsync(klientId, nokkel, Scope);
        }

        return token;
    }

    /// <summary>A call under SVV's base path with a Bearer token (<see cref="Fiksklient.NyttToken"/>: <see cref="TokenAsync"/>; null: none).</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod metode, string sti, string? json = null, string? bearer = Fiksklient.NyttToken)
    {
        using var foresporsel = new HttpRequestMessage(metode, new Uri(Basissti + sti, UriKind.Relative));
        if (json is not null)
        {
            foresporsel.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        bearer = bearer == Fiksklient.NyttToken ? await TokenAsync() : bearer;
        if (bearer is not null)
        {
            foresporsel.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await Fiks.Http.SendAsync(foresporsel);
    }

    public Task<HttpResponseMessage> GetAsync(string sti, string? bearer = Fiksklient.NyttToken) => SendAsync(HttpMethod.Get, sti, null, bearer);

    public Task<HttpResponseMessage> PostAsync(string sti, string json, string? bearer = Fiksklient.NyttToken) => SendAsync(HttpMethod.Post, sti, json, bearer);

    /// <summary>The body's text after asserting 200.</summary>
    public static async Task<string> TekstAsync(HttpResponseMessage svar)
    {
        using (svar)
        {
            var tekst = await svar.Content.ReadAsStringAsync();
            Assert.True(svar.StatusCode == System.Net.HttpStatusCode.OK, $"forventet 200, fikk {(int)svar.StatusCode}: {tekst}");
            return tekst;
        }
    }

    /// <summary>An SVV error body with the given status: no vehicles and one response code, returned.</summary>
    public static async Task<Contracts.Svv.Responskode> FeilAsync(HttpResponseMessage svar, System.Net.HttpStatusCode forventet)
    {
        var json = await Svar.JsonAsync(svar, forventet);
        Assert.Equal("application/json", svar.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, json.GetProperty("antallITreffliste").GetInt32());
        Assert.Equal(0, json.GetProperty("antallTreffTotalt").GetInt32());
        Assert.Empty(json.GetProperty("kjoretoyresponser").EnumerateArray());
        var kode = Assert.Single(json.GetProperty("responskoder").EnumerateArray());
        return new(kode.GetProperty("kode").GetString()!, kode.GetProperty("beskrivelse").GetString()!);
    }

    public void Dispose() => Fiks.Dispose();
}
