using System.Net;
using Kjoretoyregister.Server.Forvaltning.Sider;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kjoretoyregister.Server.Tests.Nettleser;

public sealed partial class ForvaltningReiseTests
{
    /// <summary>8. Oppslagslogg by kjennemerke and by fødselsnummer, as CSV; Forbruk with the price; Endringslogg with who did what.</summary>
    private async Task OppslagsloggenForbruketOgEndringsloggenViserDetSomSkjeddeAsync(string kjennemerke, string fodselsnummer)
    {
        var oppslag = lokal.Side.GetByRole(AriaRole.Table).Locator("tbody tr");
        var maned = DateTimeOffset.UtcNow.ToOffset(ForvaltningSide.Oslo.GetUtcOffset(DateTimeOffset.UtcNow)).ToString("MMMM yyyy", ForvaltningSide.Norsk);

        await lokal.MenyAsync("Oppslagslogg", "Oppslagslogg");
        await lokal.Felt("Kjennemerke (valgfritt)").FillAsync(kjennemerke);
        await lokal.KlikkAsync(lokal.Knapp("Søk"), "Oppslagslogg");
        await lokal.BildeAsync("09-oppslagslogg.png");
        var radeneForKjennemerket = await oppslag.AllInnerTextsAsync();
        var tabellensTopp = (await lokal.Side.GetByRole(AriaRole.Table).BoundingBoxAsync())!.Y;
        var bredder = await lokal.Side.Locator(".tabell-ramme").EvaluateAsync<int[]>("r => [r.clientWidth, r.scrollWidth]");
        await lokal.Felt("Kjennemerke (valgfritt)").FillAsync("");
        await lokal.Felt("Fødselsnummer (valgfritt)").FillAsync(fodselsnummer);
        await lokal.KlikkAsync(lokal.Knapp("Søk"), "Oppslagslogg");
        var radeneForPersonen = await oppslag.AllInnerTextsAsync();
        await AlltFarPlassPaEnSmalSkjermAsync(lokal);
        var csv = await lokal.LastNedAsync(lokal.Knapp("Last ned som CSV"));

        Assert.Equal(2, radeneForKjennemerket.Count);
        Assert.True(tabellensTopp < lokal.Side.ViewportSize!.Height, $"Filteret fyller første skjermbilde: tabellen begynner {tabellensTopp} px ned.");
        Assert.True(bredder[1] <= bredder[0], $"Tabellen ({bredder[1]} px) er bredere enn rammen ({bredder[0]} px) ved {Forvaltningsside.Bredde} px.");
        Assert.All(radeneForKjennemerket, rad => Assert.Contains(kjennemerke, rad, StringComparison.Ordinal));
        Assert.Equal(2, radeneForPersonen.Count);
        Assert.All(radeneForPersonen, rad => Assert.Contains(kjennemerke, rad, StringComparison.Ordinal));
        Assert.Matches(@"^oppslagslogg-\d{8}-\d{6}\.csv$", csv.SuggestedFilename);
        Assert.Contains(kjennemerke, await File.ReadAllTextAsync(await csv.PathAsync()), StringComparison.Ordinal);

        await lokal.MenyAsync("Innsyn", "Innsyn");
        await lokal.Felt("Fødselsnummer").FillAsync(fodselsnummer);
        await lokal.KlikkAsync(lokal.Knapp("Vis oppslag"), "Innsyn");
        await lokal.BildeAsync("09b-innsyn.png");
        var innsynsrader = await oppslag.AllInnerTextsAsync();
        var innsynsadresse = lokal.Side.Url;
        var innsynspdf = await lokal.LastNedAsync(lokal.Knapp("Last ned rapport (PDF)"));

        Assert.Equal(2, innsynsrader.Count);
        Assert.All(innsynsrader, rad => Assert.Contains("Parkeringssystem", rad, StringComparison.Ordinal));
        Assert.DoesNotContain(fodselsnummer, innsynsadresse, StringComparison.Ordinal);
        Assert.Matches(@"^innsyn-\d{4}-\d{2}-\d{2}-2-oppslag\.pdf$", innsynspdf.SuggestedFilename);
        if (Forvaltningsside.Skjermbildemappe is { } bilder)
        {
            await innsynspdf.SaveAsAsync(Path.Combine(bilder, "09b-innsyn.pdf"));
        }

        await lokal.MenyAsync("Forbruk", "Forbruk");
        await lokal.BildeAsync("10-forbruk.png");

        var manedstabell = lokal.Side.GetByRole(AriaRole.Table, new() { Name = maned });
        await Expect(manedstabell.GetByRole(AriaRole.Row, new() { Name = "Parkeringssystem" }).Locator("td"))
            .ToHaveTextAsync(["Parkeringssystem", "2", "2", "0,50 kr"]);
        await Expect(manedstabell.Locator("tfoot tr").Locator("th, td")).ToHaveTextAsync(["Sum", "2", "2", "750,50 kr"]);

        await lokal.MenyAsync("Endringslogg", "Endringslogg");
        await lokal.BildeAsync("11-endringslogg.png");

        foreach (var (endring, utfortAv) in new[]
        {
            ("Opprettet organisasjonen «Testkommune»", "demo-ks"),
            ($"Opprettet brukeren {LokalBrukernavn} (Lise Lokal)", "demo-ks"),
            ($"Ga {LokalBrukernavn} rollen lokal administrator", "demo-ks"),
            ("Registrerte avtalene", "demo-ks"),
            ("Fylte ut organisasjonsopplysningene i veiviseren", LokalBrukernavn),
            ("Aktiverte tjenesten Kjøretøyregister", LokalBrukernavn),
            ("Opprettet integrasjonen «Parkeringssystem» og genererte passord", LokalBrukernavn),
            ("Fjernet tilgangen Kan søke fra integrasjonen «Parkeringssystem»", LokalBrukernavn),
            ("Genererte nytt passord for integrasjonen «Parkeringssystem»", LokalBrukernavn),
            ("Lastet ned oppslagsloggen som CSV", LokalBrukernavn),
        })
        {
            var rad = lokal.Side.GetByRole(AriaRole.Row).Filter(new() { Has = lokal.Side.GetByRole(AriaRole.Cell, new() { Name = endring, Exact = true }) });
            await Expect(rad.Locator("td").Nth(1)).ToHaveTextAsync(utfortAv);
        }
    }

