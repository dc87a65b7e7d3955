using System.Net;
using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Oppstart;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kjoretoyregister.Server.Tests.Nettleser;

public sealed partial class ForvaltningReiseTests
{
    /// <summary>4. Lag ny integrasjon: a bad check digit is refused, the kommune's own number warned about, then the secret shown once.</summary>
    private async Task LokalAdministratorLagerIntegrasjonenForLeverandorenAsync()
    {
        await lokal.KlikkAsync(lokal.Lenke("Lag ny integrasjon"), "Lag ny integrasjon");
        await lokal.Felt("Navn").FillAsync("Parkeringssystem");
        await lokal.Felt("Organisasjonsnummer").FillAsync("910000005");
        await lokal.Felt("Beskrivelse (valgfritt)").FillAsync("Parkeringsgebyr på kommunal vei");
        var feil = await lokal.SendMedFeilAsync(lokal.Knapp("Gå videre"));
        await Expect(lokal.Side.Locator("#organisasjonsnummer-feil")).ToContainTextAsync("kontrollsifferet stemmer ikke");
        await Expect(lokal.Felt("Organisasjonsnummer")).ToHaveAttributeAsync("aria-invalid", "true");

        await lokal.Felt("Organisasjonsnummer").FillAsync(KommunensOrgnr);
        await lokal.BildeAsync("04-lag-ny-integrasjon.png");
        await lokal.KlikkAsync(lokal.Knapp("Gå videre"), "Lag ny integrasjon");
        var advarsel = await lokal.Side.Locator(".melding-advarsel").InnerTextAsync();
        await lokal.BildeAsync("05-oppsummering.png");
        await lokal.KlikkAsync(lokal.Knapp("Endre"), "Lag ny integrasjon");
        await Expect(lokal.Felt("Navn")).ToHaveValueAsync("Parkeringssystem");
        await lokal.Felt("Organisasjonsnummer").FillAsync(LeverandorOrgnr);
        await lokal.KlikkAsync(lokal.Knapp("Gå videre"), "Lag ny integrasjon");
        await Expect(lokal.Side.Locator(".melding-advarsel")).ToHaveCountAsync(0);
        await Expect(lokal.Verdi("Organisasjonsnummer")).ToHaveTextAsync(LeverandorOrgnr);
        await lokal.KlikkAsync(lokal.Knapp("Lagre og generer passord"), "Lag ny integrasjon");
        var id = await lokal.TekstAsync("integrasjon-id");
        integrasjonspassord = await lokal.TekstAsync("integrasjonspassord");
        var tilLeverandoren = await lokal.TekstAsync("til-leverandoren");
        var engangsvarsel = await lokal.Side.GetByRole(AriaRole.Alert).InnerTextAsync();
        await lokal.BildeAsync("06-integrasjonspassord.png");

        Assert.Contains("kontrollsifferet stemmer ikke", feil, StringComparison.Ordinal);
        Assert.Contains($"Organisasjonsnummeret {KommunensOrgnr} er kommunens eget", advarsel, StringComparison.Ordinal);
        Assert.True(Guid.TryParse(id, out integrasjonId), $"IntegrasjonID er ikke en GUID: «{id}»");
        Assert.Matches("^[A-Za-z0-9_-]{43}$", integrasjonspassord);
        Assert.Contains("IntegrasjonID: " + integrasjonId, tilLeverandoren, StringComparison.Ordinal);
        Assert.Contains("Integrasjonspassord: " + integrasjonspassord, tilLeverandoren, StringComparison.Ordinal);
        Assert.Contains("Fiks-organisasjonID: " + fiksOrgId, tilLeverandoren, StringComparison.Ordinal);
        Assert.Contains("Det kan ikke vises igjen", engangsvarsel, StringComparison.Ordinal);
        await AlltFarPlassPaEnSmalSkjermAsync(lokal);
    }

    /// <summary>5. The new integration cannot search until it is given Kan søke.</summary>
    private async Task IntegrasjonenFarKanSokeAsync()
    {
        await lokal.KlikkAsync(lokal.Lenke("integrasjonens side"), "Parkeringssystem");
        var kunneSokeForst = await lokal.Felt("Kan søke").IsCheckedAsync();

        await lokal.Felt("Kan søke").CheckAsync();
        await lokal.KlikkAsync(lokal.Knapp("Lagre tilganger"), "Parkeringssystem", "Tilgangene er lagret: integrasjonen kan søke.");
        await lokal.BildeAsync("07-kan-soke.png");

        Assert.False(kunneSokeForst);
        await Expect(lokal.Felt("Kan søke")).ToBeCheckedAsync();
    }

