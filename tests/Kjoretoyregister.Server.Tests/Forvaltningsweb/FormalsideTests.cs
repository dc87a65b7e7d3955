using System.Net;
using System.Text.RegularExpressions;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>
/// The Formål page and "Formål påkrevd" on the integration page, as a lokal administrator uses them over
/// HTTP: the catalogue listed (KS's defaults for a new kommune), a code added, a description changed, a
/// code removed, each with its change-log entry; bad input a form error naming the field; a post without
/// the page's antiforgery value refused. The same tests on each engine.
/// </summary>
public abstract class FormalsideTests(ServerFabrikk server)
{
    public sealed class PaSqlite(TomtRegister fixture) : FormalsideTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : FormalsideTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    private IForvaltningStore Store => server.Tjeneste<IForvaltningStore>();

    private static string Sti(Testkommune kommune) => $"/forvaltning/{kommune.FiksOrgId}/formal";

    [Fact]
    public async Task ThePageListsKsDefaultsAndTheMenuLinksToIt()
    {
        var kommune = await Testkommune.OpprettAsync(server);
        using var klient = await kommune.InnloggetKlientAsync(server);

        var side = await klient.SideAsync(Sti(kommune));
        var oversikt = await klient.SideAsync($"/forvaltning/{kommune.FiksOrgId}");

        foreach (var formal in Formalskatalog.Standard)
        {
            Assert.Contains($"<code>{formal.Kode}</code>", side, StringComparison.Ordinal);
            Assert.Equal(formal.Beskrivelse, Beskrivelse(side, formal.Kode));
        }

        Assert.Contains($"href=\"{Sti(kommune)}\" aria-current=\"page\">Formål</a>", side, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Sti(kommune)}\"", oversikt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingChangingAndRemovingCodesIsStoredAndEachIsLoggedWithTheUser()
    {
        var kommune = await Testkommune.OpprettAsync(server);
        using var klient = await kommune.InnloggetKlientAsync(server);

        using var lagtTil = await klient.SendSkjemaAsync($"{Sti(kommune)}?handler=LeggTil", ("kode", " skjenkekontroll "), ("beskrivelse", "Kontroll av skjenkesteder"));
        using var endret = await klient.SendSkjemaAsync($"{Sti(kommune)}?handler=Endre", ("kode", "ANNET"), ("beskrivelse", "Annet, med hjemmel"));
        using var fjernet = await klient.SendSkjemaAsync($"{Sti(kommune)}?handler=Fjern", ("kode", "BORTTAUING"));
        var side = await klient.SideAsync(Sti(kommune));

        Assert.All([lagtTil, endret, fjernet], s => Assert.Equal(HttpStatusCode.Found, s.StatusCode));
        Assert.All([lagtTil, endret, fjernet], s => Assert.Equal(Sti(kommune), Forvaltningsklient.Adresse(s)));
        var katalog = await Store.ListFormalAsync(kommune.FiksOrgId);
        Assert.Contains(new Formal("SKJENKEKONTROLL", "Kontroll av skjenkesteder"), katalog);
        Assert.Contains(new Formal("ANNET", "Annet, med hjemmel"), katalog);
        Assert.DoesNotContain(katalog, f => f.Kode == "BORTTAUING");
        Assert.Contains("<code>SKJENKEKONTROLL</code>", side, StringComparison.Ordinal);
        Assert.DoesNotContain("<code>BORTTAUING</code>", side, StringComparison.Ordinal);
        var endringer = (await server.Tjeneste<IEndringslogg>().ListAsync(kommune.FiksOrgId, 0, 10)).Take(3).Reverse().ToList();
        Assert.Equal(
            ["La til formålet SKJENKEKONTROLL i formålskatalogen", "Endret beskrivelsen av formålet ANNET", "Fjernet formålet BORTTAUING fra formålskatalogen"],
            endringer.Select(e => e.Handling));
        Assert.All(endringer, e => Assert.Equal(kommune.Brukernavn, e.Utfortav));
        Assert.Contains("«Annet, med hjemmel»", endringer[1].Detaljer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P", "Beskrivelse", "kode", "Kode «P» er ikke gyldig")]
    [InlineData("PARKERING-GEBYR", "Beskrivelse", "kode", "Kode «PARKERING-GEBYR» er ikke gyldig")]
    [InlineData("", "Beskrivelse", "kode", "Kode mangler.")]
    [InlineData("PARKERINGSGEBYR", "Igjen", "kode", "Formålet PARKERINGSGEBYR finnes allerede i katalogen.")]
    [InlineData("NYTT", " ", "beskrivelse", "Beskrivelse mangler.")]
    public async Task BadInputToAddIsAFormErrorAtTheFieldAndNothingIsWritten(string kode, string beskrivelse, string felt, string melding)
    {
        var kommune = await Testkommune.OpprettAsync(server);
        var endringerFor = await server.Tjeneste<IEndringslogg>().TellAsync(kommune.FiksOrgId);
        using var klient = await kommune.InnloggetKlientAsync(server);

        using var svar = await klient.SendSkjemaAsync($"{Sti(kommune)}?handler=LeggTil", ("kode", kode), ("beskrivelse", beskrivelse));
        var side = await svar.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.StartsWith(melding, Assert.Single(Forvaltningsklient.Feilmeldinger(side)), StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#{felt}\">", side, StringComparison.Ordinal);
        Assert.Matches($"<input id=\"{felt}\"[^>]*aria-invalid=\"true\"", side);
        Assert.Equal(Formalskatalog.Standard.Count, (await Store.ListFormalAsync(kommune.FiksOrgId)).Count);
        Assert.Equal(endringerFor, await server.Tjeneste<IEndringslogg>().TellAsync(kommune.FiksOrgId));
    }

    [Fact]
    public async Task AnEmptyDescriptionInARowIsAnErrorAtThatRowAndTheDescriptionStays()
    {
        var kommune = await Testkommune.OpprettAsync(server);
        using var klient = await kommune.InnloggetKlientAsync(server);

        using var svar = await klient.SendSkjemaAsync($"{Sti(kommune)}?handler=Endre", ("kode", "ANNET"), ("beskrivelse", ""));
        var side = await svar.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Equal(["ANNET: Beskrivelse mangler."], Forvaltningsklient.Feilmeldinger(side));
        Assert.Contains("<a href=\"#beskrivelse-ANNET\">", side, StringComparison.Ordinal);
        Assert.Matches("<input id=\"beskrivelse-ANNET\"[^>]*aria-invalid=\"true\"", side);
        Assert.Equal(Formalskatalog.Standard.Single(f => f.Kode == "ANNET"), (await Store.ListFormalAsync(kommune.FiksOrgId)).Single(f => f.Kode == "ANNET"));
    }

    [Fact]
    public async Task ChangingOrRemovingACodeThatIsNotThereSaysSoAndChangesNothing()
    {
        var kommune = await Testkommune.OpprettAsync(server);
        using var klient = await kommune.InnloggetKlientAsync(server);

        using var endre = await klient.SendSkjemaAsync($"{Sti(kommune)}?handler=Endre", ("kode", "FINNES_IKKE"), ("beskrivelse", "Noe"));
        using var fjern = await klient.SendSkjemaAsync($"{Sti(kommune)}?handler=Fjern", ("kode", "FINNES_IKKE"));

        foreach (var svar in new[] { endre, fjern })
        {
            Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
            Assert.StartsWith("Formålet «FINNES_IKKE» finnes ikke i katalogen.", Assert.Single(Forvaltningsklient.Feilmeldinger(await svar.Content.ReadAsStringAsync())), StringComparison.Ordinal);
        }

        Assert.Equal(Formalskatalog.Standard.Count, (await Store.ListFormalAsync(kommune.FiksOrgId)).Count);
    }

    [Fact]
    public async Task APostWithoutThePagesSkjemanokkelIs400AndTheCatalogueStays()
    {
        var kommune = await Testkommune.OpprettAsync(server);
        using var klient = await kommune.InnloggetKlientAsync(server);

        using var leggTil = await klient.PostAsync($"{Sti(kommune)}?handler=LeggTil", null, ("kode", "INNBRUDD"), ("beskrivelse", "Uten skjemanøkkel"));
        using var fjern = await klient.PostAsync($"{Sti(kommune)}?handler=Fjern", "oppdiktet", ("kode", "ANNET"));

        Assert.Equal(HttpStatusCode.BadRequest, leggTil.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, fjern.StatusCode);
        Assert.Equal(Formalskatalog.Standard.OrderBy(f => f.Kode, StringComparer.Ordinal), await Store.ListFormalAsync(kommune.FiksOrgId));
    }

    [Fact]
    public async Task FormalPakrevdIsSetOnTheIntegrationPageAndLoggedOnlyWhenItChanges()
    {
        var kommune = await Testkommune.OpprettAsync(server);
        using var klient = await kommune.InnloggetKlientAsync(server);
        var for_ = await klient.SideAsync(kommune.IntegrasjonSti);

        using var pa = await klient.SendSkjemaAsync($"{kommune.IntegrasjonSti}?handler=Formal", ("formalPakrevd", "true"));
        using var paIgjen = await klient.SendSkjemaAsync($"{kommune.IntegrasjonSti}?handler=Formal", ("formalPakrevd", "true"));
        var etter = await klient.SideAsync(kommune.IntegrasjonSti);
        var formalside = await klient.SideAsync(Sti(kommune));
        using var av = await klient.SendSkjemaAsync($"{kommune.IntegrasjonSti}?handler=Formal");

        Assert.All([pa, paIgjen, av], s => Assert.Equal(HttpStatusCode.Found, s.StatusCode));
        Assert.DoesNotMatch("<input[^>]*id=\"formalPakrevd\"[^>]*checked", for_);
        Assert.Matches("<input[^>]*id=\"formalPakrevd\"[^>]*checked", etter);
        Assert.Contains($"href=\"{kommune.IntegrasjonSti}\">{kommune.Integrasjon.Navn}</a>", formalside, StringComparison.Ordinal);
        Assert.False((await Store.HentIntegrasjonAsync(kommune.IntegrasjonId))!.FormalPakrevd);
        var endringer = (await server.Tjeneste<IEndringslogg>().ListAsync(kommune.FiksOrgId, 0, 10)).Where(e => e.Handling.Contains("Formål påkrevd", StringComparison.Ordinal)).Reverse().ToList();
        Assert.Equal([$"Slo på Formål påkrevd for integrasjonen «{kommune.Integrasjon.Navn}»", $"Slo av Formål påkrevd for integrasjonen «{kommune.Integrasjon.Navn}»"], endringer.Select(e => e.Handling));
        Assert.All(endringer, e => Assert.Contains(kommune.IntegrasjonId.ToString(), e.Detaljer, StringComparison.Ordinal));
    }

    /// <summary>The description in the row of <paramref name="kode"/>.</summary>
    private static string? Beskrivelse(string side, string kode) =>
        Regex.Match(side, "<input id=\"beskrivelse-" + kode + "\"[^>]*value=\"([^\"]*)\"") is { Success: true } treff
            ? WebUtility.HtmlDecode(treff.Groups[1].Value)
            : null;
}
