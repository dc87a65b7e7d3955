using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kjoretoyregister.Server.Tests.Nettleser;

/// <summary>
/// One person's browser tab in Fiks forvaltning (its own cookies; Norwegian locale and time zone), 1280 px
/// wide. Every page it lands on is checked with <see cref="Axe"/> before the test goes on; confirm()
/// questions are answered yes and remembered in <see cref="Sporsmal"/>. When the environment variable
/// <c>SKJERMBILDER</c> names a directory, <see cref="BildeAsync"/> saves a full-page screenshot there;
/// otherwise it does nothing.
/// </summary>
internal sealed partial class Forvaltningsside
{
    public const int Bredde = 1280;

    private readonly Uri adresse;

    private Forvaltningsside(IPage side, Uri adresse)
    {
        Side = side;
        this.adresse = adresse;
        side.Dialog += async (_, dialog) =>
        {
            Sporsmal.Add(dialog.Message);
            await dialog.AcceptAsync();
        };
    }

    public IPage Side { get; }

    /// <summary>The confirm() questions the pages asked, in order.</summary>
    public List<string> Sporsmal { get; } = [];

    /// <summary>Every address axe checked, in order.</summary>
    public List<string> Sjekket { get; } = [];

    public static string? Skjermbildemappe => Environment.GetEnvironmentVariable("SKJERMBILDER") is { Length: > 0 } mappe ? mappe : null;

    public ILocator Overskrift => Side.Locator("h1");

    /// <summary>The status message the layout shows after a redirect.</summary>
    public ILocator Melding => Side.Locator("main > .melding[role=status]").First;

    public ILocator Feiloppsummering => Side.Locator("#feiloppsummering");

    public ILocator Hovedmeny => Side.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" });

    public static async Task<Forvaltningsside> ApneAsync(Testdata.Nettleser nettleser, Uri adresse)
    {
        var side = await nettleser.NySideAsync(valg: new()
        {
            Locale = "nb-NO",
            TimezoneId = "Europe/Oslo",
            ViewportSize = new() { Width = Bredde, Height = 900 },
        });
        return new Forvaltningsside(side, adresse);
    }

    public ILocator Knapp(string navn) => Side.GetByRole(AriaRole.Button, new() { Name = navn, Exact = true });

    public ILocator Lenke(string navn) => Side.GetByRole(AriaRole.Link, new() { Name = navn, Exact = true });

    public ILocator Felt(string etikett) => Side.GetByLabel(etikett, new() { Exact = true });

    /// <summary>The value (dd) next to a term (dt) in a description list.</summary>
    public ILocator Verdi(string term) => Side.Locator($"xpath=//dt[normalize-space()='{term}']/following-sibling::dd[1]");

    public async Task<IResponse?> GaTilAsync(string sti)
    {
        var svar = await Side.GotoAsync(new Uri(adresse, sti).ToString());
        await SjekkAsync();
        return svar;
    }

    /// <summary>Clicks, waits for the next page (also when it has the same address), checks its h1 and status message, runs axe.</summary>
    public Task KlikkAsync(ILocator element, string? overskrift, string? melding = null) =>
        HandlingAsync(() => element.ClickAsync(), overskrift, melding);

    /// <summary>Menu item in the header.</summary>
    public Task MenyAsync(string punkt, string overskrift) =>
        KlikkAsync(Hovedmeny.GetByRole(AriaRole.Link, new() { Name = punkt, Exact = true }), overskrift);

    /// <summary>Sends a form that comes back with errors; returns the error summary's text.</summary>
    public async Task<string> SendMedFeilAsync(ILocator knapp)
    {
        await HandlingAsync(() => knapp.ClickAsync(), overskrift: null);
        await Expect(Feiloppsummering).ToBeVisibleAsync();
        return await Feiloppsummering.InnerTextAsync();
    }

    /// <summary>Does something that loads a new document (a click, Enter in a form), then checks that page.</summary>
    public async Task HandlingAsync(Func<Task> handling, string? overskrift, string? melding = null)
    {
        ArgumentNullException.ThrowIfNull(handling);
        await Side.EvaluateAsync("() => { window.forrigeSide = true; }");

        await handling();

        await Side.WaitForFunctionAsync("() => window.forrigeSide === undefined && document.readyState === 'complete'");
        if (overskrift is not null)
        {
            await Expect(Overskrift).ToHaveTextAsync(overskrift);
        }

        if (melding is not null)
        {
            await Expect(Melding).ToContainTextAsync(melding);
        }

        await SjekkAsync();
    }

    public async Task LastPaNyttAsync()
    {
        await Side.ReloadAsync();
        await SjekkAsync();
    }

    public async Task LoggInnAsync(string brukernavn, string passord, string overskrift)
    {
        await GaTilAsync("/forvaltning/logg-inn");
        await Felt("Brukernavn").FillAsync(brukernavn);
        await Felt("Passord").FillAsync(passord);
        await KlikkAsync(Knapp("Logg inn"), overskrift);
    }

    public Task LoggUtAsync() => KlikkAsync(Knapp("Logg ut"), "Logg inn", "Du er logget ut.");

    /// <summary>Text of the element with the id (the copyable values of the one-time pages).</summary>
    public Task<string> TekstAsync(string id) => Side.Locator("#" + id).InnerTextAsync();

    public async Task<IDownload> LastNedAsync(ILocator element) => await Side.RunAndWaitForDownloadAsync(() => element.ClickAsync());

    public async Task BildeAsync(string filnavn)
    {
        if (Skjermbildemappe is { } mappe)
        {
            Directory.CreateDirectory(mappe);
            await Side.ScreenshotAsync(new() { Path = Path.Combine(mappe, filnavn), FullPage = true });
        }
    }

    /// <summary>Waits for the page to load and runs axe on it as it is now.</summary>
    public async Task SjekkAsync()
    {
        await Side.WaitForLoadStateAsync(LoadState.Load);
        await Axe.IngenBruddAsync(Side);
        Sjekket.Add(Side.Url);
    }
}
