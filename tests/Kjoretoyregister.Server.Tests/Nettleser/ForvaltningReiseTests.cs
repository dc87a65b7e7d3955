using System.Globalization;
using Kjoretoyregister.Register.Tests.Testdata;
using Kjoretoyregister.Server.Forvaltning.Sider;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Kjoretoyregister.Server.Tests.Nettleser;

/// <summary>
/// Issue 4 end to end in a real browser: KS creates a kommune and its lokal administrator, who fills in
/// the wizard, activates the service once KS has recorded the agreements, makes an integration for the
/// vendor and gives it <c>Kan søke</c>; the vendor's lookups follow every change made in the UI, the logs
/// show them, and another kommune's administrator can neither see nor change any of it. axe checks every
/// page on the way (WCAG 2.1 A and AA). With SKJERMBILDER=&lt;dir&gt; each step is saved as a screenshot.
/// </summary>
public sealed partial class ForvaltningReiseTests(Testdata.Nettleser nettleser, Demoserver demo, ITestOutputHelper utskrift)
    : IClassFixture<Testdata.Nettleser>, IClassFixture<Demoserver>
{
    private const string LokalBrukernavn = "lokal.admin";
    private const string LeverandorOrgnr = "910000004";

    private static readonly string KommunensOrgnr = Syntetiske.Orgnr(1000);

    private readonly ServerFabrikk server = demo.Server;

    /// <summary>Today in Norway, as the pages count days.</summary>
    private static DateOnly Idag => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, ForvaltningSide.Oslo).DateTime);

    private Forvaltningsside ks = null!;
    private Forvaltningsside lokal = null!;
    private string fiksOrgIdHosKs = "";
    private Guid fiksOrgId;
    private Guid integrasjonId;
    private string lokalPassord = "";
    private string integrasjonspassord = "";

    [Fact]
    public async Task KsAndTheLokalAdministratorSetUpAnIntegrationWhoseLookupsFollowTheUiWhileAnotherKommuneCannotTouchIt()
    {
        await KsOppretterKommunenOgDensLokaleAdministratorAsync();
        await LokalAdministratorFyllerUtVeiviserenAsync();
        await TjenestenKanAktiveresForstNarKsHarRegistrertAvtaleneAsync();
        await LokalAdministratorLagerIntegrasjonenForLeverandorenAsync();
        await IntegrasjonenFarKanSokeAsync();
        await InnstillingerViserFiksOrganisasjonsIdAsync();
        var (kjennemerke, fodselsnummer) = await LeverandorenSlarOppBareMensIntegrasjonenHarTilgangAsync();
        await OppslagsloggenForbruketOgEndringsloggenViserDetSomSkjeddeAsync(kjennemerke, fodselsnummer);
        await SikkerhetsdokumentasjonenKanLesesOgLastesNedAsync();
        await EnSlettetIntegrasjonAvvisesAsync();
        await EnAnnenKommunesAdministratorKanVerkenSeEllerEndreIntegrasjonenAsync();

        utskrift.WriteLine($"axe sjekket {ks.Sjekket.Count + lokal.Sjekket.Count} sider uten brudd.");
    }

    [Fact]
    public async Task LoginFormIsReachedInOrderAndSentWithTheKeyboardAlone()
    {
        using var klient = new Fiksklient(server);
        var side = await Forvaltningsside.ApneAsync(nettleser, server.Adresse);
        await side.GaTilAsync("/forvaltning/logg-inn");
        var fokus = new List<string>();

        while (fokus.Count < 6 && fokus.LastOrDefault() != "Logg inn")
        {
            await side.Side.Keyboard.PressAsync("Tab");
            fokus.Add(await side.Side.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.textContent.trim()"));
            if (fokus[^1] == "brukernavn")
            {
                await side.Side.Keyboard.InsertTextAsync(klient.Demo.Forvaltning!.Brukernavn);
            }
            else if (fokus[^1] == "passord")
            {
                await side.Side.Keyboard.InsertTextAsync(klient.Demo.Forvaltning!.Passord);
            }
        }

        await side.Side.Keyboard.PressAsync("Shift+Tab");
        await side.HandlingAsync(() => side.Side.Keyboard.PressAsync("Enter"), "Demo kommune");

        Assert.Equal(["Hopp til hovedinnholdet", "Fiks forvaltning", "brukernavn", "passord", "Logg inn"], fokus);
    }

    /// <summary>1. KS sets a tariff, creates the kommune (Fiks-organisasjonID generated) and its lokal administrator; no agreements yet.</summary>
    private async Task KsOppretterKommunenOgDensLokaleAdministratorAsync()
    {
        using var klient = new Fiksklient(server);
        ks = await Forvaltningsside.ApneAsync(nettleser, server.Adresse);
        var forsteIManeden = new DateOnly(Idag.Year, Idag.Month, 1);

        await ks.LoggInnAsync(klient.Demo.KsAdministrator!.Brukernavn, klient.Demo.KsAdministrator.Passord, "Oversikt");
        await ks.MenyAsync("Priser", "Priser for Fiks kjøretøyregister");
        await ks.Felt("Gjelder fra").FillAsync(forsteIManeden.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await ks.Felt("Pris per oppslag (kr)").FillAsync("0,25");
        await ks.Felt("Fast pris per måned (kr)").FillAsync("750");
        await ks.KlikkAsync(ks.Knapp("Lagre sats"), "Priser for Fiks kjøretøyregister", "Satsen er lagret.");
        await Expect(ks.Verdi("Pris per oppslag")).ToHaveTextAsync("0,25 kr");
        await Expect(ks.Verdi("Fast pris per måned")).ToHaveTextAsync("750,00 kr");

        await ks.MenyAsync("KS-administrasjon", "Organisasjoner");
        await ks.Felt("Navn").FillAsync("Testkommune");
        await ks.Felt("Organisasjonsnummer").FillAsync(KommunensOrgnr);
        await ks.KlikkAsync(ks.Knapp("Opprett organisasjon"), "Testkommune", "Organisasjonen «Testkommune» er opprettet.");
        fiksOrgIdHosKs = await ks.Verdi("Fiks-organisasjonID").InnerTextAsync();
        var kommunensSideHosKs = ks.Side.Url;
        await Expect(ks.Verdi("Organisasjonsnummer")).ToHaveTextAsync(KommunensOrgnr);
        await Expect(ks.Felt("Hovedavtalen signert (valgfritt)")).ToHaveValueAsync("");
        await Expect(ks.Felt("Tjenestevedlegg for Fiks kjøretøyregister signert (valgfritt)")).ToHaveValueAsync("");

        await ks.Felt("Brukernavn").FillAsync(LokalBrukernavn);
        await ks.Felt("Fullt navn (valgfritt)").FillAsync("Lise Lokal");
        await ks.KlikkAsync(ks.Knapp("Gi rollen lokal administrator"), "Testkommune");
        await Expect(ks.Side.GetByText("Engangspassordet vises bare nå.")).ToBeVisibleAsync();
        await Expect(ks.Side.Locator("#ny-brukernavn")).ToHaveTextAsync(LokalBrukernavn);
        lokalPassord = await ks.TekstAsync("ny-passord");
        await Expect(ks.Side.GetByRole(AriaRole.Table, new() { Name = "Lokale administratorer for Testkommune" })).ToContainTextAsync("Lise Lokal");
        await ks.BildeAsync("01-ks-ny-organisasjon.png");
        await ks.LoggUtAsync();

        Assert.True(Guid.TryParse(fiksOrgIdHosKs, out fiksOrgId), $"KS-siden viste ikke en Fiks-organisasjonID: «{fiksOrgIdHosKs}»");
        Assert.EndsWith("/forvaltning/ks/organisasjoner/" + fiksOrgId, kommunensSideHosKs, StringComparison.Ordinal);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", lokalPassord);
    }

    /// <summary>2. First login lands on the wizard; a bad EHF number is named; then the overview, and the tariff KS set.</summary>
    private async Task LokalAdministratorFyllerUtVeiviserenAsync()
    {
        lokal = await Forvaltningsside.ApneAsync(nettleser, server.Adresse);
        var feilKontrollsiffer = KommunensOrgnr[..8] + (char)('0' + ((KommunensOrgnr[8] - '0' + 1) % 10));

        await lokal.LoggInnAsync(LokalBrukernavn, lokalPassord, "Velkommen til Fiks forvaltning");
        await Expect(lokal.Felt("Kommunenavn")).ToHaveValueAsync("Testkommune");
        await lokal.Felt("Fakturaadresse").FillAsync("Postboks 1\n1234 Testby");
        await lokal.Felt("Fakturareferanse (valgfritt)").FillAsync("Lise Lokal");
        await lokal.Felt("Organisasjonsnummer for EHF-faktura").FillAsync(feilKontrollsiffer);
        var feil = await lokal.SendMedFeilAsync(lokal.Knapp("Lagre og fortsett"));
        await Expect(lokal.Side.Locator("#ehfOrganisasjonsnummer-feil")).ToContainTextAsync("Organisasjonsnummer for EHF-faktura");
        await Expect(lokal.Felt("Organisasjonsnummer for EHF-faktura")).ToHaveAttributeAsync("aria-invalid", "true");
        await lokal.Felt("Organisasjonsnummer for EHF-faktura").FillAsync(KommunensOrgnr);
        await lokal.BildeAsync("02-veiviser.png");
        await lokal.KlikkAsync(lokal.Knapp("Lagre og fortsett"), "Testkommune", "Opplysningene er lagret.");
        await lokal.MenyAsync("Priser", "Priser for Fiks kjøretøyregister");
        await lokal.BildeAsync("12-priser.png");

        Assert.Contains("Organisasjonsnummer for EHF-faktura", feil, StringComparison.Ordinal);
        Assert.Contains("kontrollsifferet stemmer ikke", feil, StringComparison.Ordinal);
        await Expect(lokal.Verdi("Pris per oppslag")).ToHaveTextAsync("0,25 kr");
        await Expect(lokal.Side.GetByRole(AriaRole.Heading, new() { Name = "Fastsett ny sats" })).ToHaveCountAsync(0);
    }

    /// <summary>3. The service names the missing agreements; KS records them; then it can be activated.</summary>
    private async Task TjenestenKanAktiveresForstNarKsHarRegistrertAvtaleneAsync()
    {
        using var klient = new Fiksklient(server);
        var idag = Idag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await lokal.MenyAsync("FIKS-Konfigurasjon", "FIKS-Konfigurasjon");
        await lokal.KlikkAsync(lokal.Side.GetByRole(AriaRole.Link, new() { Name = "Kjøretøyregister" }), "Kjøretøyregister");
        var mangler = await lokal.Side.Locator(".melding-advarsel").InnerTextAsync();
        var aktiverForAvtalene = await lokal.Knapp("Aktiver tjenesten").CountAsync();

        await ks.LoggInnAsync(klient.Demo.KsAdministrator!.Brukernavn, klient.Demo.KsAdministrator.Passord, "Oversikt");
        await ks.MenyAsync("KS-administrasjon", "Organisasjoner");
        await ks.KlikkAsync(ks.Lenke("Testkommune"), "Testkommune");
        await ks.Felt("Hovedavtalen signert (valgfritt)").FillAsync(idag);
        await ks.Felt("Tjenestevedlegg for Fiks kjøretøyregister signert (valgfritt)").FillAsync(idag);
        await ks.KlikkAsync(ks.Knapp("Lagre avtaler"), "Testkommune", "Avtalene er lagret.");

        await lokal.LastPaNyttAsync();
        await lokal.BildeAsync("03-aktiver-tjenesten.png");
        await lokal.KlikkAsync(lokal.Knapp("Aktiver tjenesten"), "Kjøretøyregister", "Tjenesten Kjøretøyregister er aktivert.");

        Assert.Contains("Tjenesten kan ikke aktiveres", mangler, StringComparison.Ordinal);
        Assert.Contains("Hovedavtalen", mangler, StringComparison.Ordinal);
        Assert.Contains("tjenestevedlegget for Fiks kjøretøyregister", mangler, StringComparison.Ordinal);
        Assert.Equal(0, aktiverForAvtalene);
        await Expect(lokal.Side.Locator("main .status-aktiv")).ToHaveTextAsync("Aktivert");
    }
}
