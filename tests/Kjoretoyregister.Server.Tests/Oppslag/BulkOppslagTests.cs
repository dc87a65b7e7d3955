using System.Net;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Oppslag;

/// <summary>The lookups over real HTTP, the same tests on each engine (<see cref="PaSqlite"/>, <see cref="PaPostgres"/>).</summary>
public abstract class BulkOppslagTests(ServerFabrikk server)
{
    private ServerFabrikk Server { get; } = server;

    public sealed class PaSqlite(TomtRegister fixture) : BulkOppslagTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : BulkOppslagTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    [Fact]
    public async Task KjennemerkeReturnsVehicleWithOwnersFodselsnummer()
    {
        using var klient = new Fiksklient(Server);
        var bil = Kjoretoydata.Ny();
        klient.Importer(bil.Linje());

        var svar = await Svar.JsonAsync(await klient.KjennemerkerAsync($$"""[{"kjennemerke": "{{bil.Kjennemerke}}"}]"""));

        var kjoretoy = Assert.Single(svar.EnumerateArray()).GetProperty("kjoretoy");
        Assert.Equal(bil.Kuid, kjoretoy.GetProperty("kjoretoyId").GetProperty("kuid").GetString());
        Assert.Equal(bil.Fnr, kjoretoy.GetProperty("eierskap").GetProperty("eier").GetProperty("person").GetProperty("fodselsnummer").GetString());
    }

