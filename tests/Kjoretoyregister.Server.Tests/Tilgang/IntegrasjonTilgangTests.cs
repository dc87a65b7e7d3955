using System.Net;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Tests.Forvaltning;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Tilgang;

/// <summary>
/// Steps 2 and 3 of the chain from the attacker's side, and changes that take effect at once; the same
/// tests on each engine (<see cref="PaSqlite"/>, <see cref="PaPostgres"/>).
/// </summary>
public abstract class IntegrasjonTilgangTests(ServerFabrikk server)
{
    public sealed class PaSqlite(TomtRegister fixture) : IntegrasjonTilgangTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : IntegrasjonTilgangTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    private const string Plate = """[{"kjennemerke": "AB12345"}]""";

    private IForvaltningStore Store => server.Tjeneste<IForvaltningStore>();

    [Theory]
    [InlineData("feil passord")]
    [InlineData("ukjent integrasjon")]
    [InlineData("ikke en uuid")]
    [InlineData("uten IntegrasjonId")]
    [InlineData("uten passord")]
    public async Task BadIntegrationCredentialsAre401WithTheSameMessage(string variant)
    {
        using var klient = new Fiksklient(server);
        var (id, passord) = variant switch
        {
            "feil passord" => (klient.Demo.IntegrasjonId.ToString(), "feil-" + Guid.NewGuid()),
            "ukjent integrasjon" => (Guid.NewGuid().ToString(), klient.Demo.IntegrasjonPassord),
            "ikke en uuid" => ("12345", klient.Demo.IntegrasjonPassord),
            "uten IntegrasjonId" => (null, klient.Demo.IntegrasjonPassord),
            _ => (klient.Demo.IntegrasjonId.ToString(), null),
        };

        var svar = await klient.SendAsync(HttpMethod.Post, klient.SvvSti("bulk/kjennemerke"), Plate, integrasjonId: id, passord: passord);

        var feil = await Svar.FeilAsync(svar, HttpStatusCode.Unauthorized);
        Assert.Equal($"Autentisering feilet for integrasjon med id {id}", feil.Message);
        Assert.Equal("AUTENTISERING_FEILET", feil.ErrorCode);
    }

    [Fact]
    public async Task TokenOfAnotherOrganisationsClientIs401ForTheIntegration()
    {
        using var klient = new Fiksklient(server);
        var (klientId, nokkel) = await Maskinportenklienter.RegistrerAsync(server, Organisasjonsnummer.Parse(Register.Tests.Testdata.Syntetiske.Orgnr(777)));
        var token = await klient.TokenAsync(klientId, nokkel);

        var feil = await Svar.FeilAsync(await klient.KjennemerkerAsync(Plate, token), HttpStatusCode.Unauthorized);

        Assert.Equal("AUTENTISERING_FEILET", feil.ErrorCode);
    }

    [Fact]
    public async Task AnotherMunicipalitysFiksOrgIdIs403()
    {
        using var klient = new Fiksklient(server);
        var annen = await Store.OpprettOrganisasjonAsync("Annen kommune", Organisasjonsnummer.Parse(Register.Tests.Testdata.Syntetiske.Orgnr(778)));
        await Store.SettAvtalerAsync(annen.FiksOrgId, Fiksfil.Signert);
        await Store.SettKjoretoyregisterAktivertAsync(annen.FiksOrgId, true);

        var svar = await klient.SendAsync(HttpMethod.Post, klient.SvvSti("bulk/kjennemerke", annen.FiksOrgId), Plate);

        var feil = await Svar.FeilAsync(svar, HttpStatusCode.Forbidden);
        Assert.Equal("Mangler tilgang", feil.Message);
    }

