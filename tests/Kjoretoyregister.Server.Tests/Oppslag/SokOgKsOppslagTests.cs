using System.Net;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Oppslag;

/// <summary>The lookups over real HTTP, the same tests on each engine (<see cref="PaSqlite"/>, <see cref="PaPostgres"/>).</summary>
public abstract class SokOgKsOppslagTests(ServerFabrikk server)
{
    private ServerFabrikk Server { get; } = server;

    public sealed class PaSqlite(TomtRegister fixture) : SokOgKsOppslagTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : SokOgKsOppslagTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    [Fact]
    public async Task UnderstellsnummerReturnsTheVehicle()
    {
        using var klient = new Fiksklient(Server);
        var bil = Kjoretoydata.Ny();
        klient.Importer(bil.Linje());

        var svar = await Svar.JsonAsync(await klient.SendAsync(HttpMethod.Get, klient.SvvSti($"bulk/understellsnummer/{bil.Understellsnummer}")));

        Assert.Equal(bil.Kuid, Assert.Single(svar.EnumerateArray()).GetProperty("kjoretoy").GetProperty("kjoretoyId").GetProperty("kuid").GetString());
    }

    [Fact]
    public async Task InvalidUnderstellsnummerOrDtgIs400NamingIt()
    {
        using var klient = new Fiksklient(Server);

        var vin = await Svar.FeilAsync(await klient.SendAsync(HttpMethod.Get, klient.SvvSti("bulk/understellsnummer/%C3%A6%C3%B8%C3%A5")), HttpStatusCode.BadRequest);
        var dtg = await Svar.FeilAsync(await klient.SendAsync(HttpMethod.Get, klient.SvvSti("bulk/understellsnummer/TESTVIN1?dtg=igaar")), HttpStatusCode.BadRequest);

        Assert.Equal("UGYLDIG_UNDERSTELLSNUMMER", vin.ErrorCode);
        Assert.Contains("understellsnummer", vin.Message, StringComparison.Ordinal);
        Assert.Equal("UGYLDIG_DTG", dtg.ErrorCode);
        Assert.Contains("dtg", dtg.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EiernavnFindsTheOwnersVehicleAnd204WhenNothingMatches()
    {
        using var klient = new Fiksklient(Server);
        var bil = Kjoretoydata.Ny("Sjeldnavnesen");
        klient.Importer(bil.Linje());

        var treff = await Svar.JsonAsync(await klient.SendAsync(HttpMethod.Get, klient.SvvSti("sok/eiernavn?navn=Kari%20Sjeldnavnesen")));
        using var ingen = await klient.SendAsync(HttpMethod.Get, klient.SvvSti("sok/eiernavn?navn=Finnesikkeetternavn"));

        Assert.Equal(1, treff.GetProperty("antallTreffTotalt").GetInt32());
        Assert.Equal(bil.Kuid, treff.GetProperty("kjoretoyresponser")[0].GetProperty("kjoretoy").GetProperty("kjoretoyId").GetProperty("kuid").GetString());
        Assert.Equal(HttpStatusCode.NoContent, ingen.StatusCode);
    }

    [Theory]
    [InlineData("sok/eiernavn", "UGYLDIG_PARAMETER")]
    [InlineData("sok/eiernavn?navn=Kari&antall=0", "UGYLDIG_PARAMETER")]
    [InlineData("sok/eiernavn?navn=Kari&fra=-1", "UGYLDIG_PARAMETER")]
    [InlineData("sok/eiernavn?navn=Kari&erPerson=kanskje", "UGYLDIG_PARAMETER")]
    [InlineData("sok/eiernavn?navn=Kari&dtg=2021-13-01", "UGYLDIG_DTG")]
    public async Task BadSearchParameterIs400(string sti, string feilkode)
    {
        using var klient = new Fiksklient(Server);

        var feil = await Svar.FeilAsync(await klient.SendAsync(HttpMethod.Get, klient.SvvSti(sti)), HttpStatusCode.BadRequest);

        Assert.Equal(feilkode, feil.ErrorCode);
    }

    [Fact]
    public async Task KsPersonReturnsTheVehiclesThePersonOwnsNow()
    {
        using var klient = new Fiksklient(Server);
        var bil = Kjoretoydata.Ny();
        klient.Importer(bil.Linje());

        var svar = await Svar.JsonAsync(await klient.SendAsync(HttpMethod.Post, klient.KsSti("person"), $$"""{"fnr": "{{bil.Fnr}}"}"""));

        Assert.Equal(bil.Fnr, svar.GetProperty("fnr").GetString());
        var kjoretoy = Assert.Single(svar.GetProperty("kjoretoy").EnumerateArray());
        Assert.Equal(bil.Kjennemerke, kjoretoy.GetProperty("kjennemerke").GetString());
        Assert.Equal(bil.Etternavn, kjoretoy.GetProperty("eierskap").GetProperty("eier").GetProperty("person").GetProperty("etternavn").GetString());
        Assert.Equal("REGISTRERT", kjoretoy.GetProperty("registrering").GetProperty("status").GetString());
    }

    [Fact]
    public async Task KsPersonShowsTechnicalDataFromTheApproval()
    {
        using var klient = new Fiksklient(Server);
        var bil = Kjoretoydata.Ny();
        var linje = bil.Linje();
        linje["godkjenning"] = System.Text.Json.Nodes.JsonNode.Parse("""
            {"tekniskGodkjenning": {"tekniskeData": {
              "generelt": {"merke": [{"merke": "MITSUBISHI", "merkeKode": "4011"}], "handelsbetegnelse": ["Outlander"],
                           "tekniskKode": {"kodeVerdi": "M1", "kodeNavn": "Personbil"}},
              "motorOgDrivverk": {"motor": [{"drivstoff": [{"drivstoffKode": {"kodeVerdi": "1", "kodeNavn": "Bensin"}},
                                                          {"drivstoffKode": {"kodeVerdi": "5", "kodeNavn": "Elektrisk"}}]}]}}}}
            """);
        klient.Importer(linje);

        var svar = await Svar.JsonAsync(await klient.SendAsync(HttpMethod.Post, klient.KsSti("person"), $$"""{"fnr": "{{bil.Fnr}}"}"""));

        var data = svar.GetProperty("kjoretoy")[0].GetProperty("tekniskeData");
        Assert.Equal("Personbil", data.GetProperty("gruppe").GetString());
        Assert.Equal("M1", data.GetProperty("gruppeKode").GetString());
        Assert.Equal("MITSUBISHI", data.GetProperty("merke").GetString());
        Assert.Equal("Outlander", data.GetProperty("modell").GetString());
        Assert.Equal(["Bensin", "Elektrisk"], data.GetProperty("drivstoff").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("2015-03-02", svar.GetProperty("kjoretoy")[0].GetProperty("forstegangsregistrering").GetString());
    }

    [Theory]
    [InlineData("PARKERINGSGEBYR\u0007")]
    [InlineData("x")]
    public async Task APurposeHeaderThatIsTooLongOrHasControlCharactersIs400(string formal)
    {
        using var klient = new Fiksklient(Server);
        var verdi = formal == "x" ? new string('x', 101) : System.Text.RegularExpressions.Regex.Unescape(formal);

        var svar = await klient.SendAsync(HttpMethod.Post, klient.SvvSti("bulk/kjennemerke"), """[{"kjennemerke": "AB12345"}]""", formal: verdi);

        Assert.Equal("UGYLDIG_FORMAL", (await Svar.FeilAsync(svar, HttpStatusCode.BadRequest)).ErrorCode);
    }

    [Fact]
    public async Task KsPersonWithInvalidFnrIs400WithoutRepeatingTheNumber()
    {
        using var klient = new Fiksklient(Server);

        var svar = await klient.SendAsync(HttpMethod.Post, klient.KsSti("person"), """{"fnr": "12345678901"}""");
        var tekst = await svar.Content.ReadAsStringAsync();
        var feil = await Svar.FeilAsync(svar, HttpStatusCode.BadRequest);

        Assert.Equal("UGYLDIG_FODSELSNUMMER", feil.ErrorCode);
        Assert.DoesNotContain("12345678901", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KsOrganisasjonReturnsTheOrganisationsVehicles()
    {
        using var klient = new Fiksklient(Server);
        var orgnr = Register.Tests.Testdata.Syntetiske.Orgnr(4242);
        var kuid = Kjoretoydata.Ny().Kuid;
        klient.Importer(Register.Tests.Testdata.Linjer.Kjoretoy(kuid, [Register.Tests.Testdata.Linjer.Plate("EL 42424", Kjoretoydata.Fom)],
            [Register.Tests.Testdata.Linjer.Registrering("REGISTRERT", Kjoretoydata.Fom)],
            [Register.Tests.Testdata.Linjer.Eierskap(Register.Tests.Testdata.Linjer.Enhet(orgnr, "Testfirma AS"), Kjoretoydata.Fom)]));

        var svar = await Svar.JsonAsync(await klient.SendAsync(HttpMethod.Post, klient.KsSti("organisasjon"), $$"""{"organisasjonsnummer": "{{orgnr}}", "fra": 0, "antall": 10}"""));
        var ugyldig = await Svar.FeilAsync(await klient.SendAsync(HttpMethod.Post, klient.KsSti("organisasjon"), """{"organisasjonsnummer": "123"}"""), HttpStatusCode.BadRequest);

        var kjoretoy = Assert.Single(svar.GetProperty("kjoretoy").EnumerateArray());
        Assert.Equal("Testfirma AS", kjoretoy.GetProperty("eierskap").GetProperty("eier").GetProperty("organisasjon").GetProperty("organisasjonsnavn").GetString());
        Assert.Equal("UGYLDIG_ORGANISASJONSNUMMER", ugyldig.ErrorCode);
    }
}
