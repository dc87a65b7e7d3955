using System.Net;
using System.Text.Json;
using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Oppstart;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Oppstart;

/// <summary>The embedded default's first and second start (CONTRACT.md §7).</summary>
public sealed class DemoOppstartTests
{
    [Fact]
    public async Task FirstStartSeedsARegisterAndWritesDemoJsonWithWhichAVendorLooksUpAPlate()
    {
        using var server = new ServerFabrikk();
        using var klient = new Fiksklient(server);
        var kjennemerke = await DemoRegister.EksempelkjennemerkeAsync(server.Tjeneste<RegisterDatabase>().Oppslag, CancellationToken.None);

        var svar = await Svar.JsonAsync(await klient.KjennemerkerAsync($$"""[{"kjennemerke": "{{kjennemerke}}"}]"""));

        var adresse = server.Adresse.ToString().TrimEnd('/');
        Assert.Equal(adresse, klient.Demo.BaseUrl);
        Assert.Equal(adresse + "/maskinporten/", klient.Demo.Maskinporten.Issuer);
        Assert.Equal(adresse + "/maskinporten/token", klient.Demo.Maskinporten.TokenEndpoint);
        Assert.Equal("ks:fiks", klient.Demo.Maskinporten.Scope);
        Assert.True(klient.Demo.Maskinporten.Jwk.TryGetProperty("d", out _), "demo.json har klientens private nøkkel");
        var eier = svar[0].GetProperty("kjoretoy").GetProperty("eierskap").GetProperty("eier").GetProperty("person");
        Assert.Matches("^[0-9]{11}$", eier.GetProperty("fodselsnummer").GetString());
    }

    [Fact]
    public async Task FirstStartCreatesBothForvaltningAccountsAndADemoKommuneThatNeedsNoWizard()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var klient = new Fiksklient(server);
        var brukere = server.Tjeneste<IBrukerStore>();
        var store = server.Tjeneste<IForvaltningStore>();

        var lokal = await brukere.HentAsync(klient.Demo.Forvaltning!.Brukernavn);
        var ks = await brukere.HentAsync(klient.Demo.KsAdministrator!.Brukernavn);
        var detaljer = await store.HentDetaljerAsync(klient.Demo.FiksOrgId);

