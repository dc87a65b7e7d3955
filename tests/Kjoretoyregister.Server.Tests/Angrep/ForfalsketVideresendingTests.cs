using System.Net;
using Kjoretoyregister.Server.Tests.Container;
using Kjoretoyregister.Server.Tests.Forvaltningsweb;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Angrep;

/// <summary>
/// Behind a TLS-terminating proxy: <c>X-Forwarded-Proto: https</c> from a proxy named in
/// <c>ForwardedHeaders:KnownProxies</c> makes the request https, so the forvaltning cookies
/// (<c>SecurePolicy = SameAsRequest</c>) get <c>Secure</c>; from anyone else the header is ignored.
/// </summary>
[Collection(Alene.Navn)]
public sealed class ForfalsketVideresendingTests
{
    [Fact]
    public async Task ForwardedProtoHttpsFromAKnownProxyMakesTheLoginCookiesSecure()
    {
        var informasjonskapsler = await InnloggingAsync(new Dictionary<string, string> { ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1" });

        Assert.Contains(informasjonskapsler, k => k.StartsWith("forvaltning-antiforgery=", StringComparison.Ordinal));
        Assert.Contains(informasjonskapsler, k => k.StartsWith("forvaltning=", StringComparison.Ordinal));
        Assert.All(informasjonskapsler, k => Assert.Contains("; secure", k, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ForwardedProtoHttpsFromAnUnknownSenderIsIgnored()
    {
        var informasjonskapsler = await InnloggingAsync(new Dictionary<string, string> { ["ForwardedHeaders__KnownProxies__0"] = "10.9.8.7" });

        Assert.Contains(informasjonskapsler, k => k.StartsWith("forvaltning=", StringComparison.Ordinal));
        Assert.All(informasjonskapsler, k => Assert.DoesNotContain("secure", k, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task WithoutForwardedHeadersSettingsTheHeaderIsIgnored()
    {
        var informasjonskapsler = await InnloggingAsync([]);

        Assert.Contains(informasjonskapsler, k => k.StartsWith("forvaltning=", StringComparison.Ordinal));
        Assert.All(informasjonskapsler, k => Assert.DoesNotContain("secure", k, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AProxyThatIsNotAnAddressStopsTheServerWithTheKeyInTheMessage()
    {
        var katalog = Path.Combine(Path.GetTempPath(), "kjoretoyregister-videresending-" + Guid.NewGuid().ToString("N"));
        var port = Ledigport.Finn();
        var server = Serverprosess.Start(new Dictionary<string, string> { ["DataDirectory"] = katalog, ["ForwardedHeaders__KnownProxies__0"] = "proxy.intern" },
            new Uri($"http://127.0.0.1:{port}/"), ["--urls", $"http://127.0.0.1:{port}"]);
        await using (server)
        {
            Assert.True(await server.VentPaLinjeAsync(l => l.Contains("ForwardedHeaders:KnownProxies må være IP-adresser; «proxy.intern»", StringComparison.Ordinal), TimeSpan.FromMinutes(2)), server.Utskrift);
        }

        if (Directory.Exists(katalog))
        {
            Directory.Delete(katalog, recursive: true);
        }
    }

    /// <summary>The Set-Cookie headers of a login through a proxy that says the original request was https.</summary>
    private static async Task<List<string>> InnloggingAsync(Dictionary<string, string> videresending)
    {
        var katalog = Path.Combine(Path.GetTempPath(), "kjoretoyregister-videresending-" + Guid.NewGuid().ToString("N"));
        try
        {
            var miljo = new Dictionary<string, string>(videresending) { ["DataDirectory"] = katalog, ["Demo__AntallKjoretoy"] = "200" };
            await using var server = await Serverprosess.StartAsync(miljo);
            var demo = await Demokonfig.LesAsync(katalog, server);
            using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = server.Adresse };
            var informasjonskapsler = new List<string>();

            using var side = new HttpRequestMessage(HttpMethod.Get, Forvaltningsklient.LoggInnSti);
            side.Headers.Add("X-Forwarded-Proto", "https");
            side.Headers.Add("X-Forwarded-For", "203.0.113.9");
            using var sidesvar = await http.SendAsync(side);
            Assert.Equal(HttpStatusCode.OK, sidesvar.StatusCode);
            informasjonskapsler.AddRange(sidesvar.Headers.GetValues("Set-Cookie"));
            var nokkel = Forvaltningsklient.Skjemanokkel(await sidesvar.Content.ReadAsStringAsync())!;

            using var innlogging = new HttpRequestMessage(HttpMethod.Post, Forvaltningsklient.LoggInnSti)
            {
                Content = new FormUrlEncodedContent([
                    new("brukernavn", demo.Forvaltning!.Brukernavn), new("passord", demo.Forvaltning.Passord), new("tilbake", ""),
                    new(Forvaltningsklient.Skjemanokkelfelt, nokkel)]),
            };
            innlogging.Headers.Add("X-Forwarded-Proto", "https");
            innlogging.Headers.Add("X-Forwarded-For", "203.0.113.9");
            innlogging.Headers.Add("Cookie", string.Join("; ", informasjonskapsler.Select(k => k.Split(';')[0])));
            using var svar = await http.SendAsync(innlogging);
            Assert.True(svar.StatusCode == HttpStatusCode.Found, $"{svar.StatusCode}: {await svar.Content.ReadAsStringAsync()}\n{server.Utskrift}");
            informasjonskapsler.AddRange(svar.Headers.GetValues("Set-Cookie"));
            return informasjonskapsler;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(katalog))
            {
                Directory.Delete(katalog, recursive: true);
            }
        }
    }
}
