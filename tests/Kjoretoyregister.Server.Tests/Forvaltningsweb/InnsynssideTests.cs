using System.Net;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Tests.Logg;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>
/// The Innsyn page: the fødselsnummer is posted (never in a URL), the person's lookups are shown and
/// downloaded as PDF and CSV, nothing is cached, each report is change-logged, and another kommune's
/// administrator gets 403 and no data.
/// </summary>
public abstract class InnsynssideTests(ServerFabrikk server)
{
    public sealed class PaSqlite(TomtRegister fixture) : InnsynssideTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : InnsynssideTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    private static string Sti(Testkommune kommune, string? handler = null) =>
        $"/forvaltning/{kommune.FiksOrgId}/innsyn" + (handler is null ? "" : "?handler=" + handler);

    [Fact]
    public async Task PostedFnrShowsThePersonsLookupsUncachedAndTheFnrIsInNoUrl()
    {
        var s = await Innsynsscenario.OpprettAsync(server);
        using var klient = await s.Kommune.InnloggetKlientAsync(server);

        var skjema = WebUtility.HtmlDecode(await klient.SideAsync(Sti(s.Kommune)));
        using var svar = await klient.SendSkjemaAsync(Sti(s.Kommune), ("fodselsnummer", s.Fnr));
        var html = WebUtility.HtmlDecode(await svar.Content.ReadAsStringAsync());

        Assert.Contains("""<form method="post" class="skjema" aria-label="Innsyn for én person" autocomplete="off">""", skjema, StringComparison.Ordinal);
        Assert.DoesNotContain("method=\"get\"", skjema, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"formaction=\"{Sti(s.Kommune, "Pdf")}\"", skjema, StringComparison.Ordinal);
        Assert.Contains($"href=\"/forvaltning/{s.Kommune.FiksOrgId}/innsyn\"", skjema, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.DoesNotContain(s.Fnr, svar.RequestMessage!.RequestUri!.ToString(), StringComparison.Ordinal);
        Assert.True(svar.Headers.CacheControl?.NoStore, $"Cache-Control: {svar.Headers.CacheControl}");
        Assert.Contains("3 oppslag", html, StringComparison.Ordinal);
        foreach (var forventet in new[] { s.EgenBil.Kjennemerke, s.MedeidBil.Kjennemerke, s.MedeidBil.Kuid, Innsynsscenario.Parkering, Innsynsscenario.Borttauing, "PARKERINGSTILLATELSE", "søkt etter og utlevert", "sb-borttauing", "SAK-2026/20" })
        {
            Assert.Contains(forventet, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(s.FremmedBil.Kjennemerke, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Innsynsscenario.Nabosystem, html, StringComparison.Ordinal);
        var endring = Assert.Single(await server.Tjeneste<IEndringslogg>().ListAsync(s.Kommune.FiksOrgId, 0, 100), e => e.Handling.StartsWith("Laget innsynsrapport", StringComparison.Ordinal));
        Assert.Equal((s.Kommune.Brukernavn, $"vist på siden: fødselsnummer {s.Fnr[..6]}*****, 3 oppslag"), (endring.Utfortav, endring.Detaljer));
    }

    [Fact]
    public async Task PdfOpensAndNamesThePersonsLookupsOnly()
    {
        var s = await Innsynsscenario.OpprettAsync(server);
        using var klient = await s.Kommune.InnloggetKlientAsync(server);
        var mappe = Directory.CreateTempSubdirectory("innsyn-pdf-");

        using var svar = await klient.SendSkjemaAsync(Sti(s.Kommune, "Pdf"), ("fodselsnummer", s.Fnr));
        var pdf = Path.Combine(mappe.FullName, "innsyn.pdf");
        await File.WriteAllBytesAsync(pdf, await svar.Content.ReadAsByteArrayAsync());
        var png = await Pdfverktoy.ForsteSideSomPngAsync(pdf);
        var tekst = await Pdfverktoy.TekstAsync(pdf);

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Equal("application/pdf", svar.Content.Headers.ContentType?.MediaType);
        Assert.True(svar.Headers.CacheControl?.NoStore, $"Cache-Control: {svar.Headers.CacheControl}");
        Assert.Matches(@"^innsyn-\d{4}-\d{2}-\d{2}-3-oppslag\.pdf$", svar.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.True(File.Exists(png));
        foreach (var forventet in new[]
        {
            "Innsyn: oppslag på deg i kjøretøyregisteret", s.Kommune.Organisasjon.Navn, s.Fnr, "Behandlingsansvarlig", "personvernforordningen",
            s.EgenBil.Kjennemerke, s.MedeidBil.Kjennemerke, s.EgenBil.Kuid, s.MedeidBil.Kuid, Innsynsscenario.Parkering, Innsynsscenario.Borttauing,
            "BORTTAUING", "PARKERINGSTILLATELSE", "sb-borttauing", "SAK-2026/20", "Side 1 av 1",
        })
        {
            Assert.Contains(forventet, tekst, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(s.FremmedBil.Kjennemerke, tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(s.FremmedBil.Kuid, tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(s.FremmedBil.Fnr, tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(Innsynsscenario.Nabosystem, tekst, StringComparison.Ordinal);
        if (Nettleser.Forvaltningsside.Skjermbildemappe is { } bilder)
        {
            File.Copy(png, Path.Combine(bilder, "innsynsrapport-side-1.png"), overwrite: true);
        }

        mappe.Delete(recursive: true);
    }

    [Fact]
    public async Task CsvHasAHeaderAndOneLinePerLookup()
    {
        var s = await Innsynsscenario.OpprettAsync(server);
        using var klient = await s.Kommune.InnloggetKlientAsync(server);

        using var svar = await klient.SendSkjemaAsync(Sti(s.Kommune, "Csv"), ("fodselsnummer", s.Fnr));
        var linjer = (await svar.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", svar.Content.Headers.ContentType?.MediaType);
        Assert.True(svar.Headers.CacheControl?.NoStore, $"Cache-Control: {svar.Headers.CacheControl}");
        Assert.StartsWith("tidspunkt,integrasjonId,integrasjon,leverandorOrgnr,", linjer[0], StringComparison.Ordinal);
        Assert.Equal(4, linjer.Length);
        Assert.Contains(s.MedeidBil.Kuid, linjer[1], StringComparison.Ordinal);
        Assert.Contains("PARKERINGSTILLATELSE", linjer[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherKommunesAdministratorGets403AndNoReportIsMade()
    {
        var s = await Innsynsscenario.OpprettAsync(server);
        using var nabo = await s.Nabokommune.InnloggetKlientAsync(server);

        using var side = await nabo.SendSkjemaAsync(Sti(s.Kommune), ("fodselsnummer", s.Fnr));
        using var pdf = await nabo.SendSkjemaAsync(Sti(s.Kommune, "Pdf"), ("fodselsnummer", s.Fnr));
        using var get = await nabo.GetAsync(Sti(s.Kommune));

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], [side.StatusCode, pdf.StatusCode, get.StatusCode]);
        Assert.DoesNotContain(s.EgenBil.Kjennemerke, await side.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await server.Tjeneste<IEndringslogg>().ListAsync(s.Kommune.FiksOrgId, 0, 100), e => e.Handling.StartsWith("Laget innsynsrapport", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnInvalidFnrIsRefusedNamingTheFieldAndNoReportIsMade()
    {
        var s = await Innsynsscenario.OpprettAsync(server);
        using var klient = await s.Kommune.InnloggetKlientAsync(server);

        using var svar = await klient.SendSkjemaAsync(Sti(s.Kommune, "Pdf"), ("fodselsnummer", "01818510079"));
        var html = await svar.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Equal("text/html", svar.Content.Headers.ContentType?.MediaType);
        Assert.Contains("fødselsnummer", Assert.Single(Forvaltningsklient.Feilmeldinger(html)), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(await server.Tjeneste<IEndringslogg>().ListAsync(s.Kommune.FiksOrgId, 0, 100), e => e.Handling.StartsWith("Laget innsynsrapport", StringComparison.Ordinal));
    }
}
