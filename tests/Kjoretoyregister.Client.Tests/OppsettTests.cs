using Kjoretoyregister.Client.Maskinporten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Client.Tests;

/// <summary>Options that cannot work stop the program at start with a message naming the setting, not with a 401 later.</summary>
public sealed class OppsettTests : IDisposable
{
    private readonly string mappe = Directory.CreateTempSubdirectory("kjoretoyregister-oppsett-").FullName;

    private static readonly Dictionary<string, string?> Gyldig = new()
    {
        ["Kjoretoyregister:BaseUrl"] = "http://127.0.0.1:5080",
        ["Kjoretoyregister:FiksOrgId"] = "be6861b0-f214-4a3c-a9a7-b192f9faa46d",
        ["Kjoretoyregister:IntegrasjonId"] = "340d0580-c196-4616-a48c-2e608d4d40b3",
        ["Kjoretoyregister:IntegrasjonPassord"] = "et-passord-fra-kommunen",
        ["Kjoretoyregister:Maskinporten:Issuer"] = "http://127.0.0.1:5080/maskinporten/",
        ["Kjoretoyregister:Maskinporten:ClientId"] = "leverandor",
        ["Kjoretoyregister:Maskinporten:Jwk"] = System.Text.Json.JsonSerializer.Serialize(Kjoretoyregister.Server.Tests.Testdata.Assertion.NyRsaNokkel()),
    };

    [Fact]
    public async Task ValidSettingsStart()
    {
        using var vert = Vert([]);

        await vert.StartAsync();

        Assert.NotNull(vert.Services.GetRequiredService<KjoretoyregisterClient>());
        await vert.StopAsync();
    }

