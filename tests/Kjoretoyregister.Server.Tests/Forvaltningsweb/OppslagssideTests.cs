using System.Net;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Oppslag;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>
/// The lookup page for holders of the role Oppslag over real HTTP, on each engine: who may use it, the
/// form's refusals naming the field, the answer for a person (masked fødselsnummer until revealed), and
/// the audit rows each lookup and reveal leave.
/// </summary>
public abstract partial class OppslagssideTests(ServerFabrikk server)
{
    private const string Formal = "PARKERINGSGEBYR";

    private ServerFabrikk Server { get; } = server;

    public sealed class PaSqlite(TomtRegister fixture) : OppslagssideTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : OppslagssideTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    [Fact]
    public async Task WithoutTheRoleOppslagThePageIs403EvenForTheLokalAdministrator()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        var annen = await Testkommune.OpprettAsync(Server);
        using var admin = await kommune.InnloggetKlientAsync(Server);
        using var saksbehandler = await Saksbehandler.InnloggetAsync(Server, kommune);

        await admin.SideAsync(Saksbehandler.Sti, HttpStatusCode.Forbidden);
        var iAnnen = await saksbehandler.SlaOppAsync("kjennemerke", "AB 12345", Formal, "SAK-1", ("fiksOrgId", annen.FiksOrgId.ToString()));
        var nokkel = await saksbehandler.Klient.SkjemanokkelAsync(Saksbehandler.Sti);
        Assert.True(await Server.Tjeneste<IBrukerStore>().FjernOppslagAsync(saksbehandler.Brukernavn, kommune.FiksOrgId));
        using var etterTilbaketrekking = await saksbehandler.Klient.PostAsync(Saksbehandler.Sti, nokkel,
            ("fiksOrgId", kommune.FiksOrgId.ToString()), ("felt", "kjennemerke"), ("verdi", "AB 12345"), ("formal", Formal), ("saksreferanse", "SAK-1"));

