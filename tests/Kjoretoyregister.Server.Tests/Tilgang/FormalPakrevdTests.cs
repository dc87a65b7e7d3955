using System.Net;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tests.Forvaltning;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Tilgang;

/// <summary>
/// "Formål påkrevd" through the API: off by default (today's vendors keep working); when on, a lookup
/// without a purpose is FORMAL_MANGLER and one with a code outside its own organisation's catalogue is
/// FORMAL_UKJENT, each written to the audit log as invalid with its operation and key, and a code from the
/// catalogue is answered. Changes count from the next call. The same tests on each engine.
/// </summary>
public abstract class FormalPakrevdTests(ServerFabrikk server)
{
    public sealed class PaSqlite(TomtRegister fixture) : FormalPakrevdTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : FormalPakrevdTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    private const string Plate = """[{"kjennemerke": "AB12345"}]""";

    private IForvaltningStore Store => server.Tjeneste<IForvaltningStore>();

    [Fact]
    public async Task OffByDefaultALookupWithoutOrWithAnyPurposeIsAnswered()
    {
        using var klient = new Fiksklient(server);
        var kommune = await NyIntegrasjonAsync(klient);

        var uten = await kommune.SendAsync(klient, formal: null);
        var fritekst = await kommune.SendAsync(klient, formal: "Kontroll av parkering");

        Assert.False((await Store.HentIntegrasjonAsync(kommune.Id))!.FormalPakrevd);
        Assert.Equal(HttpStatusCode.OK, uten.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fritekst.StatusCode);
    }

    [Fact]
    public async Task RequiredAndMissingIsFormalManglerNamingTheHeaderAndAuditedAsInvalid()
    {
        using var klient = new Fiksklient(server);
        var kommune = await NyIntegrasjonAsync(klient, pakrevd: true);

        var uten = await kommune.SendAsync(klient, formal: null);
        var tom = await kommune.SendAsync(klient, formal: " ");

        foreach (var svar in new[] { uten, tom })
        {
            var feil = await Svar.FeilAsync(svar, HttpStatusCode.BadRequest);
            Assert.Equal("FORMAL_MANGLER", feil.ErrorCode);
            Assert.Contains("Formal", feil.Message, StringComparison.Ordinal);
        }

        var rader = await RaderAsync(kommune.Id);
        Assert.Equal(2, rader.Count);
        Assert.All(rader, r => Assert.Equal((Operasjoner.Kjennemerke, "", Utfall.Ugyldig), (r.Operasjon, r.Nokkel, r.Utfall)));
        Assert.All(rader, r => Assert.Empty(r.Kuider));
        Assert.All(rader, r => Assert.Equal(kommune.FiksOrgId, r.FiksOrgId));
    }

    [Fact]
    public async Task RequiredAndUnknownIsFormalUkjentAuditedWithThePurposeGiven()
    {
        using var klient = new Fiksklient(server);
        var kommune = await NyIntegrasjonAsync(klient, pakrevd: true);

        var svar = await kommune.SendAsync(klient, formal: "SKJENKEKONTROLL");
        var smaBokstaver = await kommune.SendAsync(klient, formal: "parkeringsgebyr");

        var feil = await Svar.FeilAsync(svar, HttpStatusCode.BadRequest);
        Assert.Equal("FORMAL_UKJENT", feil.ErrorCode);
        Assert.Contains("Formal", feil.Message, StringComparison.Ordinal);
        Assert.Equal("FORMAL_UKJENT", (await Svar.FeilAsync(smaBokstaver, HttpStatusCode.BadRequest)).ErrorCode);
        var rader = await RaderAsync(kommune.Id);
        Assert.Equal(["SKJENKEKONTROLL", "parkeringsgebyr"], rader.Select(r => r.Formal).Order(StringComparer.Ordinal));
        Assert.All(rader, r => Assert.Equal(Utfall.Ugyldig, r.Utfall));
    }

    [Fact]
    public async Task RequiredAndKnownIsAnsweredAndACatalogueChangeCountsFromTheNextCall()
    {
        using var klient = new Fiksklient(server);
        var kommune = await NyIntegrasjonAsync(klient, pakrevd: true);

        var kjent = await kommune.SendAsync(klient, formal: "PARKERINGSGEBYR");
        await Store.FjernFormalAsync(kommune.FiksOrgId, "PARKERINGSGEBYR");
        var fjernet = await kommune.SendAsync(klient, formal: "PARKERINGSGEBYR");
        await Store.LeggTilFormalAsync(kommune.FiksOrgId, new Formal("SKJENKEKONTROLL", "Skjenkekontroll"));
        var lagtTil = await kommune.SendAsync(klient, formal: "SKJENKEKONTROLL");
        await Store.SettFormalPakrevdAsync(kommune.Id, false);
        var avslatt = await kommune.SendAsync(klient, formal: null);

        Assert.Equal(HttpStatusCode.OK, kjent.StatusCode);
        Assert.Equal("FORMAL_UKJENT", (await Svar.FeilAsync(fjernet, HttpStatusCode.BadRequest)).ErrorCode);
        Assert.Equal(HttpStatusCode.OK, lagtTil.StatusCode);
        Assert.Equal(HttpStatusCode.OK, avslatt.StatusCode);
        var rader = await RaderAsync(kommune.Id);
        Assert.Contains(rader, r => r.Formal == "PARKERINGSGEBYR" && r.Utfall == Utfall.Ukjent && r.Nokkel == "AB12345");
        Assert.Contains(rader, r => r.Formal == "SKJENKEKONTROLL" && r.Utfall == Utfall.Ukjent);
    }