    [Fact]
    public async Task MissingPasswordStopsTheStartNamingIt()
    {
        using var vert = Vert(new() { ["Kjoretoyregister:IntegrasjonPassord"] = null });

        var feil = await Assert.ThrowsAsync<OptionsValidationException>(() => vert.StartAsync());

        Assert.Contains("IntegrasjonPassord: mangler", feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CertificateFileThatDoesNotExistStopsTheStartNamingIt()
    {
        using var vert = Vert(new()
        {
            ["Kjoretoyregister:Maskinporten:Jwk"] = null,
            ["Kjoretoyregister:Maskinporten:SertifikatFil"] = Path.Combine(mappe, "finnes-ikke.p12"),
        });

        var feil = await Assert.ThrowsAsync<OptionsValidationException>(() => vert.StartAsync());

        Assert.Contains("SertifikatFil", feil.Message, StringComparison.Ordinal);
        Assert.Contains("finnes-ikke.p12", feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CertificateWithTheWrongPasswordStopsTheStart()
    {
        using var sertifikat = Kjoretoyregister.Server.Tests.Testdata.Assertion.NyttSertifikat();
        var fil = Path.Combine(mappe, "virksomhet.p12");
        await File.WriteAllBytesAsync(fil, sertifikat.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pkcs12, "riktig"));
        using var vert = Vert(new()
        {
            ["Kjoretoyregister:Maskinporten:Jwk"] = null,
            ["Kjoretoyregister:Maskinporten:SertifikatFil"] = fil,
            ["Kjoretoyregister:Maskinporten:SertifikatPassord"] = "galt",
        });

        var feil = await Assert.ThrowsAsync<OptionsValidationException>(() => vert.StartAsync());

        Assert.Contains("SertifikatPassord", feil.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kjoretoyregister:BaseUrl", "ftp://api.fiks.ks.no", "BaseUrl")]
    [InlineData("Kjoretoyregister:Miljo", "Staging", "Miljo")]
    [InlineData("Kjoretoyregister:Maskinporten:ClientId", "", "ClientId")]
    [InlineData("Kjoretoyregister:Maskinporten:AssertionLevetidSekunder", "121", "AssertionLevetidSekunder")]
    [InlineData("Kjoretoyregister:Maskinporten:PemFil", "/etc/hostname", "bare én nøkkel")]
    [InlineData("Kjoretoyregister:Maskinporten:Jwk", "{\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"}", "privat RSA-nøkkel")]
    public async Task EachBadSettingIsNamed(string nokkel, string verdi, string navnet)
    {
        using var vert = Vert(new() { [nokkel] = verdi });

        var feil = await Assert.ThrowsAsync<OptionsValidationException>(() => vert.StartAsync());

        Assert.Contains(navnet, feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnTokenProviderStartsWithoutMaskinportenSettingsButStillNeedsThePassword()
    {
        var uten = new Dictionary<string, string?> { ["Kjoretoyregister:Maskinporten:ClientId"] = "", ["Kjoretoyregister:Maskinporten:Jwk"] = null };
        using var gyldig = Vert(uten, egenTokenProvider: true);
        using var utenPassord = Vert(new(uten) { ["Kjoretoyregister:IntegrasjonPassord"] = null }, egenTokenProvider: true);

        await gyldig.StartAsync();
        var feil = await Assert.ThrowsAsync<OptionsValidationException>(() => utenPassord.StartAsync());

        Assert.IsType<FastToken>(gyldig.Services.GetRequiredService<IMaskinportenTokenProvider>());
        Assert.NotNull(gyldig.Services.GetRequiredService<KjoretoyregisterClient>());
        Assert.Contains("IntegrasjonPassord: mangler", feil.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Maskinporten", feil.Message, StringComparison.Ordinal);
        await gyldig.StopAsync();
    }

    [Fact]
    public void WithoutAHostTheClientRefusesToBeMadeFromBadSettings()
    {
        var konfig = new ConfigurationBuilder().AddInMemoryCollection(Gyldig).AddInMemoryCollection(new Dictionary<string, string?> { ["Kjoretoyregister:IntegrasjonId"] = null }).Build();
        using var tjenester = new ServiceCollection().AddKjoretoyregisterClient(konfig.GetSection("Kjoretoyregister")).Services.BuildServiceProvider();

        var feil = Assert.Throws<OptionsValidationException>(() => tjenester.GetRequiredService<KjoretoyregisterClient>());

        Assert.Contains("IntegrasjonId", feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IdThatIsNotAUuidIsRefusedNamingTheSetting()
    {
        var konfig = new ConfigurationBuilder().AddInMemoryCollection(Gyldig).AddInMemoryCollection(new Dictionary<string, string?> { ["Kjoretoyregister:FiksOrgId"] = "kommune-1" }).Build();
        using var tjenester = new ServiceCollection().AddKjoretoyregisterClient(konfig.GetSection("Kjoretoyregister")).Services.BuildServiceProvider();

        var feil = Assert.Throws<InvalidOperationException>(() => tjenester.GetRequiredService<KjoretoyregisterClient>());

        Assert.Contains("Kjoretoyregister:FiksOrgId", feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PresetsNameKsAndDigdirsHosts()
    {
        var produksjon = new KjoretoyregisterOptions { Miljo = "Produksjon", Maskinporten = new MaskinportenTokenOptions { Miljo = "Produksjon" } };
        var test = new KjoretoyregisterOptions { Miljo = "test", Maskinporten = new MaskinportenTokenOptions { Miljo = "Test" } };

        Assert.Equal("https://api.fiks.ks.no/", produksjon.EffektivBaseUrl);
        Assert.Equal("https://maskinporten.no/", produksjon.Maskinporten.EffektivIssuer);
        Assert.Equal("https://maskinporten.no/token", produksjon.Maskinporten.EffektivTokenEndpoint);
        Assert.Equal("https://api.fiks.test.ks.no/", test.EffektivBaseUrl);
        Assert.Equal("https://test.maskinporten.no/", test.Maskinporten.EffektivIssuer);
        Assert.Equal("https://test.maskinporten.no/token", test.Maskinporten.EffektivTokenEndpoint);
    }

    public void Dispose() => Directory.Delete(mappe, recursive: true);

    private static IHost Vert(Dictionary<string, string?> endringer, bool egenTokenProvider = false)
    {
        var bygger = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        bygger.Configuration.AddInMemoryCollection(Gyldig).AddInMemoryCollection(endringer);
        if (egenTokenProvider)
        {
            bygger.Services.AddKjoretoyregisterClient<FastToken>(bygger.Configuration.GetSection("Kjoretoyregister"));
        }
        else
        {
            bygger.Services.AddKjoretoyregisterClient(bygger.Configuration.GetSection("Kjoretoyregister"));
        }

        return bygger.Build();
    }

    /// <summary>A token provider of the vendor's own that needs no settings of the SDK's.</summary>
    private sealed class FastToken : IMaskinportenTokenProvider
    {
        public Task<string> HentTokenAsync(string? scope = null, string? consumerOrg = null, CancellationToken cancellationToken = default) => Task.FromResult("fast-token");

        public void Glem(string? scope = null, string? consumerOrg = null)
        {
        }
    }
}