        Assert.Equal(HttpStatusCode.Forbidden, iAnnen.Status);
        Assert.Equal(HttpStatusCode.Forbidden, etterTilbaketrekking.StatusCode);
        await saksbehandler.Klient.SideAsync(Saksbehandler.Sti, HttpStatusCode.Forbidden);
        Assert.Empty(await RaderAsync(kommune.FiksOrgId, "SAK-1"));
    }

    [Fact]
    public async Task AHolderInTwoOrganisationsChoosesOneAndTheLookupIsAuditedThere()
    {
        var forste = await Testkommune.OpprettAsync(Server);
        var andre = await Testkommune.OpprettAsync(Server);
        using var saksbehandler = await Saksbehandler.InnloggetAsync(Server, forste);
        Assert.True(await Server.Tjeneste<IBrukerStore>().GiOppslagAsync(saksbehandler.Brukernavn, andre.FiksOrgId));

        var velg = WebUtility.HtmlDecode(await saksbehandler.Klient.SideAsync(Saksbehandler.Sti));
        var valgt = WebUtility.HtmlDecode(await saksbehandler.Klient.SideAsync($"{Saksbehandler.Sti}?fiksOrgId={andre.FiksOrgId}"));
        var utenOrganisasjon = await saksbehandler.PostAsync(null, ("felt", "kjennemerke"), ("verdi", "ZZ 99999"), ("formal", Formal), ("saksreferanse", "SAK-TO"));
        var oppslag = await saksbehandler.SlaOppAsync("kjennemerke", "ZZ 99999", Formal, "SAK-TO", ("fiksOrgId", andre.FiksOrgId.ToString()));

        Assert.Contains("Velg organisasjon", velg, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"formal\"", velg, StringComparison.Ordinal);
        Assert.Contains($"""<input type="hidden" name="fiksOrgId" value="{andre.FiksOrgId}">""", valgt, StringComparison.Ordinal);
        Assert.StartsWith("Organisasjon mangler.", Assert.Single(Forvaltningsklient.Feilmeldinger(utenOrganisasjon.Html)), StringComparison.Ordinal);
        Assert.Contains("Fant ikke noe kjøretøy med kjennemerke ZZ 99999.", oppslag.Html, StringComparison.Ordinal);
        Assert.Empty(await RaderAsync(forste.FiksOrgId, "SAK-TO"));
        Assert.Equal(andre.Organisasjon.Organisasjonsnummer.ToString(), Assert.Single(await RaderAsync(andre.FiksOrgId, "SAK-TO")).KonsumentOrgnr);
    }

    [Fact]
    public async Task ALookupWithoutFormalOrSaksreferanseIsRefusedNamingTheField()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var saksbehandler = await Saksbehandler.InnloggetAsync(Server, kommune);

        var utenFormal = await saksbehandler.SlaOppAsync("kjennemerke", "AB 12345", "", "SAK-1");
        var utenSak = await saksbehandler.SlaOppAsync("kjennemerke", "AB 12345", Formal, "  ");
        var ukjentFormal = await saksbehandler.SlaOppAsync("kjennemerke", "AB 12345", "FINNES_IKKE", "SAK-1");

        Assert.StartsWith("Formål mangler.", Assert.Single(Forvaltningsklient.Feilmeldinger(utenFormal.Html)), StringComparison.Ordinal);
        Assert.StartsWith("Saksreferanse mangler.", Assert.Single(Forvaltningsklient.Feilmeldinger(utenSak.Html)), StringComparison.Ordinal);
        Assert.StartsWith("Formålet finnes ikke i organisasjonens formålskatalog.", Assert.Single(Forvaltningsklient.Feilmeldinger(ukjentFormal.Html)), StringComparison.Ordinal);
        Assert.Contains("""<a href="#formal">""", utenFormal.Html, StringComparison.Ordinal);
        Assert.Empty(await RaderAsync(kommune.FiksOrgId, "SAK-1"));
    }

    [Fact]
    public async Task AnUnknownPlateSaysSoInWords()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var saksbehandler = await Saksbehandler.InnloggetAsync(Server, kommune);

        var svar = await saksbehandler.SlaOppAsync("kjennemerke", "zz99999", Formal, "SAK-UKJENT");

        Assert.Equal(HttpStatusCode.OK, svar.Status);
        Assert.Contains("Fant ikke noe kjøretøy med kjennemerke ZZ 99999.", svar.Html, StringComparison.Ordinal);
        Assert.Equal(Utfall.Ukjent, Assert.Single(await RaderAsync(kommune.FiksOrgId, "SAK-UKJENT")).Utfall);
    }

    [Theory]
    [InlineData("kjennemerke", "AB#12345", "kun bokstavene A–Å og sifre er tillatt")]
    [InlineData("kjennemerke", "A", "må ha minst")]
    [InlineData("understellsnummer", "ÆØÅ", "understellsnummer")]
    public async Task AMalformedKeyIsRefusedNamingTheRuleItBreaks(string felt, string verdi, string regel)
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var saksbehandler = await Saksbehandler.InnloggetAsync(Server, kommune);

        var svar = await saksbehandler.SlaOppAsync(felt, verdi, Formal, "SAK-1");

        Assert.Contains(regel, Assert.Single(Forvaltningsklient.Feilmeldinger(svar.Html)), StringComparison.Ordinal);
        Assert.Contains("""<a href="#verdi">""", svar.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFodselsnummerIsMaskedUntilRevealedAndTheLookupAndTheRevealAreAuditedNamingThePerson()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var saksbehandler = await Saksbehandler.InnloggetAsync(Server, kommune);
        using var fiks = new Fiksklient(Server);
        var bil = Kjoretoydata.Ny();
        fiks.Importer(bil.Linje());
        var sak = "PG-" + Guid.NewGuid().ToString("N")[..8];

        var oppslag = await saksbehandler.SlaOppAsync("kjennemerke", bil.Kjennemerke, Formal, sak);
        var vist = await saksbehandler.PostAsync("Vis", ("felt", "kjennemerke"), ("verdi", bil.Kjennemerke), ("formal", Formal), ("saksreferanse", sak), ("rolle", "eier"));

        Assert.Contains("Kari Testesen", oppslag.Html, StringComparison.Ordinal);
        Assert.Contains(bil.Fnr[..6] + " *****", oppslag.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(bil.Fnr, oppslag.Html, StringComparison.Ordinal);
        Assert.Contains("no-store", oppslag.Svar.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains($"""data-rolle="eier">{bil.Fnr}</span>""", vist.Html, StringComparison.Ordinal);
        var rader = await RaderAsync(kommune.FiksOrgId, sak);
        Assert.Equal([Operasjoner.Kjennemerke, Saksbehandleroppslag.VisFodselsnummer], rader.Select(r => r.Operasjon));
        Assert.All(rader, r =>
        {
            Assert.Equal((saksbehandler.Brukernavn, Formal, sak), (r.Saksbehandler, r.Formal, r.Saksreferanse));
            Assert.Equal((Guid.Empty, Saksbehandleroppslag.KlientId, Utfall.Treff), (r.IntegrasjonId, r.KlientId, r.Utfall));
            Assert.Contains(bil.Fnr, r.Parter);
        });
        Assert.Equal($"{bil.Kjennemerke} (eier)", rader[1].Nokkel);
    }

    private async Task<List<LoggRad>> RaderAsync(Guid fiksOrgId, string saksreferanse)
    {
        var rader = new List<LagretLoggRad>();
        await foreach (var lagret in Server.Tjeneste<IOppslagsloggLeser>().SokAsync(new LoggFilter(FiksOrgId: fiksOrgId, Saksreferanse: saksreferanse)))
        {
            rader.Add(lagret);
        }

        return [.. rader.OrderBy(r => r.Id).Select(r => r.Rad)];
    }
}
