using System.Net;
using Kjoretoyregister.Register.Tests.Testdata;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Kvote;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>The lookup page's owner search, trial plates, fair use per person and the start page's redirect.</summary>
public abstract partial class OppslagssideTests
{
    [Fact]
    public async Task AnOwnerSearchListsTheVehiclesAndEachOpensWithTheSameFormalAndSaksreferanse()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var saksbehandler = await Saksbehandler.InnloggetAsync(Server, kommune);
        using var fiks = new Fiksklient(Server);
        var etternavn = "Sokenavnesen" + Guid.NewGuid().ToString("N")[..6];
        var forste = Kjoretoydata.Ny(etternavn);
        var andre = Kjoretoydata.Ny(etternavn);
        fiks.Importer(forste.Linje(), andre.Linje());
        var sak = "SOK-" + Guid.NewGuid().ToString("N")[..8];

        var liste = await saksbehandler.SlaOppAsync("eiernavn", $"Kari {etternavn}", Formal, sak);
        var valgt = await saksbehandler.PostAsync(null, ("felt", "kuid"), ("verdi", andre.Kuid), ("formal", Formal), ("saksreferanse", sak));

        Assert.Contains("2 kjøretøy", liste.Html, StringComparison.Ordinal);
        Assert.Contains(forste.Kjennemerke, liste.Html, StringComparison.Ordinal);
        Assert.Contains($"""name="verdi" value="{andre.Kuid}">""", liste.Html, StringComparison.Ordinal);
        Assert.Contains($"""<input type="hidden" name="saksreferanse" value="{sak}">""", liste.Html, StringComparison.Ordinal);
        Assert.Contains($"Kjøretøy {andre.Kjennemerke}", valgt.Html, StringComparison.Ordinal);
        Assert.Equal([Operasjoner.Eiernavn, Operasjoner.Kuid], (await RaderAsync(kommune.FiksOrgId, sak)).Select(r => r.Operasjon));
    }

    [Fact]
    public async Task ATrialPlateShowsItsOwnerItsDrivingSlipAndTheUserMasked()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var saksbehandler = await Saksbehandler.InnloggetAsync(Server, kommune);
        using var fiks = new Fiksklient(Server);
        var bil = Kjoretoydata.Ny();
        var plate = "P " + bil.Kjennemerke[3..];
        var bruker = Kjoretoydata.Ny();
        fiks.Importer(bil.Linje(), Linjer.Provekjennemerke("7" + bil.Kuid, plate, "ARSPROVEKJENNEMERKE", Linjer.Enhet(Testkommune.Leverandornummer.ToString(), "PRØVE BILFORHANDLER AS"),
            "2026-01-01T00:00:00+01:00", null, Linjer.Kjoreseddel(bil.Kuid, Linjer.Person(bruker.Fnr, "Ola", "Prøvesjåfør"), "2026-01-01T08:00:00+01:00", "2099-01-01T08:00:00+01:00")));

        var svar = await saksbehandler.SlaOppAsync("kjennemerke", plate, Formal, "SAK-PROVE");

        Assert.Contains($"Prøvekjennemerke {plate}", svar.Html, StringComparison.Ordinal);
        Assert.Contains("Årsprøvekjennemerke", svar.Html, StringComparison.Ordinal);
        Assert.Contains("PRØVE BILFORHANDLER AS", svar.Html, StringComparison.Ordinal);
        Assert.Contains("Bruker etter kjøreseddel", svar.Html, StringComparison.Ordinal);
        Assert.Contains("formål PROVEKJORING", svar.Html, StringComparison.Ordinal);
        Assert.Contains($"""data-rolle="kjoreseddel-bruker">{bruker.Fnr[..6]} *****</span>""", svar.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(bruker.Fnr, svar.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FairUseHoldsPerPersonWith429AndAPageMessageWhileAColleagueGoesOn()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        await Server.Tjeneste<IForvaltningStore>().SettKvoteAsync(kommune.FiksOrgId, new Kvoteoverstyring(1, Kvoteoverstyring.MinsteKapasitet, null, null));
        using var ivrig = await Saksbehandler.InnloggetAsync(Server, kommune);
        using var kollega = await Saksbehandler.InnloggetAsync(Server, kommune);

        (HttpStatusCode Status, string Html, HttpResponseMessage Svar) siste = default;
        for (var i = 0; i < 2 * Kvoteoverstyring.MinsteKapasitet && siste.Status != HttpStatusCode.TooManyRequests; i++)
        {
            siste = await ivrig.SlaOppAsync("kjennemerke", "ZZ 99999", Formal, "SAK-KVOTE");
        }

        var kollegaen = await kollega.SlaOppAsync("kjennemerke", "ZZ 99999", Formal, "SAK-KVOTE");

        Assert.Equal(HttpStatusCode.TooManyRequests, siste.Status);
        Assert.Contains("Din kvote for oppslag er brukt opp", siste.Html, StringComparison.Ordinal);
        Assert.NotNull(siste.Svar!.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, kollegaen.Status);
        Assert.Contains(await RaderAsync(kommune.FiksOrgId, "SAK-KVOTE"), r => r.Utfall == Utfall.Avvist && r.Saksbehandler == ivrig.Brukernavn);
    }

    [Fact]
    public async Task TheStartPageSendsAHolderOfOnlyOppslagToTheLookupPage()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var saksbehandler = await Saksbehandler.InnloggetAsync(Server, kommune);

        using var oversikt = await saksbehandler.Klient.GetAsync("/forvaltning/oversikt");
        var side = await saksbehandler.Klient.SideAsync(Saksbehandler.Sti);

        Assert.Equal(HttpStatusCode.Found, oversikt.StatusCode);
        Assert.Equal(Saksbehandler.Sti, Forvaltningsklient.Adresse(oversikt));
        Assert.Contains("""<a href="/forvaltning/oppslag" aria-current="page">Oppslag</a>""", side, StringComparison.Ordinal);
    }
}
