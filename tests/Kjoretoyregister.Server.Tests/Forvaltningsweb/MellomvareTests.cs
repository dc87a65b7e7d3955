using System.Net;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>
/// Where the UI's middleware runs (ForvaltningswebExtensions.UseForvaltningsweb): every answer under
/// <c>/forvaltning</c> gets the security headers and the UI's error pages, and nothing of the UI's
/// session handling runs for requests outside it (the API's hot path).
/// </summary>
public sealed class MellomvareTests(TomtRegister register) : IClassFixture<TomtRegister>
{
    private ServerFabrikk Server => register.Server;

    [Fact]
    public async Task RedirectsToLoginAndToIngenTilgangCarryTheSecurityHeadersToo()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var anonym = new Forvaltningsklient(Server);
        using var innlogget = await kommune.InnloggetKlientAsync(Server);

        using var tilInnlogging = await anonym.GetAsync("/forvaltning/oversikt");
        using var tilIngenTilgang = await innlogget.GetAsync("/forvaltning/ks/organisasjoner");

        Assert.Equal(HttpStatusCode.Found, tilInnlogging.StatusCode);
        Assert.Equal(HttpStatusCode.Found, tilIngenTilgang.StatusCode);
        Assert.All(new[] { tilInnlogging, tilIngenTilgang }, svar =>
        {
            Assert.True(svar.Headers.Contains("Content-Security-Policy"), $"{Forvaltningsklient.Adresse(svar)}: ingen Content-Security-Policy");
            Assert.True(svar.Headers.Contains("X-Frame-Options"), $"{Forvaltningsklient.Adresse(svar)}: ingen X-Frame-Options");
            Assert.True(svar.Headers.Contains("X-Content-Type-Options"), $"{Forvaltningsklient.Adresse(svar)}: ingen X-Content-Type-Options");
        });
    }

    [Theory]
    [InlineData("/kjoretoyregister/api/finnes-ikke")]
    [InlineData("/health/live")]
    public async Task RequestOutsideForvaltningDoesNotRunTheForvaltningSessionCheck(string sti)
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = await kommune.InnloggetKlientAsync(Server);
        var okt = klient.Cookies.GetCookies(new Uri(Server.Adresse, "/forvaltning/")).Single(c => c.Name == "forvaltning").Value;
        await Server.Tjeneste<IBrukerStore>().ByttPassordAsync(kommune.Brukernavn, Integrasjonspassord.Hash("et annet passord enn før"));
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = Server.Adresse };
        using var foresporsel = new HttpRequestMessage(HttpMethod.Get, new Uri(sti, UriKind.Relative));
        foresporsel.Headers.Add("Cookie", $"forvaltning={okt}");

        using var svar = await http.SendAsync(foresporsel);

        Assert.NotEqual(HttpStatusCode.InternalServerError, svar.StatusCode);
        var cookies = svar.Headers.TryGetValues("Set-Cookie", out var c) ? c.ToList() : [];
        Assert.False(cookies.Any(v => v.StartsWith("forvaltning=", StringComparison.Ordinal)),
            $"svaret på {sti} rørte forvaltningsøkten: {string.Join(" | ", cookies)}");
    }

    [Fact]
    public async Task FailureWhileTheSessionIsCheckedIsTheForvaltningErrorPageWithAnErrorId()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var klient = await kommune.InnloggetKlientAsync(Server);
        await UleseligAdministratorradAsync(kommune.Brukernavn);

        using var svar = await klient.GetAsync("/forvaltning/konto");
        var tekst = await svar.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, svar.StatusCode);
        Assert.Equal("text/html", svar.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Feil-ID", tekst, StringComparison.Ordinal);
        Assert.True(svar.Headers.Contains("Content-Security-Policy"), "ingen Content-Security-Policy på feilsiden");
        Assert.Contains(Server.Logg.Linjer, l => l.Contains("Uventet feil på /forvaltning/konto", StringComparison.Ordinal));
    }

    /// <summary>
    /// A row the store cannot read back (an organisation id that is not a UUID), written straight into
    /// fiks.db: a stand-in for any storage failure while an account is read.
    /// </summary>
    private async Task UleseligAdministratorradAsync(string brukernavn)
    {
        await using var tilkobling = new SqliteConnection($"Data Source={Path.Combine(Server.DataKatalog, FiksDatabase.Filnavn)};Foreign Keys=False");
        await tilkobling.OpenAsync();
        await using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = "INSERT INTO administrator (brukernavn, fiks_org_id) VALUES ($brukernavn, 'ikke-en-uuid')";
        kommando.Parameters.AddWithValue("$brukernavn", brukernavn);
        await kommando.ExecuteNonQueryAsync();
    }
}
