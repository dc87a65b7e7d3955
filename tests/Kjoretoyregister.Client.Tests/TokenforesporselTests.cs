using System.Net;
using System.Security.Cryptography.X509Certificates;
using Kjoretoyregister.Client.Maskinporten;
using Kjoretoyregister.Client.Tests.Felles;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kjoretoyregister.Client.Tests;

/// <summary>
/// The token provider against a token endpoint of the test's own (real HTTP): retries of transient failures,
/// the grant's header (kid beside x5c, the chain, a certificate from the store), and logs without secrets.
/// Compiled into both the net10.0 and the netstandard2.0 test projects, so both builds of the SDK pass it.
/// </summary>
public sealed class TokenforesporselTests
{
    [Fact]
    public async Task TokenEndpointFailingTwiceThenAnsweringGivesTheToken()
    {
        await using var maskinporten = await FalskMaskinporten.StartAsync((n, _) => Task.FromResult(n <= 2 ? Results.StatusCode(503) : FalskMaskinporten.Token("tredje-gang")));
        var tokens = Provider(maskinporten, o => o.MaksNyeForsok = 2);

        var token = await tokens.HentTokenAsync();

        Assert.Equal("tredje-gang", token);
        Assert.Equal(3, maskinporten.Antall);
        Assert.Equal(3, tokens.AntallTokenforesporsler);
        Assert.Equal(3, maskinporten.Assertions.Distinct().Count()); // a fresh grant (jti) each time
    }

    [Fact]
    public async Task TransientFailuresBeyondTheLimitReachTheCallerWithTheLastStatus()
    {
        await using var maskinporten = await FalskMaskinporten.StartAsync((n, _) => Task.FromResult(n == 1 ? Results.StatusCode(429) : Results.StatusCode(502)));
        var tokens = Provider(maskinporten, o => o.MaksNyeForsok = 1);

        var feil = await Assert.ThrowsAsync<MaskinportenException>(() => tokens.HentTokenAsync());

        Assert.Equal(HttpStatusCode.BadGateway, feil.Status);
        Assert.Equal(2, maskinporten.Antall);
    }

    [Fact]
    public async Task RefusedGrantIsNotSentAgain()
    {
        await using var maskinporten = await FalskMaskinporten.StartAsync((_, _) => Task.FromResult(
            Results.Json(new Dictionary<string, string> { ["error"] = "invalid_grant", ["error_description"] = "Invalid assertion." }, statusCode: 400)));
        var tokens = Provider(maskinporten, o => o.MaksNyeForsok = 3);

        var feil = await Assert.ThrowsAsync<MaskinportenException>(() => tokens.HentTokenAsync());

        Assert.Equal("invalid_grant", feil.Feilkode);
        Assert.Equal(1, maskinporten.Antall);
    }