        Assert.Equal(("demo-admin", "Demo Administrator", false), (lokal!.Brukernavn, lokal.Navn, lokal.KsAdministrator));
        Assert.Equal([klient.Demo.FiksOrgId], lokal.Organisasjoner);
        Assert.Equal(("demo-ks", "Demo KS-administrator", true), (ks!.Brukernavn, ks.Navn, ks.KsAdministrator));
        Assert.True(await PassordetVirkerAsync(brukere, klient.Demo.Forvaltning), "demo.json har den lokale administratorens passord");
        Assert.True(await PassordetVirkerAsync(brukere, klient.Demo.KsAdministrator), "demo.json har KS-administratorens passord");
        Assert.True(await PassordetVirkerAsync(brukere, klient.Demo.Saksbehandler!), "demo.json har saksbehandlerens passord");
        var opprettet = DateOnly.FromDateTime(Contracts.NorskTid.TilNorskTid(detaljer!.Organisasjon.Opprettet).DateTime);
        Assert.Equal(new Avtaler(opprettet, opprettet), detaljer.Avtaler);
        Assert.True(detaljer.Organisasjon.KjoretoyregisterAktivert);
        Assert.Equal(new Fakturering(DemoData.Fakturaadresse, "Demo", DemoOppsett.KommuneOrgnr), detaljer.Fakturering);
        Assert.Equal([DemoData.Demotariff], await store.ListTariffAsync());
        Assert.All(await server.Tjeneste<IEndringslogg>().ListAsync(null, 0, 100), e => Assert.Equal("system", e.Utfortav));
    }

    [Fact]
    public async Task FirstStartCreatesTheDemoSaksbehandlerWithTheRoleOppslagInTheDemoKommuneOnly()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var klient = new Fiksklient(server);

        var saksbehandler = await server.Tjeneste<IBrukerStore>().HentAsync(klient.Demo.Saksbehandler!.Brukernavn);

        Assert.Equal(("demo-saksbehandler", false), (saksbehandler!.Brukernavn, saksbehandler.KsAdministrator));
        Assert.Equal([klient.Demo.FiksOrgId], saksbehandler.Oppslag);
        Assert.Empty(saksbehandler.Organisasjoner);
    }

    [Fact]
    public async Task WhenDemoJsonIsLostTheAccountsKeepTheirRolesAndGetNewPasswordsWrittenToIt()
    {
        var katalog = Path.Combine(Path.GetTempPath(), "kjoretoyregister-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            DemoKonfig forste;
            using (var server = new ServerFabrikk(katalog))
            {
                server.Konfig["Demo:AntallKjoretoy"] = "0";
                forste = new Fiksklient(server).Demo;
            }

            File.Delete(Path.Combine(katalog, DemoOppsett.Filnavn));
            using var igjen = new ServerFabrikk(katalog);
            igjen.Konfig["Demo:AntallKjoretoy"] = "0";
            using var klient = new Fiksklient(igjen);
            var brukere = igjen.Tjeneste<IBrukerStore>();

            Assert.Equal(forste.FiksOrgId, klient.Demo.FiksOrgId);
            Assert.Equal(forste.Forvaltning!.Brukernavn, klient.Demo.Forvaltning!.Brukernavn);
            Assert.NotEqual(forste.Forvaltning.Passord, klient.Demo.Forvaltning.Passord);
            Assert.NotEqual(forste.KsAdministrator!.Passord, klient.Demo.KsAdministrator!.Passord);
            Assert.True(await PassordetVirkerAsync(brukere, klient.Demo.Forvaltning));
            Assert.True(await PassordetVirkerAsync(brukere, klient.Demo.KsAdministrator));
            Assert.False(await PassordetVirkerAsync(brukere, forste.Forvaltning));
            Assert.Equal(["demo-admin", "demo-ks", "demo-saksbehandler"], (await brukere.ListAsync()).Select(b => b.Brukernavn).Order(StringComparer.Ordinal));
            Assert.True((await brukere.HentAsync("demo-saksbehandler"))!.HarOppslag(klient.Demo.FiksOrgId));
            Assert.True((await brukere.HentAsync("demo-admin"))!.Administrerer(klient.Demo.FiksOrgId));
            Assert.Single(await igjen.Tjeneste<IForvaltningStore>().ListTariffAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(katalog, recursive: true);
        }
    }

    [Fact]
    public async Task SecondStartReusesTheRegisterTheIntegrationAndTheClient()
    {
        var katalog = Path.Combine(Path.GetTempPath(), "kjoretoyregister-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            DemoKonfig forste;
            using (var server = new ServerFabrikk(katalog))
            {
                forste = new Fiksklient(server).Demo;
            }

            using var igjen = new ServerFabrikk(katalog);
            igjen.Konfig["Demo:AntallKjoretoy"] = "500";
            using var klient = new Fiksklient(igjen);

            Assert.Equal(forste.FiksOrgId, klient.Demo.FiksOrgId);
            Assert.Equal(forste.IntegrasjonId, klient.Demo.IntegrasjonId);
            Assert.Equal(forste.IntegrasjonPassord, klient.Demo.IntegrasjonPassord);
            Assert.Equal(forste.Maskinporten.Jwk.GetProperty("kid").GetString(), klient.Demo.Maskinporten.Jwk.GetProperty("kid").GetString());
            Assert.Equal(forste.Forvaltning, klient.Demo.Forvaltning);
            Assert.Equal(forste.KsAdministrator, klient.Demo.KsAdministrator);
            Assert.NotEqual(forste.BaseUrl, klient.Demo.BaseUrl);
            Assert.Equal(HttpStatusCode.OK, (await klient.KjennemerkerAsync("""[{"kjennemerke": "AB12345"}]""")).StatusCode);
            var kuid = await igjen.Tjeneste<RegisterDatabase>().Oppslag.SlaOppKuidAsync(Contracts.Kuid.Parse("1000000300"), null);
            Assert.False(kuid.ErTreff, "andre oppstart skal ikke importere et nytt demoregister");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(katalog, recursive: true);
        }
    }

    [Fact]
    public void PrintedExampleNamesTheAddressTheOrganisationTheIntegrationAPlateAndTheForvaltningLogin()
    {
        var demo = new DemoKonfig("http://localhost:5080", Guid.NewGuid(), Guid.NewGuid(), "hemmelig",
            new DemoMaskinporten("http://localhost:5080/maskinporten/", "http://localhost:5080/maskinporten/token", "demo-leverandor", "910000004", "ks:fiks", JsonDocument.Parse("{}").RootElement),
            new DemoBruker("demo-admin", "lokalt-passord"), new DemoBruker("demo-ks", "ks-passord"), new DemoBruker("demo-saksbehandler", "sb-passord"));

        var tekst = Demotekst.Lag(demo, Path.Combine(Environment.CurrentDirectory, "data", "demo.json"), Path.Combine(Environment.CurrentDirectory, "data"), "AB 12345");

        Assert.Contains($"http://localhost:5080/kjoretoyregister/api/{demo.FiksOrgId}/rest/distribusjon/kjoretoy/v2.0/bulk/kjennemerke", tekst, StringComparison.Ordinal);
        Assert.Contains($"IntegrasjonId: {demo.IntegrasjonId}", tekst, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/Kjoretoyregister.Client.Cli -- token --konfig " + Path.Combine("data", "demo.json"), tekst, StringComparison.Ordinal);
        Assert.Contains("\"kjennemerke\": \"AB 12345\"", tekst, StringComparison.Ordinal);
        Assert.Contains("http://localhost:5080/forvaltning", tekst, StringComparison.Ordinal);
        Assert.Contains("brukernavn demo-admin, passord lokalt-passord", tekst, StringComparison.Ordinal);
        Assert.Contains("http://localhost:5080/forvaltning/oppslag, brukernavn demo-saksbehandler, passord sb-passord (demopassord)", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("ks-passord", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public void DemoJsonNamesTheLokalAdministratorForvaltningAndTheKsAdministratorKsAdministrator()
    {
        var demo = new DemoKonfig("http://localhost:5080", Guid.NewGuid(), Guid.NewGuid(), "hemmelig",
            new DemoMaskinporten("", "", "demo-leverandor", "910000004", "ks:fiks", JsonDocument.Parse("{}").RootElement),
            new DemoBruker("demo-admin", "a"), new DemoBruker("demo-ks", "b"));

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(demo, DemoJsonContext.Default.DemoKonfig));

        Assert.Equal("demo-admin", json.RootElement.GetProperty("forvaltning").GetProperty("brukernavn").GetString());
        Assert.Equal("a", json.RootElement.GetProperty("forvaltning").GetProperty("passord").GetString());
        Assert.Equal("demo-ks", json.RootElement.GetProperty("ksAdministrator").GetProperty("brukernavn").GetString());
        Assert.Equal("b", json.RootElement.GetProperty("ksAdministrator").GetProperty("passord").GetString());
    }

    private static async Task<bool> PassordetVirkerAsync(IBrukerStore brukere, DemoBruker demo) =>
        await brukere.HentInnloggingAsync(demo.Brukernavn) is { } innlogging && Integrasjonspassord.Verifiser(demo.Passord, innlogging.Passordhash);
}
