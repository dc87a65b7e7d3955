using System.Net;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Kvote;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Kvote;

/// <summary>
/// Fair use through the front door, on each engine, with buckets of 100 items per integration and 150 per
/// organisation that do not refill within a test (<see cref="Kvoteservere"/>): a burst over an integration's
/// limit is 429 KVOTE_OPPBRUKT with Retry-After while the kommune's other integration is answered; the
/// organisation's bucket caps its integrations together; a refusal is audited as refused; KS's override
/// counts from the next request, also on the other instance.
/// </summary>
public abstract class KvoteTests(Kvoteservere servere) : IDisposable
{
    public sealed class PaSqlite(Kvoteservere.PaSqlite fixture) : KvoteTests(fixture), IClassFixture<Kvoteservere.PaSqlite>;

    public sealed class PaPostgres(Kvoteservere.PaPostgres fixture) : KvoteTests(fixture), IClassFixture<Kvoteservere.PaPostgres>;

    private readonly Fiksklient klient = new(servere.A);

    private IForvaltningStore Store => servere.A.Tjeneste<IForvaltningStore>();

    public void Dispose() => klient.Dispose();

    [Fact]
    public async Task ABurstOverTheIntegrationsLimitIsRefusedWhileAnotherIntegrationOfTheSameKommuneKeepsGetting200()
    {
        var kommune = await Kvotekommune.OpprettAsync(Store);
        var ivrig = await kommune.IntegrasjonAsync(Store, klient);
        var annen = await kommune.IntegrasjonAsync(Store, klient);

        using var helBotte = await ivrig.PlaterAsync(klient, Kvoteservere.IntegrasjonKapasitet);
        using var enTilForMye = await ivrig.PlaterAsync(klient, 1);
        var annensSvar = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var svar = await annen.PlaterAsync(klient, 1);
            annensSvar.Add(svar.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, helBotte.StatusCode);
        var feil = await Svar.FeilAsync(enTilForMye, HttpStatusCode.TooManyRequests);
        Assert.Equal("KVOTE_OPPBRUKT", feil.ErrorCode);
        Assert.StartsWith("Integrasjonens kvote", feil.Message, StringComparison.Ordinal);
        var vent = enTilForMye.Headers.RetryAfter?.Delta;
        Assert.NotNull(vent);
        Assert.InRange(vent.Value.TotalSeconds, 1, 1000);
        Assert.Contains($"Prøv igjen om {vent.Value.TotalSeconds} sekunder", feil.Message, StringComparison.Ordinal);
        Assert.All(annensSvar, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task TheOrganisationsLimitCapsItsIntegrationsTogether()
    {
        var kommune = await Kvotekommune.OpprettAsync(Store);
        var forste = await kommune.IntegrasjonAsync(Store, klient);
        var andre = await kommune.IntegrasjonAsync(Store, klient);

        using var hundre = await forste.PlaterAsync(klient, 100);
        using var seksti = await andre.PlaterAsync(klient, 60);
        using var forsteIgjen = await forste.PlaterAsync(klient, 1);

        Assert.Equal(HttpStatusCode.OK, hundre.StatusCode);
        var feil = await Svar.FeilAsync(seksti, HttpStatusCode.TooManyRequests);
        Assert.Equal("KVOTE_OPPBRUKT", feil.ErrorCode);
        Assert.StartsWith("Organisasjonens kvote", feil.Message, StringComparison.Ordinal);
        Assert.NotNull(seksti.Headers.RetryAfter?.Delta);
        Assert.Equal("KVOTE_OPPBRUKT", (await Svar.FeilAsync(forsteIgjen, HttpStatusCode.TooManyRequests)).ErrorCode);
    }

    [Fact]
    public async Task ARefusalIsAuditedAsRefusedAndNotCountedAsALookup()
    {
        var kommune = await Kvotekommune.OpprettAsync(Store);
        var integrasjon = await kommune.IntegrasjonAsync(Store, klient);

        using var helBotte = await integrasjon.PlaterAsync(klient, Kvoteservere.IntegrasjonKapasitet);
        using var avvist = await integrasjon.PlaterAsync(klient, 1);
        using var avvistBulk = await integrasjon.PlaterAsync(klient, 5);

        Assert.Equal(HttpStatusCode.OK, helBotte.StatusCode);
        Assert.Equal("KVOTE_OPPBRUKT", (await Svar.FeilAsync(avvist, HttpStatusCode.TooManyRequests)).ErrorCode);
        Assert.Equal("KVOTE_OPPBRUKT", (await Svar.FeilAsync(avvistBulk, HttpStatusCode.TooManyRequests)).ErrorCode);
        var rader = await integrasjon.RaderAsync(servere.A);
        Assert.Equal(Kvoteservere.IntegrasjonKapasitet, rader.Count(r => r.Utfall == Utfall.Ukjent));
        var avvisninger = rader.Where(r => r.Utfall == Utfall.Avvist).ToList();
        Assert.Equal(2, avvisninger.Count);
        Assert.All(avvisninger, r => Assert.Equal((Operasjoner.Kjennemerke, "", kommune.FiksOrgId), (r.Operasjon, r.Nokkel, r.FiksOrgId)));
        Assert.All(avvisninger, r => Assert.Empty(r.Kuider));
    }

    [Fact]
    public async Task AnOverrideSetOnOneInstanceCountsFromTheNextRequestOnTheOther()
    {
        using var klientB = new Fiksklient(servere.B);
        var kommune = await Kvotekommune.OpprettAsync(Store);
        var integrasjon = await kommune.IntegrasjonAsync(Store, klient);
        using var helBotte = await integrasjon.PlaterAsync(klientB, Kvoteservere.IntegrasjonKapasitet);
        using var forOverstyring = await integrasjon.PlaterAsync(klientB, 1);

        Assert.True(await Store.SettKvoteAsync(kommune.FiksOrgId, new Kvoteoverstyring(1000, 1000, 1000, 1000)));
        using var etterOverstyring = await integrasjon.PlaterAsync(klientB, 100);
        Assert.True(await Store.SettKvoteAsync(kommune.FiksOrgId, Kvoteoverstyring.Ingen));
        using var tilbakeTilStandard = await integrasjon.PlaterAsync(klientB, 1);

        Assert.Equal(HttpStatusCode.OK, helBotte.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, forOverstyring.StatusCode);
        Assert.Equal(HttpStatusCode.OK, etterOverstyring.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, tilbakeTilStandard.StatusCode);
        Assert.Null((await Store.HentDetaljerAsync(kommune.FiksOrgId))!.Kvote);
    }

    [Fact]
    public async Task TheOverrideIsStoredAndChangeLoggedWithTheOrganisation()
    {
        var kommune = await Kvotekommune.OpprettAsync(Store);
        var kvote = new Kvoteoverstyring(10, null, null, 5000);
        var endring = new Endring(DateTimeOffset.UtcNow, "ks-admin", kommune.FiksOrgId, "Endret kvoten", kvote.Beskrivelse());

        Assert.True(await Store.SettKvoteAsync(kommune.FiksOrgId, kvote, endring));

        Assert.Equal(kvote, (await Store.HentDetaljerAsync(kommune.FiksOrgId))!.Kvote);
        var logget = await servere.A.Tjeneste<IEndringslogg>().ListAsync(kommune.FiksOrgId, 0, 10);
        Assert.Contains(logget, e => e.Handling == "Endret kvoten" && e.Detaljer == "per integrasjon: 10 per sekund, kapasitet standard; for organisasjonen: standard per sekund, kapasitet 5000");
        Assert.False(await Store.SettKvoteAsync(Guid.NewGuid(), new Kvoteoverstyring(10, null, null, null)));
    }

    [Theory]
    [InlineData(0, null, null, null, "integrasjonPerSekund")]
    [InlineData(null, 99, null, null, "integrasjonKapasitet")]
    [InlineData(null, null, -1, null, "organisasjonPerSekund")]
    [InlineData(null, null, null, 100_000_001, "organisasjonKapasitet")]
    public async Task ABadOverrideIsRefusedNamingTheField(int? integrasjonPerSekund, int? integrasjonKapasitet, int? organisasjonPerSekund, int? organisasjonKapasitet, string felt)
    {
        var kommune = await Kvotekommune.OpprettAsync(Store);

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() =>
            Store.SettKvoteAsync(kommune.FiksOrgId, new Kvoteoverstyring(integrasjonPerSekund, integrasjonKapasitet, organisasjonPerSekund, organisasjonKapasitet)));

        Assert.Equal(felt, feil.Felt);
        Assert.Null((await Store.HentDetaljerAsync(kommune.FiksOrgId))!.Kvote);
    }
}