    [Fact]
    public async Task AnswerSlowerThanTheTimeoutIsTriedAgain()
    {
        await using var maskinporten = await FalskMaskinporten.StartAsync(async (n, avbrutt) =>
        {
            if (n == 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), avbrutt);
            }

            return FalskMaskinporten.Token("etter-tidsavbrudd");
        });
        var tokens = Provider(maskinporten, o =>
        {
            o.TidsavbruddSekunder = 1;
            o.MaksNyeForsok = 1;
        });

        var token = await tokens.HentTokenAsync();

        Assert.Equal("etter-tidsavbrudd", token);
        Assert.Equal(2, maskinporten.Antall);
    }

    [Fact]
    public async Task NoRetriesWhenMaksNyeForsokIsZero()
    {
        await using var maskinporten = await FalskMaskinporten.StartAsync((_, _) => Task.FromResult(Results.StatusCode(503)));
        var tokens = Provider(maskinporten, o => o.MaksNyeForsok = 0);

        var feil = await Assert.ThrowsAsync<MaskinportenException>(() => tokens.HentTokenAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, feil.Status);
        Assert.Equal(1, maskinporten.Antall);
    }

    [Fact]
    public async Task CertificateWithKidSendsBothKidAndX5c()
    {
        await using var maskinporten = await FalskMaskinporten.StartAsync((_, _) => Task.FromResult(FalskMaskinporten.Token("t")));
        using var sertifikat = Sertifikater.Selvsignert();
        var tokens = Provider(maskinporten, o =>
        {
            o.Jwk = null;
            o.Sertifikat = sertifikat;
            o.Kid = "forhandsregistrert-1";
        });

        await tokens.HentTokenAsync();
        var header = Sertifikater.Header(maskinporten.Assertions[0]);

        Assert.Equal("forhandsregistrert-1", header.GetProperty("kid").GetString());
        Assert.Equal(Convert.ToBase64String(sertifikat.RawData), header.GetProperty("x5c")[0].GetString());
        Assert.Equal(1, header.GetProperty("x5c").GetArrayLength());
    }

    [Fact]
    public async Task CertificateWithoutKidSendsX5cAlone()
    {
        await using var maskinporten = await FalskMaskinporten.StartAsync((_, _) => Task.FromResult(FalskMaskinporten.Token("t")));
        using var sertifikat = Sertifikater.Selvsignert();
        var tokens = Provider(maskinporten, o =>
        {
            o.Jwk = null;
            o.Sertifikat = sertifikat;
        });

        await tokens.HentTokenAsync();
        var header = Sertifikater.Header(maskinporten.Assertions[0]);

        Assert.False(header.TryGetProperty("kid", out _));
        Assert.Equal(Convert.ToBase64String(sertifikat.RawData), header.GetProperty("x5c")[0].GetString());
    }

    [Fact]
    public async Task ChainFileGivesX5cLeafFirstThenIntermediateWithoutTheRoot()
    {
        await using var maskinporten = await FalskMaskinporten.StartAsync((_, _) => Task.FromResult(FalskMaskinporten.Token("t")));
        var (rot, mellomledd, leaf) = Sertifikater.Kjede();
        using (rot)
        using (mellomledd)
        using (leaf)
        {
            var kjedeFil = Path.Combine(Path.GetTempPath(), $"kjede-{Guid.NewGuid():N}.pem");
            File.WriteAllText(kjedeFil, mellomledd.ExportCertificatePem() + "\n" + rot.ExportCertificatePem() + "\n");
            try
            {
                var tokens = Provider(maskinporten, o =>
                {
                    o.Jwk = null;
                    o.Sertifikat = leaf;
                    o.SertifikatKjedeFil = kjedeFil;
                });

                await tokens.HentTokenAsync();
                var x5c = Sertifikater.Header(maskinporten.Assertions[0]).GetProperty("x5c").EnumerateArray().Select(e => e.GetString()).ToList();

                Assert.Equal([Convert.ToBase64String(leaf.RawData), Convert.ToBase64String(mellomledd.RawData)], x5c);
            }
            finally
            {
                File.Delete(kjedeFil);
            }
        }
    }

    [Fact]
    public async Task CertificateIsFoundInTheCurrentUserStoreByThumbprint()
    {
        await using var maskinporten = await FalskMaskinporten.StartAsync((_, _) => Task.FromResult(FalskMaskinporten.Token("fra-lageret")));
        using var sertifikat = Sertifikater.Selvsignert("CN=Lagertest " + Guid.NewGuid().ToString("N"));
        using var lager = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        lager.Open(OpenFlags.ReadWrite);
        lager.Add(sertifikat);
        try
        {
            var tokens = Provider(maskinporten, o =>
            {
                o.Jwk = null;
                o.SertifikatThumbprint = string.Join(" ", Enumerable.Range(0, 20).Select(i => sertifikat.Thumbprint.Substring(i * 2, 2).ToLowerInvariant()));
                o.SertifikatStoreName = StoreName.My;
                o.SertifikatStoreLocation = StoreLocation.CurrentUser;
            });

            var token = await tokens.HentTokenAsync();

            Assert.Equal("fra-lageret", token);
            Assert.Equal(Convert.ToBase64String(sertifikat.RawData), Sertifikater.Header(maskinporten.Assertions[0]).GetProperty("x5c")[0].GetString());
        }
        finally
        {
            lager.Remove(sertifikat);
        }

        Assert.Empty(lager.Certificates.Find(X509FindType.FindByThumbprint, sertifikat.Thumbprint, validOnly: false));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PemKeyPkcs8OrPkcs1SignsTheGrantWithItsKid(bool pkcs1)
    {
        await using var maskinporten = await FalskMaskinporten.StartAsync((_, _) => Task.FromResult(FalskMaskinporten.Token("t")));
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var fil = Path.Combine(Path.GetTempPath(), $"nokkel-{Guid.NewGuid():N}.pem");
        File.WriteAllText(fil, pkcs1 ? rsa.ExportRSAPrivateKeyPem() : rsa.ExportPkcs8PrivateKeyPem());
        try
        {
            var tokens = Provider(maskinporten, o =>
            {
                o.Jwk = null;
                o.PemFil = fil;
                o.Kid = "pem-1";
            });

            await tokens.HentTokenAsync();
            var deler = maskinporten.Assertions[0].Split('.');

            Assert.Equal("pem-1", Sertifikater.Header(maskinporten.Assertions[0]).GetProperty("kid").GetString());
            Assert.True(rsa.VerifyData(
                System.Text.Encoding.ASCII.GetBytes(deler[0] + "." + deler[1]),
                Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(deler[2]),
                System.Security.Cryptography.HashAlgorithmName.SHA256,
                System.Security.Cryptography.RSASignaturePadding.Pkcs1));
        }
        finally
        {
            File.Delete(fil);
        }
    }

    [Fact]
    public void ThumbprintNotInTheStoreIsRefusedNamingTheOption()
    {
        var options = Options("http://127.0.0.1:9/");
        options.Jwk = null;
        options.SertifikatThumbprint = new string('A', 40);

        var feil = Assert.Throws<MaskinportenKonfigurasjonException>(() => new MaskinportenTokenProvider(new HttpClient(), options));

        Assert.StartsWith("Maskinporten:SertifikatThumbprint:", feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogsNeverHoldTheTokenOrTheGrant()
    {
        const string Hemmelig = "eyJhbGciOiJSUzI1NiJ9.hemmelig-token.signatur";
        await using var maskinporten = await FalskMaskinporten.StartAsync((n, _) => Task.FromResult(n == 1 ? Results.StatusCode(500) : FalskMaskinporten.Token(Hemmelig)));
        using var fanger = new Loggfanger();
        using var logging = LoggerFactory.Create(b => b.AddProvider(fanger).SetMinimumLevel(LogLevel.Trace));
        var tokens = new MaskinportenTokenProvider(new HttpClient(), Options(maskinporten.Issuer), logger: logging.CreateLogger<MaskinportenTokenProvider>());

        var token = await tokens.HentTokenAsync();

        Assert.Equal(Hemmelig, token);
        Assert.Contains(fanger.Linjer, l => l.Contains("prøver igjen", StringComparison.Ordinal));
        Assert.Contains(fanger.Linjer, l => l.Contains("Fikk Maskinporten-token", StringComparison.Ordinal));
        Assert.DoesNotContain(fanger.Linjer, l => l.Contains("hemmelig-token", StringComparison.Ordinal));
        Assert.DoesNotContain(fanger.Linjer, l => l.Contains(maskinporten.Assertions[0].Split('.')[1], StringComparison.Ordinal));
    }

    private static MaskinportenTokenProvider Provider(FalskMaskinporten maskinporten, Action<MaskinportenTokenOptions> endre)
    {
        var options = Options(maskinporten.Issuer);
        endre(options);
        return new MaskinportenTokenProvider(new HttpClient(), options);
    }

    private static MaskinportenTokenOptions Options(string issuer) => new()
    {
        Issuer = issuer,
        ClientId = "leverandor",
        Jwk = Sertifikater.Jwk(),
    };
}
