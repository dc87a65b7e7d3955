using System.Net;
using System.Text.Json;
using Kjoretoyregister.Register;
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
    public void PrintedExampleNamesTheAddressTheOrganisationTheIntegrationAndAPlate()
    {
        var demo = new DemoKonfig("http://localhost:5080", Guid.NewGuid(), Guid.NewGuid(), "hemmelig",
            new DemoMaskinporten("http://localhost:5080/maskinporten/", "http://localhost:5080/maskinporten/token", "demo-leverandor", "910000004", "ks:fiks", JsonDocument.Parse("{}").RootElement));

        var tekst = Demotekst.Lag(demo, Path.Combine(Environment.CurrentDirectory, "data", "demo.json"), Path.Combine(Environment.CurrentDirectory, "data"), "AB 12345");

        Assert.Contains($"http://localhost:5080/kjoretoyregister/api/{demo.FiksOrgId}/rest/distribusjon/kjoretoy/v2.0/bulk/kjennemerke", tekst, StringComparison.Ordinal);
        Assert.Contains($"IntegrasjonId: {demo.IntegrasjonId}", tekst, StringComparison.Ordinal);
        Assert.Contains("token --konfig " + Path.Combine("data", "demo.json"), tekst, StringComparison.Ordinal);
        Assert.Contains("\"kjennemerke\": \"AB 12345\"", tekst, StringComparison.Ordinal);
    }
}