    /// <summary>Sikkerhetsdokumentasjon: the ROS and DPIA templates and the threat model render, and the Markdown downloads.</summary>
    private async Task SikkerhetsdokumentasjonenKanLesesOgLastesNedAsync()
    {
        await lokal.MenyAsync("Sikkerhetsdokumentasjon", "Sikkerhetsdokumentasjon (ROS, DPIA og trusselmodell)");
        await lokal.BildeAsync("13-sikkerhetsdokumentasjon.png");
        await lokal.KlikkAsync(lokal.Lenke("Les Risiko- og sårbarhetsanalyse (ROS) i nettleseren"), "Mal for risiko- og sårbarhetsanalyse (ROS) – Fiks kjøretøyregister");
        var markdown = await lokal.LastNedAsync(lokal.Lenke("Last ned som Markdown"));
        await lokal.MenyAsync("Sikkerhetsdokumentasjon", "Sikkerhetsdokumentasjon (ROS, DPIA og trusselmodell)");
        await lokal.KlikkAsync(lokal.Lenke("Les Vurdering av personvernkonsekvenser (DPIA) i nettleseren"), "Mal for vurdering av personvernkonsekvenser (DPIA) – Fiks kjøretøyregister");
        await lokal.MenyAsync("Sikkerhetsdokumentasjon", "Sikkerhetsdokumentasjon (ROS, DPIA og trusselmodell)");
        await lokal.KlikkAsync(lokal.Lenke("Les Trusselmodell i nettleseren"), "Trusselmodell – Fiks kjøretøyregister");

        Assert.Equal("ros-analyse.md", markdown.SuggestedFilename);
        Assert.StartsWith("# Mal for risiko- og sårbarhetsanalyse (ROS)", await File.ReadAllTextAsync(await markdown.PathAsync()), StringComparison.Ordinal);
    }

    /// <summary>9. Slett integrasjon, after a confirmation: gone from the list, and the API no longer knows it.</summary>
    private async Task EnSlettetIntegrasjonAvvisesAsync()
    {
        using var leverandor = new Fiksklient(server);
        await lokal.MenyAsync("FIKS-Konfigurasjon", "FIKS-Konfigurasjon");
        await lokal.KlikkAsync(lokal.Side.GetByRole(AriaRole.Link, new() { Name = "Kjøretøyregister" }), "Kjøretøyregister");
        await lokal.KlikkAsync(lokal.Lenke("Lag ny integrasjon"), "Lag ny integrasjon");
        await lokal.Felt("Navn").FillAsync("Gammelt fagsystem");
        await lokal.Felt("Organisasjonsnummer").FillAsync(LeverandorOrgnr);
        await lokal.KlikkAsync(lokal.Knapp("Gå videre"), "Lag ny integrasjon");
        await lokal.KlikkAsync(lokal.Knapp("Lagre og generer passord"), "Lag ny integrasjon");
        var id = await lokal.TekstAsync("integrasjon-id");
        var hemmelighet = await lokal.TekstAsync("integrasjonspassord");
        Task<HttpResponseMessage> SlaOppAsync() => leverandor.SendAsync(HttpMethod.Post, leverandor.SvvSti("bulk/kjennemerke", fiksOrgId),
            """[{"kjennemerke": "AB12345"}]""", integrasjonId: id, passord: hemmelighet);
        var forSletting = await SlaOppAsync();

        await lokal.KlikkAsync(lokal.Lenke("integrasjonens side"), "Gammelt fagsystem");
        await lokal.KlikkAsync(lokal.Lenke("Slett integrasjon"), "Slett integrasjon");
        await lokal.KlikkAsync(lokal.Knapp("Ja, slett integrasjonen"), "Kjøretøyregister", "Integrasjonen «Gammelt fagsystem» er slettet.");
        var etterSletting = await SlaOppAsync();

        await Svar.FeilAsync(forSletting, HttpStatusCode.Forbidden);
        Assert.Equal("Slette integrasjonen? Dette kan ikke angres.", lokal.Sporsmal[^1]);
        var integrasjoner = lokal.Side.GetByRole(AriaRole.Table, new() { Name = "Integrasjoner for Fiks kjøretøyregister" });
        await Expect(integrasjoner.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(integrasjoner).ToContainTextAsync("Parkeringssystem");
        await Svar.FeilAsync(etterSletting, HttpStatusCode.Unauthorized);
    }
}
