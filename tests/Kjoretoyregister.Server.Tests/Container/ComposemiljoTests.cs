using System.Collections.Concurrent;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Kjoretoyregister.Server.Tests.Testdata;
using Kjoretoyregister.Testing;
using Microsoft.IdentityModel.Tokens;
using Xunit.Abstractions;

namespace Kjoretoyregister.Server.Tests.Container;

/// <summary>
/// The server started with the exact environment compose.yaml gives an instance (see
/// <see cref="Containerinstans"/>): where it listens, what it writes and how it stops on SIGTERM.
/// </summary>
[Collection(Alene.Navn)]
public sealed class ComposemiljoTests(ITestOutputHelper utskrift)
{
    [Fact]
    public void BothServerInstancesGetTheSameEnvironment()
    {
        var tjenester = Composefil.Tjenester();

        var a = Composefil.Miljo("kjoretoy-a");
        var b = Composefil.Miljo("kjoretoy-b");

        Assert.Equal(a, b);
        Assert.Equal("8080", a["ASPNETCORE_HTTP_PORTS"]);
        Assert.Equal("json", a["Logging__Console__FormatterName"]);
        Assert.Contains(tjenester.Children.Keys, k => k.ToString() == "postgres");
        Assert.Contains(tjenester.Children.Keys, k => k.ToString() == "otel-collector");
    }

    [Fact]
    public async Task ServerWithTheComposeEnvironmentListensOnAllInterfacesLogsJsonLinesAndExitsZeroOnSigterm()
    {
        await using var db = await PostgresTestdatabase.OpprettAsync();
        await using var instans = await Containerinstans.StartAsync(db.Tilkoblingsstreng);

        var lytter = instans.Logglinjer()
            .Where(l => l.GetProperty("Category").GetString() == "Microsoft.Hosting.Lifetime" && l.GetProperty("State").TryGetProperty("address", out _))
            .Select(l => l.GetProperty("State").GetProperty("address").GetString())
            .ToList();
        Assert.Equal([$"http://[::]:{instans.Port}"], lytter);
        foreach (var adresse in AndreAdresser())
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            using var svar = await http.GetAsync(new Uri($"http://{adresse}:{instans.Port}/health/ready"));
            Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        }

        var kode = await instans.Server.StoppAsync(instans.Stoppfrist + TimeSpan.FromSeconds(10));

