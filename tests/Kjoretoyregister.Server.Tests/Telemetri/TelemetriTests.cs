using System.Diagnostics;
using System.Net;
using Kjoretoyregister.Server.Telemetri;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Telemetri;

/// <summary>
/// Telemetry on (the in-memory capture instead of OTLP), SQLite: the lookup's request span with its operation
/// and outcome, the meter's values after known calls, the trace id in the audit row, and no key, name,
/// fødselsnummer, password or token in anything exported.
/// </summary>
[Collection(Telemetrisamling.Navn)]
public sealed class TelemetriTests : IDisposable
{
    private const string Rute = "/kjoretoyregister/api/{fiksOrgId}/rest/distribusjon/kjoretoy/v2.0/bulk/kjennemerke";

    private readonly Telemetrifangst fangst = new();
    private readonly ServerFabrikk server = ServerFabrikk.UtenDemoregister();

    public TelemetriTests() => fangst.Koble(server);

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task LookupSpanCarriesOperationOutcomeAndRouteButNotThePlate()
    {
        using var klient = new Fiksklient(server);
        var bil = Kjoretoydata.Ny();
        klient.Importer(bil.Linje());

        using var svar = await klient.KjennemerkerAsync($$"""[{"kjennemerke": "{{bil.Kjennemerke}}"}, {"kjennemerke": "ZZ 99999"}]""");

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        fangst.Tom(server);
        var spor = Assert.Single(fangst.Spor, s => s.Type == ActivityKind.Server && s.Tag("http.route") == Rute);
        Assert.Equal("kjennemerke", spor.Tag(Oppslagsspor.Operasjon));
        Assert.Equal("blandet", spor.Tag(Oppslagsspor.Utfall));
        Assert.Equal("2", spor.Tag(Oppslagsspor.Elementer));
        Assert.Equal("1", spor.Tag(Oppslagsspor.Treff));
        Assert.Equal(klient.Demo.FiksOrgId.ToString(), spor.Tag(Oppslagsspor.FiksOrgId));
        Assert.Equal(klient.Demo.IntegrasjonId.ToString(), spor.Tag(Oppslagsspor.IntegrasjonId));
        Assert.Equal(Rute, spor.Tag("url.path"));
        Assert.Equal("200", spor.Tag("http.response.status_code"));
        Assert.Equal("kjoretoyregister", spor.Ressurs.First(r => r.Nokkel == "service.name").Verdi);
    }

    [Fact]
    public async Task MeterCountsLookupsByOutcomeAndOrganisationAndBulkSizesAndAuditCommits()
    {
        using var klient = new Fiksklient(server);
        var (en, to) = (Kjoretoydata.Ny(), Kjoretoydata.Ny());
        klient.Importer(en.Linje(), to.Linje());

        foreach (var liste in new[] { $$"""[{"kjennemerke": "{{en.Kjennemerke}}"}]""", $$"""[{"kjennemerke": "{{to.Kjennemerke}}"}]""", """[{"kjennemerke": "ZZ 99999"}]""",
            $$"""[{"kjennemerke": "{{en.Kjennemerke}}"}, {"kjennemerke": "{{to.Kjennemerke}}"}, {"kjennemerke": "ZZ 99998"}, {"kjennemerke": "!"}]""" })
        {
            using var svar = await klient.KjennemerkerAsync(liste);
            Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        }

        fangst.Tom(server);
        var org = klient.Demo.FiksOrgId.ToString();
        var oppslag = fangst.Punkter("kjoretoyregister.oppslag").Select(p => (Tagger: Telemetrifangst.Tagger(p), Verdi: p.GetSumLong()))
            .Where(p => p.Tagger["fiks_org_id"] == org).ToDictionary(p => (p.Tagger["operasjon"], p.Tagger["utfall"]), p => p.Verdi);
        Assert.Equal(new Dictionary<(string?, string?), long> { [("kjennemerke", "treff")] = 4, [("kjennemerke", "ukjent")] = 2, [("kjennemerke", "ugyldig")] = 1 }, oppslag);
        var bulk = Assert.Single(fangst.Punkter("kjoretoyregister.bulk.elementer"));
        Assert.Equal("kjennemerke", Telemetrifangst.Tagger(bulk)["operasjon"]);
        Assert.Equal((4L, 7.0), (bulk.GetHistogramCount(), bulk.GetHistogramSum()));
        var rader = Assert.Single(fangst.Punkter("kjoretoyregister.oppslagslogg.commit.rader"));
        Assert.Equal(("sqlite", 7.0), (Telemetrifangst.Tagger(rader)["motor"], rader.GetHistogramSum()));
        var tid = Assert.Single(fangst.Punkter("kjoretoyregister.oppslagslogg.commit.varighet"));
        Assert.Equal(rader.GetHistogramCount(), tid.GetHistogramCount());
        Assert.InRange(tid.GetHistogramCount(), 1, 4);
        Assert.True(tid.GetHistogramSum() > 0);
    }

