using System.Net;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>
/// What a change through the UI leaves behind: one Endring each (who, which organisation, what), and
/// never a password in the change log or in the server's log.
/// </summary>
public abstract class EndringsloggforingTests(ServerFabrikk server)
{
    public sealed class PaSqlite(TomtRegister fixture) : EndringsloggforingTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : EndringsloggforingTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    private const string Integrasjonsnavn = "Sak og arkiv";

    private ServerFabrikk Server => server;

    [Fact]
    public async Task EachIntegrationChangeInTheUiWritesOneEndringWithTheUserTheOrganisationAndWhatWasDone()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        var endringslogg = Server.Tjeneste<IEndringslogg>();
        using var klient = await kommune.InnloggetKlientAsync(Server);

        var lop = await IntegrasjonslopAsync(klient, kommune);

        var endringer = (await endringslogg.ListAsync(kommune.FiksOrgId, 0, 100)).Reverse().ToList();
        Assert.Equal(4, endringer.Count);
        Assert.All(endringer, e =>
        {
            Assert.Equal(kommune.Brukernavn, e.Utfortav);
            Assert.Equal(kommune.FiksOrgId, e.FiksOrgId);
            Assert.Contains($"«{Integrasjonsnavn}»", e.Handling, StringComparison.Ordinal);
            Assert.Contains(lop.IntegrasjonId.ToString(), e.Detaljer, StringComparison.Ordinal);
        });
        Assert.StartsWith("Opprettet integrasjonen", endringer[0].Handling, StringComparison.Ordinal);
        Assert.Contains("Kan søke", endringer[1].Handling, StringComparison.Ordinal);
        Assert.StartsWith("Genererte nytt passord", endringer[2].Handling, StringComparison.Ordinal);
        Assert.StartsWith("Slettet integrasjonen", endringer[3].Handling, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoPasswordUsedInTheUiReachesTheChangeLogOrTheServerLog()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var fiks = new Fiksklient(Server);
        const string feilPassord = "feil-passord-som-ble-gjettet-9f3c";
        const string nyttKontopassord = "et nytt kontopassord som er langt nok";
        using (var gjetter = new Forvaltningsklient(Server))
        {
            (await gjetter.LoggInnAsync(kommune.Brukernavn, feilPassord)).Dispose();
        }

        using var klient = await kommune.InnloggetKlientAsync(Server);

        var lop = await IntegrasjonslopAsync(klient, kommune);
        using var bytt = await klient.SendSkjemaAsync("/forvaltning/konto", ("gjeldende", kommune.Passord), ("nytt", nyttKontopassord), ("gjenta", nyttKontopassord));

        Assert.Equal(HttpStatusCode.Found, bytt.StatusCode);
        string[] passord =
        [
            kommune.Passord, feilPassord, nyttKontopassord, lop.ForstePassord, lop.NyttPassord,
            fiks.Demo.IntegrasjonPassord, fiks.Demo.Forvaltning!.Passord, fiks.Demo.KsAdministrator!.Passord,
        ];
        var endringer = await Server.Tjeneste<IEndringslogg>().ListAsync(null, 0, 100_000);
        Assert.Contains(endringer, e => e.Utfortav == kommune.Brukernavn && e.Handling.Contains("passord", StringComparison.Ordinal));
        foreach (var p in passord)
        {
            Assert.DoesNotContain(endringer, e => e.Handling.Contains(p, StringComparison.Ordinal) || (e.Detaljer ?? "").Contains(p, StringComparison.Ordinal));
            Assert.DoesNotContain(Server.Logg.Linjer, linje => linje.Contains(p, StringComparison.Ordinal));
        }
    }

    /// <summary>What the UI handed out on the way: the integration and its two passwords.</summary>
    private sealed record Integrasjonslop(Guid IntegrasjonId, string ForstePassord, string NyttPassord);

    /// <summary>Through the UI as an administrator clicks: create an integration, give it Kan søke, a new password, delete it.</summary>
    private static async Task<Integrasjonslop> IntegrasjonslopAsync(Forvaltningsklient klient, Testkommune kommune)
    {
        var ny = $"/forvaltning/{kommune.FiksOrgId}/fiks-konfigurasjon/kjoretoyregister/ny-integrasjon";
        (string, string)[] felt = [("navn", Integrasjonsnavn), ("organisasjonsnummer", Testkommune.Leverandornummer.Verdi), ("beskrivelse", "Fagsystemet")];

        using var videre = await klient.SendSkjemaAsync(ny + "?handler=GaVidere", felt);
        var oppsummering = await videre.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, videre.StatusCode);
        var integrasjonsnokkel = Forvaltningsklient.Feltverdi(oppsummering, "integrasjonsnokkel")!;

        using var lagre = await klient.SendSkjemaAsync(ny + "?handler=Lagre", [.. felt, ("integrasjonsnokkel", integrasjonsnokkel)]);
        Assert.Equal(HttpStatusCode.OK, lagre.StatusCode);
        var lagret = await lagre.Content.ReadAsStringAsync();
        var id = Guid.Parse(Forvaltningsklient.Elementtekst(lagret, "integrasjon-id")!);
        var forste = Forvaltningsklient.Elementtekst(lagret, "integrasjonspassord");
        Assert.False(string.IsNullOrEmpty(forste), "passordet vises når integrasjonen er lagret");

        var side = $"/forvaltning/{kommune.FiksOrgId}/integrasjoner/{id}";
        using var tilganger = await klient.SendSkjemaAsync(side + "?handler=Tilganger", ("kanSoke", "true"));
        Assert.Equal(HttpStatusCode.Found, tilganger.StatusCode);

        using var nytt = await klient.SendSkjemaAsync(side + "/nytt-passord");
        Assert.Equal(HttpStatusCode.OK, nytt.StatusCode);
        var nyttPassord = Forvaltningsklient.Elementtekst(await nytt.Content.ReadAsStringAsync(), "integrasjonspassord");
        Assert.False(string.IsNullOrEmpty(nyttPassord), "det nye passordet vises");
        Assert.NotEqual(forste, nyttPassord);

        using var slett = await klient.SendSkjemaAsync(side + "/slett");
        Assert.Equal(HttpStatusCode.Found, slett.StatusCode);
        return new Integrasjonslop(id, forste!, nyttPassord!);
    }
}