        Assert.True(kode == 0, $"Avslutningskode {kode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(kjører fortsatt)"}:\n{instans.Server.Utskrift}");
        var linjer = instans.Logglinjer();
        Assert.All(linjer, l =>
        {
            Assert.True(l.TryGetProperty("LogLevel", out _), l.GetRawText());
            Assert.True(l.TryGetProperty("Category", out _), l.GetRawText());
            Assert.True(l.TryGetProperty("Message", out _), l.GetRawText());
        });
        Assert.Contains(linjer, l => l.GetProperty("Message").GetString() == "Application is shutting down...");
    }

    /// <summary>
    /// SIGTERM in the middle of a bounded load of full-chain lookups from 8 callers. Kestrel stops accepting
    /// connections at once, lets the requests it is working on finish (within HostOptions:ShutdownTimeout)
    /// and closes each connection after its current response; the audit writer commits what is queued before
    /// the process ends. So every request gets a whole answer (200, or 503 if the audit log was already
    /// closed) or none at all (the connection refused or closed before a byte of the answer), and every 200
    /// has its audit row.
    /// </summary>
    [Fact]
    public async Task SigtermUnderLoadAnswersOrRefusesEveryRequestCleanlyAndAuditsEvery200()
    {
        await using var db = await PostgresTestdatabase.OpprettAsync();
        await using var instans = await Containerinstans.StartAsync(db.Tilkoblingsstreng);
        var demo = await instans.DemoAsync();
        using var http = new HttpClient { BaseAddress = instans.Server.Adresse, Timeout = TimeSpan.FromSeconds(30) };
        var token = await Maskinportentoken.HentAsync(http, new Uri(demo.Maskinporten.TokenEndpoint), Assertion.Lag(
            new JsonWebKey(demo.Maskinporten.Jwk.GetRawText()), demo.Maskinporten.ClientId, demo.Maskinporten.Issuer, demo.Maskinporten.Scope));
        var sti = $"/kjoretoyregister/api/{demo.FiksOrgId}/rest/distribusjon/kjoretoy/v2.0/bulk/kjennemerke";
        HttpRequestMessage Foresporsel(string formal)
        {
            var foresporsel = new HttpRequestMessage(HttpMethod.Post, sti) { Content = new StringContent("""[{"kjennemerke": "AB12345"}]""", System.Text.Encoding.UTF8, "application/json") };
            foresporsel.Headers.Authorization = new("Bearer", token);
            foresporsel.Headers.Add("IntegrasjonId", demo.IntegrasjonId.ToString());
            foresporsel.Headers.Add("IntegrasjonPassord", demo.IntegrasjonPassord);
            foresporsel.Headers.Add("Formal", formal);
            return foresporsel;
        }

        using (var forste = await http.SendAsync(Foresporsel("sigterm-forste")))
        {
            Assert.True(forste.StatusCode == HttpStatusCode.OK, $"{forste.StatusCode} {await forste.Content.ReadAsStringAsync()}\n{instans.Server.Utskrift}");
        }

        var ok = new ConcurrentBag<string>();
        var ubesvart = new ConcurrentBag<string>();
        var utfall = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var stoppet = false;
        var teller = 0;
        var arbeidere = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            // Bounded: at most 20 000 requests, and none after the process is gone.
            while (!Volatile.Read(ref stoppet) && Interlocked.Increment(ref teller) is var n && n <= 20_000)
            {
                var formal = "sigterm-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                string hva;
                try
                {
                    using var foresporsel = Foresporsel(formal);
                    using var svar = await http.SendAsync(foresporsel);
                    await svar.Content.ReadAsByteArrayAsync();
                    hva = ((int)svar.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (svar.StatusCode == HttpStatusCode.OK)
                    {
                        ok.Add(formal);
                    }
                }
                catch (HttpRequestException feil)
                {
                    hva = "ingen svar: " + feil.HttpRequestError;
                    ubesvart.Add(formal);
                }

                utfall.AddOrUpdate(hva, 1, (_, n) => n + 1);
            }
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(2));
        var forStopp = ok.Count;
        var kode = await instans.Server.StoppAsync(instans.Stoppfrist + TimeSpan.FromSeconds(10));
        Volatile.Write(ref stoppet, true);
        await Task.WhenAll(arbeidere);

        var lagret = new HashSet<string>(StringComparer.Ordinal);
        await using (var kommando = db.DataSource.CreateCommand($"SELECT formal FROM logg WHERE fiks_org_id = '{demo.FiksOrgId}'"))
        await using (var leser = await kommando.ExecuteReaderAsync())
        {
            while (await leser.ReadAsync())
            {
                lagret.Add(leser.GetString(0));
            }
        }

        var oversikt = string.Join(", ", utfall.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => $"{u.Key}: {u.Value}"));
        utskrift.WriteLine($"{forStopp} svar 200 før SIGTERM; i alt {oversikt}");
        Assert.True(kode == 0, $"Avslutningskode {kode}; {oversikt}\n{instans.Server.Utskrift}");
        Assert.True(forStopp > 20, $"Bare {forStopp} svar før SIGTERM; lasten nådde ikke serveren ({oversikt})");
        Assert.True(ok.Count > forStopp, $"Ingen forespørsel som var i arbeid da SIGTERM kom, ble besvart ({oversikt})");
        // A whole answer (200 or 503) or none: never another status. A request that got no answer was never
        // handled (it has no audit row): refused at connect, or sent on a kept-alive connection in the moment
        // the server closed it as idle (the client sees the answer end before its first byte: ResponseEnded).
        Assert.All(utfall.Keys, k => Assert.True(k is "200" or "503" or "ingen svar: ConnectionError" or "ingen svar: ResponseEnded", oversikt));
        Assert.All(ok, formal => Assert.Contains(formal, lagret));
        Assert.All(ubesvart, formal => Assert.DoesNotContain(formal, lagret));
        var logg = instans.Server.Utskrift;
        Assert.DoesNotContain(demo.IntegrasjonPassord, logg, StringComparison.Ordinal);
        Assert.DoesNotContain(token, logg, StringComparison.Ordinal);
        Assert.DoesNotContain(demo.Forvaltning!.Passord, logg, StringComparison.Ordinal);
    }

    /// <summary>This machine's own addresses other than loopback (IPv4), to show the server answers on them too.</summary>
    private static List<IPAddress> AndreAdresser() =>
        [.. NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))];
}
