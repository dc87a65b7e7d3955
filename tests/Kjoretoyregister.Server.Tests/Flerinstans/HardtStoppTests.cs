using System.Collections.Concurrent;
using System.Net;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Oppstart;
using Kjoretoyregister.Server.Tests.Angrep;
using Kjoretoyregister.Server.Tests.Testdata;
using Kjoretoyregister.Testing;

namespace Kjoretoyregister.Server.Tests.Flerinstans;

/// <summary>
/// A server process killed with SIGKILL under load, on PostgreSQL beside a second instance and alone on SQLite.
/// Instance A is a separate process killed with SIGKILL in the middle of a bounded load that is spread
/// over A and B on one PostgreSQL database: B goes on answering, and every 200 either of them sent has
/// its audit row (the row is committed before the answer leaves, so a crash can lose an answer, never a row).
/// </summary>
[Collection(Alene.Navn)]
public sealed class HardtStoppTests
{
    [Fact]
    public async Task KillingAUnderLoadLeavesBAnsweringAndEvery200HasItsAuditRow()
    {
        await using var db = await PostgresTestdatabase.OpprettAsync();
        var port = Ledigport.Finn();
        var issuer = $"http://127.0.0.1:{port}/maskinporten/";
        using var b = ServerFabrikk.PaPostgres(db.Tilkoblingsstreng, port: port, lokalIssuer: issuer);
        using var klientB = new Fiksklient(b);
        var offer = await Offer.OpprettAsync(klientB);
        var token = await klientB.TokenAsync();
        await using var a = await Serverprosess.StartAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["ConnectionStrings__Postgres"] = db.Tilkoblingsstreng,
            ["DataDirectory"] = b.DataKatalog,
            ["Maskinporten__LokalIssuer"] = issuer,
            ["Logging__LogLevel__Default"] = "Warning",
        });
        using var tilA = new HttpClient { BaseAddress = a.Adresse, Timeout = TimeSpan.FromSeconds(10) };

        // One call to each first: each instance verifies the password once (a burst of unverified ones is cut off at the limit).
        foreach (var (http, navn) in new[] { (tilA, "A"), (klientB.Http, "B") })
        {
            using var forste = await http.SendAsync(Foresporsel(klientB, offer, token, "hardt-forste-" + navn));
            Assert.True(forste.StatusCode == HttpStatusCode.OK, $"{navn}: {forste.StatusCode} {await forste.Content.ReadAsStringAsync()}\n{a.Utskrift}");
        }

        var besvart = new ConcurrentBag<(char Instans, string Formal, DateTime Tid)>();
        var drept = DateTime.MaxValue;
        using var slutt = new CancellationTokenSource(TimeSpan.FromSeconds(6));
        var teller = 0;
        var arbeidere = Enumerable.Range(0, 8).Select(arbeider => Task.Run(async () =>
        {
            while (!slutt.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref teller);
                var formal = "hardt-" + n;
                var tilInstansA = n % 2 == 0;
                try
                {
                    using var foresporsel = Foresporsel(klientB, offer, token, formal);
                    using var svar = await (tilInstansA ? tilA : klientB.Http).SendAsync(foresporsel);
                    if (svar.StatusCode == HttpStatusCode.OK)
                    {
                        besvart.Add((tilInstansA ? 'A' : 'B', formal, DateTime.UtcNow));
                    }
                }
                catch (HttpRequestException) when (tilInstansA)
                {
                    // A is gone: its connection was cut or refused.
                }
                catch (TaskCanceledException) when (tilInstansA)
                {
                    // A died while this request was in flight.
                }
            }
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(2));
        a.DrepHardt();
        drept = DateTime.UtcNow;
        await Task.WhenAll(arbeidere);

        var formalLagret = new HashSet<string>(StringComparer.Ordinal);
        await using (var kommando = db.DataSource.CreateCommand($"SELECT formal FROM logg WHERE fiks_org_id = '{offer.FiksOrgId}'"))
        await using (var leser = await kommando.ExecuteReaderAsync())
        {
            while (await leser.ReadAsync())
            {
                formalLagret.Add(leser.GetString(0));
            }
        }

        Assert.Contains(besvart, s => s.Instans == 'A');
        Assert.Contains(besvart, s => s.Instans == 'B' && s.Tid > drept.AddSeconds(1));
        Assert.All(besvart, s => Assert.Contains(s.Formal, formalLagret));
    }

    /// <summary>
    /// The embedded default: the server alone on its SQLite files, killed with SIGKILL under load. Started
    /// again on the same directory, its audit log holds every 200 it sent, once.
    /// </summary>
    [Fact]
    public async Task KillingTheServerOnSqliteUnderLoadLosesAndDoublesNoAuditRowOfA200()
    {
        var katalog = Path.Combine(Path.GetTempPath(), "kjoretoyregister-hardtstopp-" + Guid.NewGuid().ToString("N"));
        try
        {
            // The process is its own Maskinporten issuer (it fetches the issuer's keys from its own address);
            // an in-process server on the same directory sets up the kommune first.
            var port = Ledigport.Finn();
            var issuer = $"http://127.0.0.1:{port}/maskinporten/";
            Offer offer;
            DemoKonfig demo;
            string plateSti;
            using (var oppsett = new ServerFabrikk(katalog))
            {
                oppsett.Konfig["Maskinporten:LokalIssuer"] = issuer;
                using var klient = new Fiksklient(oppsett);
                offer = await Offer.OpprettAsync(klient);
                demo = klient.Demo;
                plateSti = klient.SvvSti("bulk/kjennemerke", offer.FiksOrgId);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await using var a = await Serverprosess.StartAsync(new Dictionary<string, string>
            {
                ["DataDirectory"] = katalog,
                ["Maskinporten__LokalIssuer"] = issuer,
                ["Demo__AntallKjoretoy"] = "200",
                ["Logging__LogLevel__Default"] = "Warning",
            }, port);
            using var http = new HttpClient { BaseAddress = a.Adresse, Timeout = TimeSpan.FromSeconds(10) };
            var token = await Maskinportentoken.HentAsync(http, new Uri(demo.Maskinporten.TokenEndpoint), Assertion.Lag(
                new Microsoft.IdentityModel.Tokens.JsonWebKey(demo.Maskinporten.Jwk.GetRawText()), demo.Maskinporten.ClientId, demo.Maskinporten.Issuer, demo.Maskinporten.Scope));
            using (var forste = await http.SendAsync(Foresporsel(plateSti, offer, token, "sqlite-forste")))
            {
                Assert.True(forste.StatusCode == HttpStatusCode.OK, $"{forste.StatusCode} {await forste.Content.ReadAsStringAsync()}\n{a.Utskrift}");
            }

            var besvart = new ConcurrentBag<string>();
            using var slutt = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var teller = 0;
            var arbeidere = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
            {
                while (!slutt.IsCancellationRequested)
                {
                    var formal = "sqlite-" + Interlocked.Increment(ref teller);
                    try
                    {
                        using var foresporsel = Foresporsel(plateSti, offer, token, formal);
                        using var svar = await http.SendAsync(foresporsel);
                        if (svar.StatusCode == HttpStatusCode.OK)
                        {
                            besvart.Add(formal);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        // The server is gone: its connection was cut or refused.
                    }
                    catch (TaskCanceledException)
                    {
                        // It died while this request was in flight.
                    }
                }
            })).ToList();

            await Task.Delay(TimeSpan.FromSeconds(2));
            var forDrapet = besvart.Count;
            a.DrepHardt();
            await slutt.CancelAsync();
            await Task.WhenAll(arbeidere);

            using var etter = new ServerFabrikk(katalog);
            var lagret = new List<string>();
            await foreach (var rad in etter.Tjeneste<IOppslagsloggLeser>().SokAsync(new LoggFilter(FiksOrgId: offer.FiksOrgId)))
            {
                lagret.Add(rad.Rad.Formal ?? "");
            }

            Assert.True(forDrapet > 50, $"Bare {forDrapet} svar før drapet; lasten nådde ikke serveren\n{a.Utskrift}");
            Assert.Empty(lagret.GroupBy(f => f, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
            var lagretSett = lagret.ToHashSet(StringComparer.Ordinal);
            Assert.All(besvart, formal => Assert.Contains(formal, lagretSett));
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

    private static HttpRequestMessage Foresporsel(string sti, Offer offer, string token, string formal)
    {
        var foresporsel = new HttpRequestMessage(HttpMethod.Post, sti)
        {
            Content = new StringContent(Offer.Plate, System.Text.Encoding.UTF8, "application/json"),
        };
        foresporsel.Headers.Authorization = new("Bearer", token);
        foresporsel.Headers.Add("IntegrasjonId", offer.IntegrasjonId.ToString());
        foresporsel.Headers.Add("IntegrasjonPassord", offer.Passord);
        foresporsel.Headers.Add("Formal", formal);
        return foresporsel;
    }

    private static HttpRequestMessage Foresporsel(Fiksklient klient, Offer offer, string token, string formal) =>
        Foresporsel(klient.SvvSti("bulk/kjennemerke", offer.FiksOrgId), offer, token, formal);

}
