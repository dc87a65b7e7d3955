using System.Net;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kjoretoyregister.Server.Tests.Nettleser;

/// <summary>
/// The formål catalogue in a real browser: the demo kommune's lokal administrator opens Formål from the
/// menu, adds a code (a bad one first, named at its field), changes a description where it stands,
/// removes a code after the confirm question, and turns on "Formål påkrevd" for the demo integration;
/// the vendor's lookups follow at once. axe checks every page on the way (WCAG 2.1 A and AA).
/// </summary>
public sealed class FormalReiseTests(Testdata.Nettleser nettleser, Demoserver demo) : IClassFixture<Testdata.Nettleser>, IClassFixture<Demoserver>
{
    private const string Plate = """[{"kjennemerke": "AB12345"}]""";

    private readonly ServerFabrikk server = demo.Server;

    [Fact]
    public async Task TheLokalAdministratorKeepsTheCatalogueAndRequiresAPurposeAndTheVendorsLookupsFollow()
    {
        using var klient = new Fiksklient(server);
        var side = await Forvaltningsside.ApneAsync(nettleser, server.Adresse);
        await side.LoggInnAsync(klient.Demo.Forvaltning!.Brukernavn, klient.Demo.Forvaltning.Passord, "Demo kommune");
        var forKravet = await klient.KjennemerkerAsync(Plate);

        await side.MenyAsync("Formål", "Formål");
        var katalog = side.Side.GetByRole(AriaRole.Table, new() { Name = "Formål for Demo kommune" });
        await Expect(katalog).ToContainTextAsync("PARKERINGSGEBYR");
        await Expect(katalog).ToContainTextAsync("BROYTING_OG_KOSTING");

        await side.Felt("Kode").FillAsync("ugyldig kode!");
        await side.Felt("Beskrivelse").FillAsync("Kontroll av skjenkesteder");
        var feil = await side.SendMedFeilAsync(side.Knapp("Legg til formål"));
        await Expect(side.Felt("Kode")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(side.Side.Locator("#kode-feil")).ToContainTextAsync("Kode «UGYLDIG KODE!» er ikke gyldig");
        await Expect(side.Felt("Beskrivelse")).ToHaveValueAsync("Kontroll av skjenkesteder");
        await side.Felt("Kode").FillAsync("skjenkekontroll");
        await side.KlikkAsync(side.Knapp("Legg til formål"), "Formål", "Formålet SKJENKEKONTROLL er lagt til.");
        await Expect(katalog).ToContainTextAsync("SKJENKEKONTROLL");

        await side.Felt("Beskrivelse av ANNET").FillAsync("Annet formål med hjemmel i lov");
        await side.KlikkAsync(side.Knapp("Lagre beskrivelsen av ANNET"), "Formål", "Beskrivelsen av formålet ANNET er lagret.");
        await Expect(side.Felt("Beskrivelse av ANNET")).ToHaveValueAsync("Annet formål med hjemmel i lov");
        await side.KlikkAsync(side.Knapp("Fjern BORTTAUING"), "Formål", "Formålet BORTTAUING er fjernet.");
        await Expect(katalog).Not.ToContainTextAsync("BORTTAUING");
        await side.BildeAsync("14-formal.png");

        await side.GaTilAsync($"/forvaltning/{klient.Demo.FiksOrgId}/integrasjoner/{klient.Demo.IntegrasjonId}");
        await side.Felt("Formål påkrevd").CheckAsync();
        await side.KlikkAsync(side.Knapp("Lagre formål"), overskrift: null, "Formål er lagret: hvert oppslag må ha et formål fra formålskatalogen.");
        await Expect(side.Felt("Formål påkrevd")).ToBeCheckedAsync();
        var uten = await klient.KjennemerkerAsync(Plate);
        var fjernet = await klient.KjennemerkerAsync(Plate, formal: "BORTTAUING");
        var lagtTil = await klient.KjennemerkerAsync(Plate, formal: "SKJENKEKONTROLL");

        Assert.Contains("Fjerne formålet BORTTAUING fra katalogen?", side.Sporsmal);
        Assert.StartsWith("Skjemaet har feil", feil, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, forKravet.StatusCode);
        Assert.Equal("FORMAL_MANGLER", (await Svar.FeilAsync(uten, HttpStatusCode.BadRequest)).ErrorCode);
        Assert.Equal("FORMAL_UKJENT", (await Svar.FeilAsync(fjernet, HttpStatusCode.BadRequest)).ErrorCode);
        Assert.Equal(HttpStatusCode.OK, lagtTil.StatusCode);
    }
}