    [Fact]
    public async Task AnswerIsByteForByteTheRegistersSvvJson()
    {
        using var klient = new Fiksklient(Server);
        var bil = Kjoretoydata.Ny();
        klient.Importer(bil.Linje());
        var dtg = DateTimeOffset.Parse("2024-05-01T12:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture);
        var forventet = System.Text.Json.JsonSerializer.Serialize(
            [await Server.Tjeneste<Register.RegisterDatabase>().Oppslag.SlaOppKjennemerkeAsync(Contracts.Kjennemerke.Parse(bil.Kjennemerke), dtg)],
            Contracts.Json.KontraktJsonContext.Kompakt.IReadOnlyListKjoretoyResponse);

        using var svar = await klient.KjennemerkerAsync($$"""[{"kjennemerke": "{{bil.Kjennemerke}}", "dtg": "2024-05-01T12:00:00+02:00"}]""");

        Assert.Equal(forventet, await svar.Content.ReadAsStringAsync());
        Assert.Contains("\"fomTidspunkt\":\"2020-01-01T00:00:00.000+01:00\"", forventet, StringComparison.Ordinal);
        Assert.DoesNotContain("null", forventet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkAnswersInRequestOrderWithUnknownAndInvalidItemsInTheirPlace()
    {
        using var klient = new Fiksklient(Server);
        var bil = Kjoretoydata.Ny();
        klient.Importer(bil.Linje());

        var svar = await Svar.JsonAsync(await klient.KjennemerkerAsync($$"""
            [{"kjennemerke": "ZZ 99999"}, {"kjennemerke": "{{bil.Kjennemerke}}"}, {"kjennemerke": "!!"},
             {"kjennemerke": "{{bil.Kjennemerke}}", "dtg": "ikke en tid"}, {"dtg": "2021-01-01T00:00:00Z"}]
            """));

        var koder = svar.EnumerateArray().Select(s => s.GetProperty("responskoder").EnumerateArray().Select(k => k.GetProperty("kode").GetString()).FirstOrDefault()).ToList();
        Assert.Equal(["KJENNEMERKE_UKJENT", null, "UGYLDIG_KJENNEMERKE", "UGYLDIG_DTG", "UGYLDIG_KJENNEMERKE"], koder);
        Assert.Equal(bil.Kuid, svar[1].GetProperty("kjoretoy").GetProperty("kjoretoyId").GetProperty("kuid").GetString());
    }

    [Fact]
    public async Task KjennemerkeAtTimeBeforeRegistrationIsUnknown()
    {
        using var klient = new Fiksklient(Server);
        var bil = Kjoretoydata.Ny();
        klient.Importer(bil.Linje());

        var svar = await Svar.JsonAsync(await klient.KjennemerkerAsync($$"""[{"kjennemerke": "{{bil.Kjennemerke}}", "dtg": "2019-06-01T12:00:00+02:00"}]"""));

        Assert.Equal("KJENNEMERKE_UKJENT", svar[0].GetProperty("responskoder")[0].GetProperty("kode").GetString());
    }

    [Fact]
    public async Task KuidReturnsVehicle()
    {
        using var klient = new Fiksklient(Server);
        var bil = Kjoretoydata.Ny();
        klient.Importer(bil.Linje());

        var svar = await Svar.JsonAsync(await klient.SendAsync(HttpMethod.Post, klient.SvvSti("bulk/kuid"), $$"""[{"kuid": "{{bil.Kuid}}"}, {"kuid": "x"}]"""));

        Assert.Equal(bil.Kjennemerke, svar[0].GetProperty("kjoretoy").GetProperty("kjoretoyId").GetProperty("kjennemerke").GetString());
        Assert.Equal("UGYLDIG_KUID", svar[1].GetProperty("responskoder")[0].GetProperty("kode").GetString());
    }

    [Theory]
    [InlineData("[]", "TOM_LISTE")]
    [InlineData("[{\"kjennemerke\": ", "UGYLDIG_JSON")]
    [InlineData("{\"kjennemerke\": \"AB12345\"}", "UGYLDIG_JSON")]
    [InlineData("[{\"kjennemerke\": 12345}]", "UGYLDIG_JSON")]
    [InlineData("[null]", "UGYLDIG_JSON")]
    [InlineData("null", "UGYLDIG_JSON")]
    [InlineData("", "UGYLDIG_JSON")]
    public async Task MalformedBodyIs400WithErrorCode(string kropp, string feilkode)
    {
        using var klient = new Fiksklient(Server);

        var feil = await Svar.FeilAsync(await klient.KjennemerkerAsync(kropp), HttpStatusCode.BadRequest);

        Assert.Equal(feilkode, feil.ErrorCode);
    }

    [Fact]
    public async Task WrongTypeNamesTheField()
    {
        using var klient = new Fiksklient(Server);

        var feil = await Svar.FeilAsync(await klient.KjennemerkerAsync("[{\"kjennemerke\": \"AB12345\"}, {\"kjennemerke\": true}]"), HttpStatusCode.BadRequest);

        Assert.Contains("$[1].kjennemerke", feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HundredAndOneItemsIs400ForMangeElementer()
    {
        using var klient = new Fiksklient(Server);
        var liste = "[" + string.Join(",", Enumerable.Repeat("{\"kjennemerke\": \"AB12345\"}", 101)) + "]";

        var feil = await Svar.FeilAsync(await klient.KjennemerkerAsync(liste), HttpStatusCode.BadRequest);

        Assert.Equal("FOR_MANGE_ELEMENTER", feil.ErrorCode);
    }

    [Fact]
    public async Task HundredItemsAreAnswered()
    {
        using var klient = new Fiksklient(Server);
        var liste = "[" + string.Join(",", Enumerable.Range(0, 100).Select(i => $"{{\"kjennemerke\": \"AB{10000 + i}\"}}")) + "]";

        var svar = await Svar.JsonAsync(await klient.KjennemerkerAsync(liste));

        Assert.Equal(100, svar.GetArrayLength());
    }

    [Fact]
    public async Task BodyOverTheLimitIs413BeforeParsing()
    {
        using var klient = new Fiksklient(Server);
        var stor = "[" + new string(' ', 200 * 1024) + "]";

        var feil = await Svar.FeilAsync(await klient.KjennemerkerAsync(stor), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal("FOR_STOR_FORESPORSEL", feil.ErrorCode);
    }

    [Fact]
    public async Task ChunkedBodyWithoutLengthIsCutOffAtTheLimitWith413()
    {
        using var klient = new Fiksklient(Server);
        using var stromt = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("[" + new string(' ', 100 * 1024) + "]")));
        stromt.Headers.ContentType = new("application/json");

        var feil = await Svar.FeilAsync(await klient.SendAsync(HttpMethod.Post, klient.SvvSti("bulk/kjennemerke"), stromt), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal("FOR_STOR_FORESPORSEL", feil.ErrorCode);
    }

    [Fact]
    public async Task BodyThatIsNotJsonIs415()
    {
        using var klient = new Fiksklient(Server);
        using var skjema = new StringContent("kjennemerke=AB12345", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        var feil = await Svar.FeilAsync(await klient.SendAsync(HttpMethod.Post, klient.SvvSti("bulk/kjennemerke"), skjema), HttpStatusCode.UnsupportedMediaType);

        Assert.Equal("UGYLDIG_INNHOLDSTYPE", feil.ErrorCode);
    }

    [Fact]
    public async Task FiksOrgIdThatIsNotAUuidIs400()
    {
        using var klient = new Fiksklient(Server);

        var feil = await Svar.FeilAsync(
            await klient.SendAsync(HttpMethod.Post, "/kjoretoyregister/api/ikke-en-uuid/rest/distribusjon/kjoretoy/v2.0/bulk/kjennemerke", "[]"),
            HttpStatusCode.BadRequest);

        Assert.Equal("UGYLDIG_FIKS_ORG_ID", feil.ErrorCode);
    }

    [Fact]
    public async Task UnknownPathIs404AndWrongMethodIs405WithFiksBodies()
    {
        using var klient = new Fiksklient(Server);

        var ukjent = await Svar.FeilAsync(await klient.Http.GetAsync(new Uri("/kjoretoyregister/finnes-ikke", UriKind.Relative)), HttpStatusCode.NotFound);
        var metode = await Svar.FeilAsync(await klient.Http.GetAsync(new Uri(klient.SvvSti("bulk/kjennemerke"), UriKind.Relative)), HttpStatusCode.MethodNotAllowed);

        Assert.Equal("IKKE_FUNNET", ukjent.ErrorCode);
        Assert.Equal("METODE_IKKE_TILLATT", metode.ErrorCode);
    }
}
