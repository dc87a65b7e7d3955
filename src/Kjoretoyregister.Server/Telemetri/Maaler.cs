using System.Diagnostics;
using System.Diagnostics.Metrics;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Registerkilde;

namespace Kjoretoyregister.Server.Telemetri;

/// <summary>
/// The service's own metrics: the meter <see cref="Navn"/>, made through <see cref="IMeterFactory"/>.
/// Every instrument is listed in docs/drift.md (section Telemetri) with its unit, tags and meaning, and the
/// Grafana dashboard beside it queries them. A measurement nobody listens to costs a flag check; no tag
/// holds a key, a name, a fødselsnummer or a secret (an organisation's Fiks id is not personal data).
/// </summary>
public sealed class Maaler
{
    /// <summary>The meter's name, for <c>AddMeter</c>.</summary>
    public const string Navn = "Kjoretoyregister";

    private static readonly Utfall[] Alle = Enum.GetValues<Utfall>();

    private static readonly double[] SekundGrenser = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> oppslag;
    private readonly Histogram<int> bulkElementer;
    private readonly Histogram<double> commitVarighet;
    private readonly Histogram<int> commitRader;
    private readonly Counter<long> loggFeil;
    private readonly Counter<long> tokenOppslag;
    private readonly Histogram<double> svvVarighet;
    private readonly Counter<long> svvFeil;
    private readonly Counter<long> kretsOverganger;
    private readonly Counter<long> kvoteAvvist;
    private int kretsApen;

    public Maaler(IMeterFactory fabrikk)
    {
        ArgumentNullException.ThrowIfNull(fabrikk);
        var meter = fabrikk.Create(Navn);
        oppslag = meter.CreateCounter<long>("kjoretoyregister.oppslag", "{oppslag}",
            "Oppslåtte elementer skrevet i oppslagsloggen, etter operasjon, utfall og organisasjon");
        bulkElementer = meter.CreateHistogram("kjoretoyregister.bulk.elementer", "{element}",
            "Elementer per bulkkall (kjennemerke, kuid)", advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100] });
        commitVarighet = meter.CreateHistogram("kjoretoyregister.oppslagslogg.commit.varighet", "s",
            "Tid for én transaksjon i oppslagsloggen (skriving og commit)", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SekundGrenser });
        commitRader = meter.CreateHistogram("kjoretoyregister.oppslagslogg.commit.rader", "{rad}",
            "Rader per transaksjon i oppslagsloggen (gruppecommit)",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] });
        loggFeil = meter.CreateCounter<long>("kjoretoyregister.oppslagslogg.feil", "{transaksjon}",
            "Transaksjoner i oppslagsloggen som feilet (kallene fikk 503 uten data)");
        tokenOppslag = meter.CreateCounter<long>("kjoretoyregister.token.buffer", "{oppslag}",
            "Oppslag i bufferen av validerte Maskinporten-tokens, treff eller bom");
        svvVarighet = meter.CreateHistogram("kjoretoyregister.svv.varighet", "s",
            "Varighet av kall til Statens vegvesen, med nye forsøk, etter operasjon og utfall", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SekundGrenser });
        svvFeil = meter.CreateCounter<long>("kjoretoyregister.svv.feil", "{kall}",
            "Kall til Statens vegvesen som ikke ga et svar, etter grunn");
        kretsOverganger = meter.CreateCounter<long>("kjoretoyregister.svv.kretsbryter.overganger", "{overgang}",
            "Kretsbryteren mot Statens vegvesen åpnet, halvåpnet eller lukket");
        meter.CreateObservableGauge("kjoretoyregister.svv.kretsbryter.apen", () => Volatile.Read(ref kretsApen), "{krets}",
            "1 når kretsbryteren mot Statens vegvesen er åpen (oppslag stanses), ellers 0");
        kvoteAvvist = meter.CreateCounter<long>("kjoretoyregister.kvote.avvist", "{kall}",
            "Kall avvist av kvoten (429 KVOTE_OPPBRUKT), etter nivå");
    }

    /// <summary>The audited items of one lookup call: one count per item, by its outcome.</summary>
    public void Oppslag(string operasjon, Guid fiksOrgId, IReadOnlyList<LoggRad> rader)
    {
        ArgumentNullException.ThrowIfNull(rader);
        if (!oppslag.Enabled)
        {
            return;
        }

        var org = fiksOrgId.ToString();
        foreach (var gruppe in Alle)
        {
            var antall = 0;
            foreach (var rad in rader)
            {
                antall += rad.Utfall == gruppe ? 1 : 0;
            }

            if (antall > 0)
            {
                oppslag.Add(antall, new TagList { { "operasjon", operasjon }, { "utfall", Loggkolonner.Tekst(gruppe) }, { "fiks_org_id", org } });
            }
        }
    }

    /// <summary>The number of items in one bulk call (valid or not).</summary>
    public void Bulk(string operasjon, int elementer) =>
        bulkElementer.Record(elementer, new KeyValuePair<string, object?>("operasjon", operasjon));

    /// <summary>One committed audit transaction on <paramref name="motor"/> (sqlite, postgres).</summary>
    public void LoggCommit(string motor, TimeSpan varighet, int rader)
    {
        var tag = new KeyValuePair<string, object?>("motor", motor);
        commitVarighet.Record(varighet.TotalSeconds, tag);
        commitRader.Record(rader, tag);
    }

    /// <summary>One audit transaction that failed (its callers got 503).</summary>
    public void LoggFeilet(string motor) => loggFeil.Add(1, new KeyValuePair<string, object?>("motor", motor));

    /// <summary>A look in the validated-token memory: <paramref name="treff"/> when the token was there already.</summary>
    public void TokenOppslag(bool treff) => tokenOppslag.Add(1, new KeyValuePair<string, object?>("treff", treff ? "true" : "false"));

    /// <summary>One call to SVV, attempts included: its operation (a path template), its outcome (ok, or the reason it failed) and time.</summary>
    public void SvvKall(string operasjon, string utfall, TimeSpan varighet)
    {
        if (svvVarighet.Enabled)
        {
            svvVarighet.Record(varighet.TotalSeconds, new TagList { { "operasjon", operasjon }, { "utfall", utfall } });
        }

        if (utfall != SvvUtfall.Ok && utfall != SvvUtfall.IngenTreff && utfall != SvvUtfall.Avvist400)
        {
            svvFeil.Add(1, new KeyValuePair<string, object?>("grunn", utfall));
        }
    }

    /// <summary>The circuit breaker towards SVV changed: <c>apnet</c>, <c>halvapnet</c> or <c>lukket</c>.</summary>
    public void Krets(string tilstand)
    {
        Volatile.Write(ref kretsApen, tilstand == "apnet" ? 1 : 0);
        kretsOverganger.Add(1, new KeyValuePair<string, object?>("tilstand", tilstand));
    }

    /// <summary>A call refused by the fair-use quota, at <paramref name="nivaa"/> (integrasjon or organisasjon), for the organisation.</summary>
    public void KvoteAvvist(string nivaa, Guid fiksOrgId) =>
        kvoteAvvist.Add(1, new KeyValuePair<string, object?>("niva", nivaa), new KeyValuePair<string, object?>("fiks_org_id", fiksOrgId.ToString()));
}