    [Fact]
    public async Task AnotherMunicipalitysIntegrationCannotSearchThisMunicipality()
    {
        using var klient = new Fiksklient(server);
        var (annenId, annetPassord, _) = await NyIntegrasjonAsync(klient, aktivert: true, kanSoke: true);

        var svar = await klient.SendAsync(HttpMethod.Post, klient.SvvSti("bulk/kjennemerke"), Plate, integrasjonId: annenId.ToString(), passord: annetPassord);

        Assert.Equal("MANGLER_TILGANG", (await Svar.FeilAsync(svar, HttpStatusCode.Forbidden)).ErrorCode);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task ServiceNotActivatedOrRightNotGrantedIs403UntilGrantedThen200(bool aktivert, bool kanSoke)
    {
        using var klient = new Fiksklient(server);
        var (id, passord, orgId) = await NyIntegrasjonAsync(klient, aktivert, kanSoke);
        var sti = klient.SvvSti("bulk/kjennemerke", orgId);

        var for_ = await klient.SendAsync(HttpMethod.Post, sti, Plate, integrasjonId: id.ToString(), passord: passord);
        await Store.SettKjoretoyregisterAktivertAsync(orgId, true);
        await Store.SettKanSokeAsync(id, true);
        var etter = await klient.SendAsync(HttpMethod.Post, sti, Plate, integrasjonId: id.ToString(), passord: passord);

        await Svar.FeilAsync(for_, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, etter.StatusCode);
    }

    [Fact]
    public async Task PasswordChangeAndDeletionStopCallsAtOnce()
    {
        using var klient = new Fiksklient(server);
        var (id, passord, orgId) = await NyIntegrasjonAsync(klient, aktivert: true, kanSoke: true);
        var sti = klient.SvvSti("bulk/kjennemerke", orgId);
        var token = await klient.TokenAsync();
        var forst = await klient.SendAsync(HttpMethod.Post, sti, Plate, token, id.ToString(), passord);

        var nytt = Integrasjonspassord.Generer();
        await Store.ByttPassordhashAsync(id, Integrasjonspassord.Hash(nytt));
        var gammelt = await klient.SendAsync(HttpMethod.Post, sti, Plate, token, id.ToString(), passord);
        var medNytt = await klient.SendAsync(HttpMethod.Post, sti, Plate, token, id.ToString(), nytt);
        await Store.SlettIntegrasjonAsync(id);
        var slettet = await klient.SendAsync(HttpMethod.Post, sti, Plate, token, id.ToString(), nytt);

        Assert.Equal(HttpStatusCode.OK, forst.StatusCode);
        await Svar.FeilAsync(gammelt, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, medNytt.StatusCode);
        await Svar.FeilAsync(slettet, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task WrongPasswordsInALoopAreSlowedWith429WhileTheVerifiedPasswordKeepsWorking()
    {
        using var klient = new Fiksklient(server);
        var (id, passord, orgId) = await NyIntegrasjonAsync(klient, aktivert: true, kanSoke: true);
        var sti = klient.SvvSti("bulk/kjennemerke", orgId);
        var token = await klient.TokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await klient.SendAsync(HttpMethod.Post, sti, Plate, token, id.ToString(), passord)).StatusCode);

        var statuser = new List<HttpStatusCode>();
        HttpResponseMessage? sperret = null;
        for (var i = 0; i < 10; i++)
        {
            var svar = await klient.SendAsync(HttpMethod.Post, sti, Plate, token, id.ToString(), "gjett-" + i);
            statuser.Add(svar.StatusCode);
            sperret ??= svar.StatusCode == HttpStatusCode.TooManyRequests ? svar : null;
        }

        var riktig = await klient.SendAsync(HttpMethod.Post, sti, Plate, token, id.ToString(), passord);

        Assert.All(statuser.Take(5), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Contains(HttpStatusCode.TooManyRequests, statuser.Skip(5));
        Assert.NotNull(sperret);
        Assert.Equal("FOR_MANGE_FORSOK", (await Svar.FeilAsync(sperret, HttpStatusCode.TooManyRequests)).ErrorCode);
        Assert.InRange(sperret.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal(HttpStatusCode.OK, riktig.StatusCode);
    }

    /// <summary>A new kommune (agreements signed) with an integration for the demo vendor (so the demo token fits it).</summary>
    private async Task<(Guid Id, string Passord, Guid FiksOrgId)> NyIntegrasjonAsync(Fiksklient klient, bool aktivert, bool kanSoke)
    {
        var kommune = await Store.OpprettOrganisasjonAsync("Testkommune", Testdata.Unike.Orgnr());
        await Store.SettAvtalerAsync(kommune.FiksOrgId, Fiksfil.Signert);
        await Store.SettKjoretoyregisterAktivertAsync(kommune.FiksOrgId, aktivert);
        var passord = Integrasjonspassord.Generer();
        var integrasjon = await Store.OpprettIntegrasjonAsync(
            new NyIntegrasjon(kommune.FiksOrgId, "Test", Organisasjonsnummer.Parse(klient.Demo.Maskinporten.Orgnr), null, kanSoke), Integrasjonspassord.Hash(passord));
        return (integrasjon.IntegrasjonId, passord, kommune.FiksOrgId);
    }
}