    /// <summary>6. Innstillinger shows the Fiks-organisasjonID KS saw.</summary>
    private async Task InnstillingerViserFiksOrganisasjonsIdAsync()
    {
        await lokal.MenyAsync("Innstillinger", "Innstillinger");
        await lokal.BildeAsync("08-innstillinger.png");

        await Expect(lokal.Side.Locator("#fiks-org-id")).ToHaveTextAsync(fiksOrgIdHosKs);
    }

    /// <summary>7. The vendor's lookups follow Kan søke and the password at once; the page counts them.</summary>
    private async Task<(string Kjennemerke, string Fodselsnummer)> LeverandorenSlarOppBareMensIntegrasjonenHarTilgangAsync()
    {
        using var leverandor = new Fiksklient(server);
        var kjennemerke = await DemoRegister.EksempelkjennemerkeAsync(server.Tjeneste<RegisterDatabase>().Oppslag, CancellationToken.None)
            ?? throw new InvalidOperationException("Demoregisteret har ikke et kjennemerke med en person som eier.");
        var sti = leverandor.SvvSti("bulk/kjennemerke", fiksOrgId);
        var sporring = $$"""[{"kjennemerke": "{{kjennemerke}}"}]""";
        Task<HttpResponseMessage> SlaOppAsync(string medPassord) =>
            leverandor.SendAsync(HttpMethod.Post, sti, sporring, integrasjonId: integrasjonId.ToString(), passord: medPassord);
        var integrasjonensSide = $"/forvaltning/{fiksOrgId}/integrasjoner/{integrasjonId}";

        var treff = await Svar.JsonAsync(await SlaOppAsync(integrasjonspassord));
        await lokal.GaTilAsync(integrasjonensSide);
        await lokal.Felt("Kan søke").UncheckAsync();
        await lokal.KlikkAsync(lokal.Knapp("Lagre tilganger"), "Parkeringssystem", "Tilgangene er lagret: integrasjonen kan ikke søke.");
        var utenKanSoke = await SlaOppAsync(integrasjonspassord);
        await lokal.Felt("Kan søke").CheckAsync();
        await lokal.KlikkAsync(lokal.Knapp("Lagre tilganger"), "Parkeringssystem", "Tilgangene er lagret: integrasjonen kan søke.");
        await lokal.KlikkAsync(lokal.Lenke("Generer nytt passord"), "Generer nytt passord");
        await lokal.KlikkAsync(lokal.Knapp("Generer nytt passord"), "Generer nytt passord");
        var nyttPassord = await lokal.TekstAsync("integrasjonspassord");
        var medGammeltPassord = await SlaOppAsync(integrasjonspassord);
        var medNyttPassord = await SlaOppAsync(nyttPassord);
        await lokal.KlikkAsync(lokal.Lenke("Tilbake til integrasjonen"), "Parkeringssystem");

        var kjoretoy = treff[0].GetProperty("kjoretoy");
        Assert.Equal(kjennemerke, kjoretoy.GetProperty("kjoretoyId").GetProperty("kjennemerke").GetString());
        await Svar.FeilAsync(utenKanSoke, HttpStatusCode.Forbidden);
        Assert.Equal(["Generere nytt passord? Det gamle slutter å virke med en gang."], lokal.Sporsmal);
        Assert.NotEqual(integrasjonspassord, nyttPassord);
        await Svar.FeilAsync(medGammeltPassord, HttpStatusCode.Unauthorized);
        await Svar.JsonAsync(medNyttPassord);
        await Expect(lokal.Verdi("Oppslag")).ToHaveTextAsync("2");
        await Expect(lokal.Verdi("Treff")).ToHaveTextAsync("2");
        integrasjonspassord = nyttPassord;
        var fodselsnummer = kjoretoy.GetProperty("eierskap").GetProperty("eier").GetProperty("person").GetProperty("fodselsnummer").GetString()!;
        return (kjennemerke, fodselsnummer);
    }

    /// <summary>
    /// The page fits a 375 px wide phone: the body does not scroll sideways (a wide table scrolls in its
    /// own frame), and axe still finds nothing at that width.
    /// </summary>
    private static async Task AlltFarPlassPaEnSmalSkjermAsync(Forvaltningsside side)
    {
        await side.Side.SetViewportSizeAsync(375, 812);
        await side.Side.EvaluateAsync("() => new Promise(ferdig => requestAnimationFrame(() => requestAnimationFrame(ferdig)))");
        await side.SjekkAsync();

        var bredder = await side.Side.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");

        await side.Side.SetViewportSizeAsync(Forvaltningsside.Bredde, 900);
        Assert.True(bredder[0] <= bredder[1], $"siden ruller sidelengs på 375 px: scrollWidth {bredder[0]} > clientWidth {bredder[1]}");
    }
}
