using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Kjoretoyregister.Client.Maskinporten;
using Kjoretoyregister.Client.Tests.Testdata;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Maskinporten;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Kjoretoyregister.Client.Tests;

/// <summary>The token provider against the server's local Maskinporten issuer: reuse, refresh, and each kind of key.</summary>
public sealed class TokenTests
{
    [Fact]
    public async Task TenLookupsCauseOneTokenRequest()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var oppsett = Klientoppsett.For(server);

        for (var i = 0; i < 10; i++)
        {
            await oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]);
        }

        Assert.Equal(1, oppsett.Maskinporten.Antall);
        Assert.Equal(10, oppsett.Api.Antall);
    }

    [Fact]
    public async Task CallersAskingAtOnceShareOneTokenRequest()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var oppsett = Klientoppsett.For(server);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => oppsett.Tokens.HentTokenAsync())));

        Assert.Equal(1, oppsett.Maskinporten.Antall);
        Assert.Single(tokens.Distinct());
    }

    [Fact]
    public async Task TokenIsRenewedShortlyBeforeItExpiresAndTheNewOneWorks()
    {
        var klokke = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var server = ServerFabrikk.UtenDemoregister();
        server.Tjenester = s => s.AddSingleton<TimeProvider>(klokke);
        using var oppsett = Klientoppsett.For(server, tid: klokke);
        var forste = await oppsett.Tokens.HentAsync();
        var levetid = forste.Utloper - forste.Hentet;

        klokke.Advance(levetid - TimeSpan.FromSeconds(25));
        var underveis = await oppsett.Tokens.HentAsync();
        klokke.Advance(TimeSpan.FromSeconds(10));
        var fornyet = await oppsett.Tokens.HentAsync();
        var svar = await oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]);

        Assert.Equal(forste.AccessToken, underveis.AccessToken);
        Assert.NotEqual(forste.AccessToken, fornyet.AccessToken);
        Assert.Equal(2, oppsett.Maskinporten.Antall);
        Assert.Single(svar);
    }

    [Fact]
    public async Task ScopesAndConsumersEachHaveTheirOwnToken()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var oppsett = Klientoppsett.For(server);

        var fiks = await oppsett.Tokens.HentAsync("ks:fiks");
        var igjen = await oppsett.Tokens.HentAsync("ks:fiks");
        var feil = await Assert.ThrowsAsync<MaskinportenException>(() => oppsett.Tokens.HentAsync("svv:kjoretoy/kjoretoyopplysninger"));

        Assert.Same(fiks, igjen);
        Assert.Equal("invalid_scope", feil.Feilkode);
        Assert.Equal(HttpStatusCode.BadRequest, feil.Status);
        Assert.Equal(2, oppsett.Maskinporten.Antall);
    }

    [Fact]
    public async Task ConsumerOrgIsSentAsDelegationWhichTheLocalIssuerRefusesByName()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var oppsett = Klientoppsett.For(server);

        var feil = await Assert.ThrowsAsync<MaskinportenException>(() => oppsett.Tokens.HentAsync(consumerOrg: "920000002"));

        Assert.Equal("invalid_grant", feil.Feilkode);
        Assert.Contains("consumer_org", feil.Beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VirksomhetssertifikatFromAPkcs12FileIsAcceptedAndTheTokenWorksOnTheApi()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var sertifikat = Assertion.NyttSertifikat("CN=Leverandør AS, SERIALNUMBER=910000004");
        var klientId = await RegistrerAsync(server, sertifikat: Convert.ToBase64String(sertifikat.RawData));
        var fil = Path.Combine(server.DataKatalog, "virksomhetssertifikat.p12");
        await File.WriteAllBytesAsync(fil, sertifikat.Export(X509ContentType.Pkcs12, "hemmelig"));
        using var oppsett = Klientoppsett.For(server, o => BrukNokkel(o, klientId, m =>
        {
            m.SertifikatFil = fil;
            m.SertifikatPassord = "hemmelig";
        }));

        var svar = await oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]);
        var token = new JsonWebToken(await oppsett.Tokens.HentTokenAsync());

        Assert.Single(svar);
        Assert.Equal(klientId, token.GetClaim("client_id").Value);
    }

    [Fact]
    public async Task CertificateObjectSignsWithX5cAndNoKid()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var sertifikat = Assertion.NyttSertifikat();
        var klientId = await RegistrerAsync(server, sertifikat: Convert.ToBase64String(sertifikat.RawData));
        using var oppsett = Klientoppsett.For(server, o => BrukNokkel(o, klientId, m => m.Sertifikat = sertifikat));

        var token = new JsonWebToken(await oppsett.Tokens.HentTokenAsync());

        Assert.Equal(klientId, token.GetClaim("client_id").Value);
        Assert.Equal("virksomhetssertifikat", token.GetClaim("client_amr").Value);
    }

    [Fact]
    public async Task RegisteredJwkFromAFileIsAcceptedWithItsKid()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        var nokkel = Assertion.NyRsaNokkel();
        var klientId = await RegistrerAsync(server, jwk: Assertion.OffentligJson(nokkel));
        var fil = Path.Combine(server.DataKatalog, "klient.jwk.json");
        await File.WriteAllTextAsync(fil, JsonSerializer.Serialize(nokkel));
        using var oppsett = Klientoppsett.For(server, o => BrukNokkel(o, klientId, m => m.JwkFil = fil));

        var svar = await oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]);

        Assert.Single(svar);
        Assert.Equal(1, oppsett.Maskinporten.Antall);
    }

    [Fact]
    public async Task RegisteredKeyAsPemWithKidIsAccepted()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var rsa = RSA.Create(2048);
        var offentlig = Microsoft.IdentityModel.Tokens.JsonWebKeyConverter.ConvertFromRSASecurityKey(new Microsoft.IdentityModel.Tokens.RsaSecurityKey(rsa.ExportParameters(false)));
        offentlig.Kid = "pem-nokkel-1";
        var klientId = await RegistrerAsync(server, jwk: Assertion.OffentligJson(offentlig));
        var fil = Path.Combine(server.DataKatalog, "klient.pem");
        await File.WriteAllTextAsync(fil, rsa.ExportPkcs8PrivateKeyPem());
        using var oppsett = Klientoppsett.For(server, o => BrukNokkel(o, klientId, m =>
        {
            m.PemFil = fil;
            m.Kid = "pem-nokkel-1";
        }));

        var token = new JsonWebToken(await oppsett.Tokens.HentTokenAsync());

        Assert.Equal(klientId, token.GetClaim("client_id").Value);
    }

    [Fact]
    public async Task KeyTheIssuerDoesNotKnowIsInvalidGrantAsTypedException()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        var ukjent = Assertion.NyRsaNokkel();
        using var oppsett = Klientoppsett.For(server, o => o.Maskinporten.Jwk = JsonSerializer.Serialize(ukjent));

        var feil = await Assert.ThrowsAsync<MaskinportenException>(() => oppsett.Klient.SlaOppKjennemerkerAsync(["AB 12345"]));

        Assert.Equal("invalid_grant", feil.Feilkode);
        Assert.Equal(0, oppsett.Api.Antall);
    }

    /// <summary>Registers a client of the demo vendor's organisation (so its tokens match the demo integration) with one key or certificate.</summary>
    private static async Task<string> RegistrerAsync(ServerFabrikk server, string? jwk = null, string? sertifikat = null)
    {
        var klientId = "sdk-test-" + Guid.NewGuid().ToString("N")[..8];
        await server.Tjeneste<IMaskinportenKlientStore>().LagreAsync(new MaskinportenKlient(
            klientId, Organisasjonsnummer.Parse("910000004"), ["ks:fiks"], jwk is null ? [] : [jwk], sertifikat is null ? [] : [sertifikat]));
        return klientId;
    }

    private static void BrukNokkel(KjoretoyregisterOptions o, string klientId, Action<MaskinportenTokenOptions> nokkel)
    {
        o.Maskinporten.ClientId = klientId;
        o.Maskinporten.Jwk = null;
        nokkel(o.Maskinporten);
    }
}
