using System.Diagnostics;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Kjoretoyregister.Server.Tests.Telemetri;

/// <summary>
/// What a test server exports: <c>OpenTelemetry:Exporter=none</c> turns the SDK on without OTLP, and this adds
/// an exporter of its own that copies every span as it is exported (so what a later processor might change
/// does not count) and the in-memory exporter's metric snapshots.
/// </summary>
internal sealed class Telemetrifangst
{
    private readonly List<Eksportertspor> spor = [];
    private readonly List<MetricSnapshot> maalinger = [];

    /// <summary>Every span exported so far (a copy of the list).</summary>
    public IReadOnlyList<Eksportertspor> Spor
    {
        get
        {
            lock (spor)
            {
                return [.. spor];
            }
        }
    }

    /// <summary>Turns telemetry on in <paramref name="server"/> (before its start) with this capture as its exporter.</summary>
    public void Koble(ServerFabrikk server)
    {
        server.Konfig["OpenTelemetry:Exporter"] = "none";
        var tidligere = server.Tjenester;
        server.Tjenester = s =>
        {
            tidligere?.Invoke(s);
            s.ConfigureOpenTelemetryTracerProvider(t => t.AddProcessor(new SimpleActivityExportProcessor(new Kopi(this))));
            s.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(maalinger));
        };
    }

    /// <summary>Exports what the server has (spans ended so far, the metrics' current values).</summary>
    public void Tom(ServerFabrikk server)
    {
        Assert.True(server.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        lock (maalinger)
        {
            maalinger.Clear();
        }

        Assert.True(server.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
    }

    /// <summary>The metric's points as last exported (cumulative); none when it was not exported.</summary>
    public IReadOnlyList<MetricPoint> Punkter(string navn)
    {
        lock (maalinger)
        {
            return maalinger.LastOrDefault(m => m.Name == navn) is { } m ? [.. m.MetricPoints] : [];
        }
    }

    /// <summary>Every metric exported by the last <see cref="Tom"/>.</summary>
    public IReadOnlyList<MetricSnapshot> Maalinger
    {
        get
        {
            lock (maalinger)
            {
                return [.. maalinger];
            }
        }
    }

    /// <summary>A point's tags as a dictionary.</summary>
    public static Dictionary<string, string?> Tagger(MetricPoint punkt)
    {
        var tagger = new Dictionary<string, string?>();
        foreach (var tag in punkt.Tags)
        {
            tagger[tag.Key] = tag.Value?.ToString();
        }

        return tagger;
    }

    private static IEnumerable<Activity> Forfedre(Activity a)
    {
        for (var f = a.Parent; f is not null; f = f.Parent)
        {
            yield return f;
        }
    }

    private sealed class Kopi(Telemetrifangst fangst) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            var ressurs = ParentProvider?.GetResource().Attributes.Select(a => (a.Key, Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture))).ToList() ?? [];
            foreach (var a in batch)
            {
                var kopi = new Eksportertspor(
                    a.Source.Name,
                    a.DisplayName,
                    a.Kind,
                    a.TraceId.ToHexString(),
                    a.TagObjects.Select(t => (t.Key, Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture))).ToList(),
                    a.Events.SelectMany(e => e.Tags.Select(t => (e.Name + "." + t.Key, Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture))).Append(("event", e.Name))).ToList(),
                    ressurs,
                    a.StatusDescription,
                    Forfedre(a).Any(f => f.OperationName == Traceparent.Leverandorspor));
                lock (fangst.spor)
                {
                    fangst.spor.Add(kopi);
                }
            }

            return ExportResult.Success;
        }
    }
}
