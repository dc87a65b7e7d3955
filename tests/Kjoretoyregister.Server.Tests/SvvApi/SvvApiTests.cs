using System.Net;
using System.Text.Json;
using Kjoretoyregister.Register.Tests.Testdata;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.SvvApi;

/// <summary>The SVV side (<c>Register:ExposeSvvApi=true</c>) answers each vehicle with the very bytes the Fiks side answers it with.</summary>
public sealed class SvvApiTests(SvvServer register) : IClassFixture<SvvServer>
{
    private static int nesteOrgnr = 7000;

    /// <summary>A valid fødselsnummer and organisasjonsnummer no test vehicle has (Kjoretoydata's owners are born 1950–1989).</summary>
    private static string Utfyll(string sti, string? fnr = null) => sti
        .Replace("{fnr}", fnr, StringComparison.Ordinal)
        .Replace("{ingenFnr}", Syntetiske.Fnr(1, 1, 1999), StringComparison.Ordinal)
        .Replace("{ingenOrgnr}", Syntetiske.Orgnr(99_999), StringComparison.Ordinal);

    [Fact]
    public async Task BulkKjennemerkeAnswersTheSameBytesAsTheFiksSide()
    {
        using var klient = new Svvklient(register.Server);
        var bil = Kjoretoydata.Ny();
        klient.Fiks.Importer(bil.Linje());
        var kropp = $$"""[{"kjennemerke": "{{bil.Kjennemerke}}"}, {"kjennemerke": "ÆØ!"}, {"kjennemerke": "{{bil.Kjennemerke}}", "dtg": "2019-06-01T12:00:00Z"}, {"kjennemerke": "AB12345", "dtg": "igår"}]""";

        var svv = await Svvklient.TekstAsync(await klient.PostAsync("bulk/kjennemerke", kropp));
        var fiks = await Svvklient.TekstAsync(await klient.Fiks.KjennemerkerAsync(kropp));

        Assert.Equal(fiks, svv);
        Assert.Contains(bil.Kuid, svv, StringComparison.Ordinal);
        Assert.Contains("UGYLDIG_KJENNEMERKE", svv, StringComparison.Ordinal);
        Assert.Contains("UGYLDIG_DTG", svv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkKuidAnswersTheSameBytesAsTheFiksSide()
    {
        using var klient = new Svvklient(register.Server);
        var bil = Kjoretoydata.Ny();
        klient.Fiks.Importer(bil.Linje());
        var kropp = $$"""[{"kuid": "{{bil.Kuid}}"}, {"kuid": "12x"}, {"kuid": "1"}]""";

        var svv = await Svvklient.TekstAsync(await klient.PostAsync("bulk/kuid", kropp));
        var fiks = await Svvklient.TekstAsync(await klient.Fiks.SendAsync(HttpMethod.Post, klient.Fiks.SvvSti("bulk/kuid"), kropp));

        Assert.Equal(fiks, svv);
        Assert.Contains(bil.Understellsnummer, svv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkUnderstellsnummerAnswersTheSameBytesAsTheFiksSide()
    {
        using var klient = new Svvklient(register.Server);
        var bil = Kjoretoydata.Ny();
        klient.Fiks.Importer(bil.Linje());
        var sti = $"bulk/understellsnummer/{bil.Understellsnummer.ToLowerInvariant()}?dtg=2021-01-01T00:00:00Z";

        var svv = await Svvklient.TekstAsync(await klient.GetAsync(sti));
        var fiks = await Svvklient.TekstAsync(await klient.Fiks.SendAsync(HttpMethod.Get, klient.Fiks.SvvSti(sti)));

        Assert.Equal(fiks, svv);
        Assert.Contains(bil.Kjennemerke, svv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SokEiernavnAnswersTheSameBytesAsTheFiksSide()
    {
        using var klient = new Svvklient(register.Server);
        var bil = Kjoretoydata.Ny("Vegvesensen");
        klient.Fiks.Importer(bil.Linje());
        const string sti = "sok/eiernavn?navn=Kari%20Vegvesensen&erPerson=true&postnummer=0603&fra=0&antall=10";

        var svv = await Svvklient.TekstAsync(await klient.GetAsync(sti));
        var fiks = await Svvklient.TekstAsync(await klient.Fiks.SendAsync(HttpMethod.Get, klient.Fiks.SvvSti(sti)));

        Assert.Equal(fiks, svv);
        Assert.Equal(1, JsonDocument.Parse(svv).RootElement.GetProperty("antallTreffTotalt").GetInt32());
    }

    [Fact]
    public async Task SokEiernavnNarrowedAnswersTheSameBytesAsTheFiksSide()
    {
        using var klient = new Svvklient(register.Server);
        var bil = Kjoretoydata.Ny("Qvistadsvegen");
        klient.Fiks.Importer(bil.Linje());
        var fodselsdato = Contracts.Fodselsnummer.Parse(bil.Fnr).Fodselsdato!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var sti = $"sok/eiernavn?navn=ka%20kvistadsv&fonetisk=true&fylke=03&fodselsdato={fodselsdato}&ekskluderVraketUtfort=true";

        var svv = await Svvklient.TekstAsync(await klient.GetAsync(sti));
        var fiks = await Svvklient.TekstAsync(await klient.Fiks.SendAsync(HttpMethod.Get, klient.Fiks.SvvSti(sti)));

        Assert.Equal(fiks, svv);
        Assert.Equal(1, JsonDocument.Parse(svv).RootElement.GetProperty("antallTreffTotalt").GetInt32());
    }

    [Fact]
    public async Task SokFodselsnummerListsThePersonsVehiclesAsTheFiksSideShowsThem()
    {
        using var klient = new Svvklient(register.Server);
        var bil = Kjoretoydata.Ny();
        klient.Fiks.Importer(bil.Linje());

        var svv = JsonDocument.Parse(await Svvklient.TekstAsync(await klient.GetAsync($"sok/fodselsnummer?fodselsnummer={bil.Fnr}"))).RootElement;
        var fiks = await Svvklient.TekstAsync(await klient.Fiks.KjennemerkerAsync($$"""[{"kjennemerke": "{{bil.Kjennemerke}}"}]"""));

        Assert.Equal(fiks, svv.GetProperty("kjoretoyresponser").GetRawText());
        Assert.Empty(svv.GetProperty("responskoder").EnumerateArray());
        Assert.Equal(1, svv.GetProperty("antallITreffliste").GetInt32());
        Assert.Equal(1, svv.GetProperty("antallTreffTotalt").GetInt32());
    }

    [Fact]
    public async Task SokOrganisasjonsnummerListsTheOrganisationsVehiclesAsTheFiksSideShowsThem()
    {
        using var klient = new Svvklient(register.Server);
        var orgnr = Syntetiske.Orgnr(Interlocked.Increment(ref nesteOrgnr));
        var bil = Kjoretoydata.Ny();
        var linje = bil.Linje();
        linje["eierskap"] = new System.Text.Json.Nodes.JsonArray(Linjer.Eierskap(Linjer.Enhet(orgnr, "Vegfirma AS"), Kjoretoydata.Fom));
        klient.Fiks.Importer(linje);

        var svv = JsonDocument.Parse(await Svvklient.TekstAsync(await klient.GetAsync($"sok/organisasjonsnummer?organisasjonsnummer={orgnr}&fra=0&antall=5"))).RootElement;
        var fiks = await Svvklient.TekstAsync(await klient.Fiks.KjennemerkerAsync($$"""[{"kjennemerke": "{{bil.Kjennemerke}}"}]"""));

        Assert.Equal(fiks, svv.GetProperty("kjoretoyresponser").GetRawText());
        Assert.Equal(1, svv.GetProperty("antallTreffTotalt").GetInt32());
    }

    [Theory]
    [InlineData("sok/eiernavn?navn=Finnesikkeetternavnesen")]
    [InlineData("sok/fodselsnummer?fodselsnummer={ingenFnr}")]
    [InlineData("sok/organisasjonsnummer?organisasjonsnummer={ingenOrgnr}")]
    [InlineData("sok/fodselsnummer?fodselsnummer={fnr}&dtg=2019-01-01T00:00:00Z")]
    public async Task NoMatchIs204WithAnEmptyBody(string sti)
    {
        using var klient = new Svvklient(register.Server);
        var bil = Kjoretoydata.Ny();
        klient.Fiks.Importer(bil.Linje());

        using var svar = await klient.GetAsync(Utfyll(sti, bil.Fnr));

        Assert.Equal(HttpStatusCode.NoContent, svar.StatusCode);
        Assert.Empty(await svar.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("GET", "sok/eiernavn?navn=Kari&antall=0", "UGYLDIG_PARAMETER", "antall")]
    [InlineData("GET", "sok/eiernavn?navn=Kari&antall=101", "UGYLDIG_PARAMETER", "antall")]
    [InlineData("GET", "sok/eiernavn?navn=Kari&fra=-1", "UGYLDIG_PARAMETER", "fra")]
    [InlineData("GET", "sok/eiernavn", "UGYLDIG_PARAMETER", "navn")]
    [InlineData("GET", "sok/eiernavn?navn=Kari&dtg=2021-13-01", "UGYLDIG_DTG", "dtg")]
    [InlineData("GET", "sok/eiernavn?navn=Kari&fylke=4", "UGYLDIG_PARAMETER", "fylke")]
    [InlineData("GET", "sok/eiernavn?navn=Kari&fodselsdato=1981-02-30", "UGYLDIG_PARAMETER", "fodselsdato")]
    [InlineData("GET", "sok/eiernavn?navn=Kari&ekskluderVraketUtfort=ja", "UGYLDIG_PARAMETER", "ekskluderVraketUtfort")]
    [InlineData("GET", "sok/eiernavn?navn=Kari&fonetisk=1", "UGYLDIG_PARAMETER", "fonetisk")]
    [InlineData("GET", "sok/fodselsnummer?fodselsnummer=123", "UGYLDIG_FODSELSNUMMER", "fodselsnummer")]
    [InlineData("GET", "sok/fodselsnummer", "UGYLDIG_FODSELSNUMMER", "fodselsnummer")]
    [InlineData("GET", "sok/fodselsnummer?fodselsnummer={ingenFnr}&antall=0", "UGYLDIG_PARAMETER", "antall")]
    [InlineData("GET", "sok/fodselsnummer?fodselsnummer={ingenFnr}&ekskluderVraketUtfort=true", "UGYLDIG_PARAMETER", "ekskluderVraketUtfort")]
    [InlineData("GET", "sok/organisasjonsnummer?organisasjonsnummer=123456789", "UGYLDIG_ORGANISASJONSNUMMER", "organisasjonsnummer")]
    [InlineData("GET", "bulk/understellsnummer/%C3%A6%C3%B8%C3%A5", "UGYLDIG_UNDERSTELLSNUMMER", "understellsnummer")]
    [InlineData("POST", "bulk/kjennemerke", "UGYLDIG_JSON", "JSON", """[{"kjennemerke": """)]
    [InlineData("POST", "bulk/kjennemerke", "UGYLDIG_JSON", "$[0].kjennemerke", """[{"kjennemerke": 12}]""")]
    [InlineData("POST", "bulk/kuid", "TOM_LISTE", "Listen", "[]")]
    [InlineData("POST", "bulk/kuid", "FOR_MANGE_ELEMENTER", "101", "many")]
    public async Task ParameterFaultIs400InSvvShapeNamingTheParameter(string metode, string sti, string kode, string nevner, string? kropp = null)
    {
        using var klient = new Svvklient(register.Server);
        kropp = kropp == "many" ? "[" + string.Join(",", Enumerable.Repeat("""{"kuid": "1"}""", 101)) + "]" : kropp;

        var feil = await Svvklient.FeilAsync(await klient.SendAsync(new HttpMethod(metode), Utfyll(sti), kropp), HttpStatusCode.BadRequest);

        Assert.Equal(kode, feil.Kode);
        Assert.Contains(nevner, feil.Beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocumentListsTheSvvPathsUnderTheirOwnTag()
    {
        using var http = register.Server.CreateClient();

        var dokument = await Svar.JsonAsync(await http.GetAsync(new Uri("/openapi/svv-testdobbel.json", UriKind.Relative)));

        var sti = dokument.GetProperty("paths").GetProperty(Svvklient.Basissti + "sok/fodselsnummer");
        Assert.Equal("SVV v2.0 (testdobbel)", sti.GetProperty("get").GetProperty("tags")[0].GetString());
        Assert.True(sti.GetProperty("get").GetProperty("responses").TryGetProperty("400", out _));
    }
}
