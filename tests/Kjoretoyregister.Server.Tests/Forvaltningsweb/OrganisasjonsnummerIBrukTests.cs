using System.Net;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>KS's form for a new organisation refuses an organisasjonsnummer another organisation has: 409, the message at the field.</summary>
public sealed class OrganisasjonsnummerIBrukTests(TomtRegister register) : IClassFixture<TomtRegister>
{
    private ServerFabrikk Server => register.Server;

    [Fact]
    public async Task ANumberAnotherOrganisationHasIsA409WithTheMessageAtTheNumberField()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        var store = Server.Tjeneste<IForvaltningStore>();
        var antallFor = (await store.ListOrganisasjonerAsync()).Count;
        using var fiks = new Fiksklient(Server);
        using var klient = new Forvaltningsklient(Server);
        await klient.InnloggetAsync(fiks.Demo.KsAdministrator!.Brukernavn, fiks.Demo.KsAdministrator.Passord);
        var nokkel = await klient.SkjemanokkelAsync("/forvaltning/ks/organisasjoner");

        using var svar = await klient.PostAsync("/forvaltning/ks/organisasjoner", nokkel,
            ("navn", "Kopi av kommunen"), ("organisasjonsnummer", kommune.Organisasjon.Organisasjonsnummer.Verdi));
        var html = await svar.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, svar.StatusCode);
        var feil = Forvaltningsklient.Elementtekst(html, "organisasjonsnummer-feil");
        Assert.NotNull(feil);
        Assert.Contains($"Organisasjonsnummer {kommune.Organisasjon.Organisasjonsnummer} er allerede registrert på «{kommune.Organisasjon.Navn}»", feil, StringComparison.Ordinal);
        Assert.Null(Forvaltningsklient.Elementtekst(html, "navn-feil"));
        Assert.Equal(antallFor, (await store.ListOrganisasjonerAsync()).Count);
    }
}