    [Fact]
    public async Task ACodeFromAnotherOrganisationsCatalogueIsUnknown()
    {
        using var klient = new Fiksklient(server);
        var kommune = await NyIntegrasjonAsync(klient, pakrevd: true);
        var annen = await NyIntegrasjonAsync(klient);
        await Store.LeggTilFormalAsync(annen.FiksOrgId, new Formal("BARE_ANNEN", "Finnes bare i den andre kommunen"));

        var svar = await kommune.SendAsync(klient, formal: "BARE_ANNEN");

        Assert.Equal("FORMAL_UKJENT", (await Svar.FeilAsync(svar, HttpStatusCode.BadRequest)).ErrorCode);
    }

    [Fact]
    public async Task AMalformedPurposeIsStillUgyldigFormal()
    {
        using var klient = new Fiksklient(server);
        var kommune = await NyIntegrasjonAsync(klient, pakrevd: true);

        var svar = await kommune.SendAsync(klient, formal: new string('A', 101));

        Assert.Equal("UGYLDIG_FORMAL", (await Svar.FeilAsync(svar, HttpStatusCode.BadRequest)).ErrorCode);
    }

    [Theory]
    [InlineData("understellsnummer")]
    [InlineData("eiernavn")]
    [InlineData("person")]
    [InlineData("organisasjon")]
    [InlineData("kuid")]
    public async Task EveryOperationAuditsItsRefusalWithItsNameAndTheKeyInTheUrl(string operasjon)
    {
        using var klient = new Fiksklient(server);
        var kommune = await NyIntegrasjonAsync(klient, pakrevd: true);
        var (metode, sti, kropp, nokkel) = operasjon switch
        {
            "understellsnummer" => (HttpMethod.Get, klient.SvvSti("bulk/understellsnummer/YV1AB12345C678901", kommune.FiksOrgId), null, "YV1AB12345C678901"),
            "eiernavn" => (HttpMethod.Get, klient.SvvSti("sok/eiernavn?navn=Nordmann", kommune.FiksOrgId), null, "Nordmann"),
            "person" => (HttpMethod.Post, klient.KsSti("person", kommune.FiksOrgId), """{"fnr": "01889012345"}""", ""),
            "organisasjon" => (HttpMethod.Post, klient.KsSti("organisasjon", kommune.FiksOrgId), """{"orgnr": "889640782"}""", ""),
            _ => (HttpMethod.Post, klient.SvvSti("bulk/kuid", kommune.FiksOrgId), """[{"kuid": "123"}]""", ""),
        };

        var svar = await klient.SendAsync(metode, sti, kropp, integrasjonId: kommune.Id.ToString(), passord: kommune.Passord);

        Assert.Equal("FORMAL_MANGLER", (await Svar.FeilAsync(svar, HttpStatusCode.BadRequest)).ErrorCode);
        var rad = Assert.Single(await RaderAsync(kommune.Id));
        Assert.Equal((operasjon, nokkel, Utfall.Ugyldig), (rad.Operasjon, rad.Nokkel, rad.Utfall));
        Assert.Empty(rad.Parter);
    }

    private async Task<List<LoggRad>> RaderAsync(Guid integrasjonId)
    {
        var rader = new List<LoggRad>();
        await foreach (var rad in server.Tjeneste<IOppslagsloggLeser>().SokAsync(new LoggFilter(IntegrasjonId: integrasjonId)))
        {
            rader.Add(rad.Rad);
        }

        return rader;
    }

    /// <summary>A new active kommune with an integration for the demo vendor (so the demo token fits it) that may search.</summary>
    private async Task<Kommune> NyIntegrasjonAsync(Fiksklient klient, bool pakrevd = false)
    {
        var kommune = await Fiksfil.AktivOrganisasjonAsync(Store);
        var passord = Integrasjonspassord.Generer();
        var integrasjon = await Store.OpprettIntegrasjonAsync(
            new NyIntegrasjon(kommune.FiksOrgId, "Test", Organisasjonsnummer.Parse(klient.Demo.Maskinporten.Orgnr), null, KanSoke: true), Integrasjonspassord.Hash(passord));
        if (pakrevd)
        {
            await Store.SettFormalPakrevdAsync(integrasjon.IntegrasjonId, true);
        }

        return new Kommune(integrasjon.IntegrasjonId, passord, kommune.FiksOrgId);
    }

    private sealed record Kommune(Guid Id, string Passord, Guid FiksOrgId)
    {
        public Task<HttpResponseMessage> SendAsync(Fiksklient klient, string? formal) =>
            klient.SendAsync(HttpMethod.Post, klient.SvvSti("bulk/kjennemerke", FiksOrgId), Plate, integrasjonId: Id.ToString(), passord: Passord, formal: formal);
    }
}
