using Kjoretoyregister.Client;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Lagring;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Kjoretoyregister.Server.Telemetri;

/// <summary>
/// OpenTelemetry: traces (ASP.NET Core, HttpClient, Npgsql on PostgreSQL, the SDK's Maskinporten calls) and
/// metrics (the <see cref="Maaler.Navn"/> meter, ASP.NET Core, Kestrel, HttpClient, the runtime, Npgsql's
/// pool), exported with OTLP. Off, with no SDK registered, unless <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (or a
/// per-signal endpoint) or an <c>OpenTelemetry:*</c> setting is given; <c>OTEL_SDK_DISABLED=true</c> or
/// <c>OpenTelemetry:Enabled=false</c> keeps it off. Everything else follows the standard <c>OTEL_*</c>
/// variables, which the SDK and the OTLP exporter read themselves (protocol, headers, sampler, resource).
/// <c>OpenTelemetry:Exporter=none</c> (or <c>OTEL_TRACES_EXPORTER</c>/<c>OTEL_METRICS_EXPORTER=none</c>) turns
/// the SDK on without OTLP, for an exporter added elsewhere (the tests' in-memory one).
/// </summary>
public static class TelemetriExtensions
{
    public const string Seksjon = "OpenTelemetry";

    /// <summary>The service name unless <c>OTEL_SERVICE_NAME</c> or <c>OTEL_RESOURCE_ATTRIBUTES</c> names one.</summary>
    public const string Tjenestenavn = "kjoretoyregister";

    public static WebApplicationBuilder AddTelemetri(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<Maaler>();
        var konfig = builder.Configuration;
        if (!Pa(konfig))
        {
            return builder;
        }

        var otlp = !string.Equals(konfig[Seksjon + ":Exporter"], "none", StringComparison.OrdinalIgnoreCase);
        var postgres = LagringExtensions.Motor(konfig) == Lagringsmotor.Postgres;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r =>
            {
                if (string.IsNullOrWhiteSpace(konfig["OTEL_SERVICE_NAME"]) && konfig["OTEL_RESOURCE_ATTRIBUTES"]?.Contains("service.name=", StringComparison.Ordinal) != true)
                {
                    r.AddService(Tjenestenavn, serviceVersion: typeof(TelemetriExtensions).Assembly.GetName().Version?.ToString());
                }
            })
            .WithTracing(t =>
            {
                // First, so every exporter (added after it) sees the spans already washed.
                t.AddProcessor(new Sporvask());
                t.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                    .AddHttpClientInstrumentation()
                    .AddSource(KjoretoyregisterTelemetri.Navn);
                if (postgres)
                {
                    t.AddNpgsql();
                }

                if (otlp && !Ingen(konfig["OTEL_TRACES_EXPORTER"]))
                {
                    t.AddOtlpExporter();
                }
            })
            .WithMetrics(m =>
            {
                m.AddMeter(Maaler.Navn)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (postgres)
                {
                    m.AddNpgsqlInstrumentation();
                }

                if (otlp && !Ingen(konfig["OTEL_METRICS_EXPORTER"]))
                {
                    m.AddOtlpExporter();
                }
            });
        return builder;
    }

    /// <summary>Whether the settings turn telemetry on (see the class summary).</summary>
    public static bool Pa(IConfiguration konfig)
    {
        ArgumentNullException.ThrowIfNull(konfig);
        if (string.Equals(konfig["OTEL_SDK_DISABLED"], "true", StringComparison.OrdinalIgnoreCase)
            || string.Equals(konfig[Seksjon + ":Enabled"], "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !string.IsNullOrWhiteSpace(konfig["OTEL_EXPORTER_OTLP_ENDPOINT"])
            || !string.IsNullOrWhiteSpace(konfig["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"])
            || !string.IsNullOrWhiteSpace(konfig["OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"])
            || konfig.GetSection(Seksjon).GetChildren().Any();
    }

    private static bool Ingen(string? eksportor) => string.Equals(eksportor?.Trim(), "none", StringComparison.OrdinalIgnoreCase);
}
