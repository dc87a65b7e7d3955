using System.Diagnostics;
using System.Net;
using Kjoretoyregister.Server.Feil;
using Kjoretoyregister.Server.Tests.Angrep;
using Kjoretoyregister.Server.Tests.Testdata;
using Kjoretoyregister.Testing;
using Npgsql;

namespace Kjoretoyregister.Server.Tests.Flerinstans;

/// <summary>
/// The PostgreSQL server taken away: at start the server refuses to start with an error that names the
/// setting; while it runs, lookups get 503 LAGRING_UTILGJENGELIG with no data within seconds (not a hang,
/// not a 500), /health/ready says which database, and when the database is back the service answers
/// again by itself. The database is reached through a <see cref="Tcpvideresender"/> the test stops.
/// </summary>
[Collection(Alene.Navn)]
public sealed class DatabaseBortTests
{
    [Fact]
    public void ADatabaseThatCannotBeReachedAtStartStopsTheStartWithAnErrorNamingTheSetting()
    {
        using var server = ServerFabrikk.PaPostgres("Host=127.0.0.1;Port=1;Username=kjoretoy;Database=kjoretoy;Timeout=2");

        var feil = Assert.ThrowsAny<Exception>(server.StartServer);

        var melding = string.Join(" | ", Kjede(feil).Select(e => e.Message));
        Assert.Contains("ConnectionStrings:Postgres", melding, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:1/kjoretoy", melding, StringComparison.Ordinal);
    }

    [Fact]
    public void AConnectionStringThatIsNoneStopsTheStartNamingTheSetting()
    {
        using var server = ServerFabrikk.PaPostgres("Vert=db;Bruker=kjoretoy");

        var feil = Assert.ThrowsAny<Exception>(server.StartServer);

        Assert.Contains(Kjede(feil), e => e.Message.StartsWith("ConnectionStrings:Postgres er ikke en gyldig tilkoblingsstreng", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LookupsGet503WithoutDataWhileTheDatabaseIsGoneAndRecoverWithoutARestart()
    {
        await using var db = await PostgresTestdatabase.OpprettAsync();
        var ekte = new NpgsqlConnectionStringBuilder(db.Tilkoblingsstreng);
        using var videresender = new Tcpvideresender(ekte.Port);
        var viaVideresender = new NpgsqlConnectionStringBuilder(db.Tilkoblingsstreng) { Port = videresender.Port }.ConnectionString;
        using var server = ServerFabrikk.PaPostgres(viaVideresender);
        using var klient = new Fiksklient(server);
        var offer = await Offer.OpprettAsync(klient);
        var token = await klient.TokenAsync();
        using (var for_ = await offer.KallAsync(klient, token))
        {
            Assert.Equal(HttpStatusCode.OK, for_.StatusCode);
        }

        videresender.Stopp();
        var klokke = Stopwatch.StartNew();
        using var borte = await offer.KallAsync(klient, token);
        klokke.Stop();
        var tekst = await borte.Content.ReadAsStringAsync();
        using var helse = await klient.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var helsetekst = await helse.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, borte.StatusCode);
        Assert.Equal(Feilkode.LagringUtilgjengelig, (await Svar.FeilAsync(borte, HttpStatusCode.ServiceUnavailable)).ErrorCode);
        Assert.NotNull(borte.Headers.RetryAfter);
        Assert.DoesNotContain("kjoretoydata", tekst, StringComparison.OrdinalIgnoreCase);
        Assert.True(klokke.Elapsed < TimeSpan.FromSeconds(20), $"503 kom først etter {klokke.Elapsed}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, helse.StatusCode);
        Assert.Contains($"127.0.0.1:{videresender.Port}/{db.Navn} svarer ikke", helsetekst, StringComparison.Ordinal);

        videresender.Start();
        var etter = HttpStatusCode.ServiceUnavailable;
        for (var forsok = 0; forsok < 20 && etter != HttpStatusCode.OK; forsok++)
        {
            using var svar = await offer.KallAsync(klient, token);
            etter = svar.StatusCode;
            if (etter != HttpStatusCode.OK)
            {
                await Task.Delay(250);
            }
        }

        Assert.Equal(HttpStatusCode.OK, etter);
    }

    private static IEnumerable<Exception> Kjede(Exception? feil)
    {
        for (var e = feil; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException samlet)
            {
                foreach (var indre in samlet.InnerExceptions.SelectMany(Kjede))
                {
                    yield return indre;
                }
            }
        }
    }
}
