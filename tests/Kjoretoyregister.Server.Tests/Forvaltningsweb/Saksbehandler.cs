using System.Net;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>
/// A person with the role Oppslag in a test's kommune (and nothing else), logged in over real HTTP, and
/// the lookup page's form posted as a browser posts it.
/// </summary>
internal sealed class Saksbehandler(Forvaltningsklient klient, string brukernavn) : IDisposable
{
    public const string Sti = "/forvaltning/oppslag";

    public Forvaltningsklient Klient { get; } = klient;

    public string Brukernavn { get; } = brukernavn;

    public static async Task<Saksbehandler> InnloggetAsync(ServerFabrikk server, Testkommune kommune)
    {
        var brukere = server.Tjeneste<IBrukerStore>();
        var brukernavn = $"sb-{Guid.NewGuid():N}";
        var passord = $"Testpassord-{Guid.NewGuid():N}";
        await brukere.OpprettAsync(brukernavn, "Test Saksbehandler", Integrasjonspassord.Hash(passord), ksAdministrator: false);
        Assert.True(await brukere.GiOppslagAsync(brukernavn, kommune.FiksOrgId));
        var klient = new Forvaltningsklient(server);
        await klient.InnloggetAsync(brukernavn, passord);
        return new Saksbehandler(klient, brukernavn);
    }

    /// <summary>Posts the form (handler <paramref name="handler"/>, e.g. <c>Vis</c>) and returns the status and the page (HTML entities decoded, so Norwegian text reads as written).</summary>
    public async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Svar)> PostAsync(string? handler, params (string Navn, string Verdi)[] felt)
    {
        var nokkel = await Klient.SkjemanokkelAsync(Sti);
        var svar = await Klient.PostAsync(handler is null ? Sti : $"{Sti}?handler={handler}", nokkel, felt);
        return (svar.StatusCode, WebUtility.HtmlDecode(await svar.Content.ReadAsStringAsync()), svar);
    }

    /// <summary>A lookup with formål and saksreferanse, as the form sends it.</summary>
    public Task<(HttpStatusCode Status, string Html, HttpResponseMessage Svar)> SlaOppAsync(string felt, string verdi, string formal, string saksreferanse, params (string Navn, string Verdi)[] mer) =>
        PostAsync(null, [("felt", felt), ("verdi", verdi), ("formal", formal), ("saksreferanse", saksreferanse), .. mer]);

    public void Dispose() => Klient.Dispose();
}