    [Fact]
    public async Task TokenMemoryHitsAndQuotaRefusalsAreCountedFromRealCalls()
    {
        var fangst2 = new Telemetrifangst();
        using var kvoteserver = ServerFabrikk.UtenDemoregister();
        kvoteserver.Konfig["Kvote:Integrasjon:OppslagPerSekund"] = "0.001";
        kvoteserver.Konfig["Kvote:Integrasjon:Kapasitet"] = "100";
        fangst2.Koble(kvoteserver);
        using var klient = new Fiksklient(kvoteserver);
        var token = await klient.TokenAsync();
        var hundre = "[" + string.Join(", ", Enumerable.Range(0, 100).Select(i => $$"""{"kjennemerke": "AB{{10000 + i}}"}""")) + "]";

        using var forste = await klient.KjennemerkerAsync(hundre, token);
        using var andre = await klient.KjennemerkerAsync("""[{"kjennemerke": "AB20000"}]""", token);
        using var tredje = await klient.KjennemerkerAsync("""[{"kjennemerke": "AB20001"}]""", token);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests), (forste.StatusCode, andre.StatusCode, tredje.StatusCode));
        fangst2.Tom(kvoteserver);
        var buffer = fangst2.Punkter("kjoretoyregister.token.buffer").ToDictionary(p => Telemetrifangst.Tagger(p)["treff"]!, p => p.GetSumLong());
        Assert.Equal(new Dictionary<string, long> { ["true"] = 2, ["false"] = 1 }, buffer);
        var kvote = Assert.Single(fangst2.Punkter("kjoretoyregister.kvote.avvist"));
        var tagger = Telemetrifangst.Tagger(kvote);
        Assert.Equal(("integrasjon", klient.Demo.FiksOrgId.ToString(), 2L), (tagger["niva"], tagger["fiks_org_id"], kvote.GetSumLong()));
    }

    [Fact]
    public void TheCircuitBreakersStateAndTransitionsAreExported()
    {
        var maaler = server.Tjeneste<Maaler>();

        maaler.Krets("apnet");
        fangst.Tom(server);
        var apen = Assert.Single(fangst.Punkter("kjoretoyregister.svv.kretsbryter.apen")).GetGaugeLastValueLong();
        maaler.Krets("lukket");
        fangst.Tom(server);

        Assert.Equal(1, apen);
        Assert.Equal(0, Assert.Single(fangst.Punkter("kjoretoyregister.svv.kretsbryter.apen")).GetGaugeLastValueLong());
        var overganger = fangst.Punkter("kjoretoyregister.svv.kretsbryter.overganger").ToDictionary(p => Telemetrifangst.Tagger(p)["tilstand"]!, p => p.GetSumLong());
        Assert.Equal(new Dictionary<string, long> { ["apnet"] = 1, ["lukket"] = 1 }, overganger);
    }

    [Fact]
    public async Task TheAuditRowHoldsTheSpansTraceIdAndASentTraceparentsTraceId()
    {
        using var klient = new Fiksklient(server);
        var bil = Kjoretoydata.Ny();
        klient.Importer(bil.Linje());
        var sendt = ActivityTraceId.CreateRandom().ToHexString();

        using var egen = await klient.KjennemerkerAsync($$"""[{"kjennemerke": "{{bil.Kjennemerke}}"}]""");
        using var fortsatt = await Traceparent.SendAsync(klient, bil.Kjennemerke, sendt);

        Assert.Equal(HttpStatusCode.OK, egen.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fortsatt.StatusCode);
        fangst.Tom(server);
        var spor = fangst.Spor.Where(s => s.Type == ActivityKind.Server && s.Tag("http.route") == Rute).Select(s => s.TraceId).ToList();
        var rader = await Traceparent.RaderAsync(server);
        Assert.Equal(2, rader.Count);
        Assert.All(rader, r => Assert.Matches("^[0-9a-f]{32}$", r.ErrorId));
        Assert.Equal(spor.Order(), rader.Select(r => r.ErrorId).Order());
        Assert.Contains(sendt, rader.Select(r => r.ErrorId));
    }

    [Fact]
    public async Task NothingExportedHoldsAPlateVinNameFodselsnummerPasswordOrToken()
    {
        using var klient = new Fiksklient(server);
        var bil = Kjoretoydata.Ny("Sporlausen");
        klient.Importer(bil.Linje());
        var token = await klient.TokenAsync();
        using var leverandor = Traceparent.Leverandor();

        var kall = new (HttpMethod, string, string?)[]
        {
            (HttpMethod.Post, klient.SvvSti("bulk/kjennemerke"), $$"""[{"kjennemerke": "{{bil.Kjennemerke}}"}]"""),
            (HttpMethod.Get, klient.SvvSti("bulk/understellsnummer/" + Uri.EscapeDataString(bil.Understellsnummer)), null),
            (HttpMethod.Get, klient.SvvSti("sok/eiernavn?navn=" + Uri.EscapeDataString(bil.Etternavn)), null),
            (HttpMethod.Post, klient.KsSti("person"), $$"""{"fnr": "{{bil.Fnr}}"}"""),
            (HttpMethod.Get, klient.SvvSti("bulk/understellsnummer/" + Uri.EscapeDataString(bil.Fnr) + "?dtg=ugyldig"), null),
            (HttpMethod.Get, "/kjoretoyregister/finnes-ikke/" + Uri.EscapeDataString(bil.Kjennemerke) + "?fnr=" + bil.Fnr, null),
        };
        foreach (var (metode, sti, json) in kall)
        {
            using var svar = await klient.SendAsync(metode, sti, json, token);
            Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.NoContent or HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{sti}: {(int)svar.StatusCode}");
        }

        using var feilPassord = await klient.SendAsync(HttpMethod.Post, klient.SvvSti("bulk/kjennemerke"), $$"""[{"kjennemerke": "{{bil.Kjennemerke}}"}]""", token, passord: "feil-" + klient.Demo.IntegrasjonPassord);

        Assert.Equal(HttpStatusCode.Unauthorized, feilPassord.StatusCode);
        fangst.Tom(server);
        Assert.Contains(fangst.Spor, s => s.Tag(Oppslagsspor.Operasjon) == "person");
        Assert.Contains(fangst.Spor, s => s.Tag(Oppslagsspor.Operasjon) == "eiernavn");
        Lekkasjesjekk.IngenAv(fangst, [bil.Kjennemerke, bil.Understellsnummer, bil.Fnr, bil.Fornavn, bil.Etternavn, klient.Demo.IntegrasjonPassord, token]);
    }
}
