using System.Diagnostics.Metrics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kjoretoyregister.Server.Telemetri;
using Kjoretoyregister.Server.Tests.Apidokument;
using Microsoft.Extensions.DependencyInjection;

namespace Kjoretoyregister.Server.Tests.Telemetri;

/// <summary>
/// The committed Grafana dashboard (docs/drift/grafana-kjoretoyregister.json) against the meter: every
/// <c>kjoretoyregister_*</c> series it queries is one the meter makes, named as the OpenTelemetry Collector's
/// Prometheus exporter names it (dots to underscores, the unit as a suffix, <c>_total</c> on counters,
/// <c>_bucket</c>/<c>_sum</c>/<c>_count</c> on histograms), and every instrument has a panel.
/// </summary>
public sealed partial class DashbordTests
{
    private static readonly string Fil = Path.Combine(Repo.Rot, "docs", "drift", "grafana-kjoretoyregister.json");

    [Fact]
    public void EverySeriesTheDashboardQueriesIsMadeByTheMeterAndEveryInstrumentHasAPanel()
    {
        var instrumenter = Instrumenter();
        var serier = instrumenter.SelectMany(i => Serier(i).Select(s => (Serie: s, Instrument: i.Name))).ToDictionary(s => s.Serie, s => s.Instrument);
        using var dashbord = JsonDocument.Parse(File.ReadAllText(Fil));

        var uttrykk = Uttrykk(dashbord.RootElement).ToList();

        Assert.True(uttrykk.Count >= 10, $"dashbordet har bare {uttrykk.Count} spørringer");
        var brukt = uttrykk.SelectMany(u => Seriemonster().Matches(u).Select(m => m.Value)).Distinct().ToList();
        Assert.All(brukt, s => Assert.True(serier.ContainsKey(s), $"dashbordet spør etter {s}, som måleren ikke lager (har: {string.Join(", ", serier.Keys.Order())})"));
        var dekket = brukt.Select(s => serier[s]).ToHashSet();
        Assert.All(instrumenter, i => Assert.True(dekket.Contains(i.Name), $"{i.Name} har ikke noe panel i dashbordet"));
        Assert.Equal(11, instrumenter.Count);
    }

    /// <summary>Every instrument of the meter, as a new <see cref="Maaler"/> publishes them.</summary>
    private static List<Instrument> Instrumenter()
    {
        using var tjenester = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var fabrikk = tjenester.GetRequiredService<IMeterFactory>();
        var instrumenter = new List<Instrument>();
        using var lytter = new MeterListener
        {
            InstrumentPublished = (i, _) =>
            {
                if (i.Meter.Name == Maaler.Navn && ReferenceEquals(i.Meter.Scope, fabrikk))
                {
                    instrumenter.Add(i);
                }
            },
        };
        lytter.Start();
        _ = new Maaler(fabrikk);
        return instrumenter;
    }

    /// <summary>The Prometheus series of an instrument.</summary>
    private static IEnumerable<string> Serier(Instrument instrument)
    {
        var basis = instrument.Name.Replace('.', '_') + instrument.Unit switch
        {
            "s" => "_seconds",
            "ms" => "_milliseconds",
            "By" => "_bytes",
            "1" => "_ratio",
            _ => "",
        };
        var type = instrument.GetType().GetGenericTypeDefinition();
        return type == typeof(Counter<>) || type == typeof(ObservableCounter<>) ? [basis + "_total"]
            : type == typeof(Histogram<>) ? [basis + "_bucket", basis + "_sum", basis + "_count"]
            : [basis];
    }

    private static IEnumerable<string> Uttrykk(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var egenskap in element.EnumerateObject())
            {
                if (egenskap.Name == "expr" && egenskap.Value.ValueKind == JsonValueKind.String)
                {
                    yield return egenskap.Value.GetString()!;
                }

                foreach (var indre in Uttrykk(egenskap.Value))
                {
                    yield return indre;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var indre in element.EnumerateArray().SelectMany(Uttrykk))
            {
                yield return indre;
            }
        }
    }

    [GeneratedRegex("kjoretoyregister_[a-z0-9_]+")]
    private static partial Regex Seriemonster();
}
