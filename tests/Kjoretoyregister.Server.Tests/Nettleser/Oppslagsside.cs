using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kjoretoyregister.Server.Tests.Nettleser;

/// <summary>
/// The lookup page for holders of the role Oppslag (<c>/forvaltning/oppslag</c>) in a browser tab, on top
/// of <see cref="Forvaltningsside"/> (so axe checks every page it lands on): fill in and send the form,
/// reveal a party's fødselsnummer, read a fødselsnummer as shown. Roles are the page's keys:
/// <c>eier</c>, <c>medeier</c>, <c>leasingtaker</c>, <c>underenhet</c>, <c>provekjennemerke-eier</c>,
/// <c>kjoreseddel-bruker</c>.
/// </summary>
internal sealed class Oppslagsside(Forvaltningsside side)
{
    public const string Sti = "/forvaltning/oppslag";

    public const string Overskrift = "Oppslag";

    public Forvaltningsside Side { get; } = side;

    /// <summary>The answer's heading ("Kjøretøy AB 12345", "Prøvekjennemerke ...").</summary>
    public ILocator Svartittel => Side.Side.Locator("#svar-tittel");

    /// <summary>Opens the page (a 403 is returned, not asserted, so a test can expect one).</summary>
    public Task<IResponse?> GaTilAsync() => Side.GaTilAsync(Sti);

    /// <summary>
    /// Fills in the form and sends it: <paramref name="felt"/> is <c>kjennemerke</c>, <c>understellsnummer</c>
    /// or <c>eiernavn</c>; <paramref name="formal"/> a code of the organisation's catalogue.
    /// </summary>
    public async Task SlaOppAsync(string felt, string verdi, string formal, string saksreferanse)
    {
        await Side.Side.Locator($"#felt-{felt}").CheckAsync();
        await Side.Felt("Kjennemerke, understellsnummer eller navn").FillAsync(verdi);
        await Side.Felt("Formål").SelectOptionAsync(formal);
        await Side.Felt("Saksreferanse").FillAsync(saksreferanse);
        await Side.KlikkAsync(Side.Knapp("Slå opp"), Overskrift);
    }

    /// <summary>Clicks "Vis fødselsnummer" for the party in <paramref name="rolle"/> and waits for the page that shows it.</summary>
    public async Task VisFodselsnummerAsync(string rolle)
    {
        await Side.KlikkAsync(Side.Side.Locator($"#part-{rolle}").GetByRole(AriaRole.Button), Overskrift);
        await Expect(Side.Side.Locator($"#part-{rolle}").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
    }

    /// <summary>The fødselsnummer of the party in <paramref name="rolle"/> as the page shows it (masked until revealed).</summary>
    public ILocator Fodselsnummer(string rolle) => Side.Side.Locator($".fodselsnummer[data-rolle='{rolle}']");
}
