using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Server.Apidokument;
using Kjoretoyregister.Server.Lagring;
using Kjoretoyregister.Server.Feil;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace Kjoretoyregister.Server.Drift;

/// <summary>What every part of the server stands on: the data directory, the register, JSON, errors, health and the API documents.</summary>
public static class DriftExtensions
{
    /// <summary>The largest request body any endpoint accepts; lookups set a smaller limit.</summary>
    public const long MaksForesporsel = 1024 * 1024;

    public static WebApplicationBuilder AddDrift(this WebApplicationBuilder builder)
    {
        if (!Adresser.ErGitt(builder.Configuration))
        {
            builder.WebHost.UseUrls(Adresser.Standard);
        }

        builder.AddVideresendteHoder();

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaksForesporsel;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });

        builder.Services.AddLoggvask();
        builder.AddLagring();

        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // The API writes exactly what the contract's own JSON context writes (SVV's time format,
            // absent values left out, æøå unescaped), whichever way a result is serialised.
            var kontrakt = KontraktJsonContext.Kompakt.Options;
            o.SerializerOptions.Encoder = kontrakt.Encoder;
            o.SerializerOptions.DefaultIgnoreCondition = kontrakt.DefaultIgnoreCondition;
            foreach (var konverter in kontrakt.Converters)
            {
                o.SerializerOptions.Converters.Add(konverter);
            }

            o.SerializerOptions.TypeInfoResolverChain.Insert(0, KontraktJsonContext.Default);
        });

        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks();
        builder.AddApidokument();
        return builder;
    }

    public static WebApplication UseDrift(this WebApplication app)
    {
        // First, so every later step (cookies' Secure, the audit row's client address) sees the original request.
        app.UseVideresendteHoder();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = Feilhandtering.UventetFeilAsync, StatusCodeSelector = Feilhandtering.Status });
        app.UseStatusCodePages(Feilhandtering.StatuskodeAsync);
        return app;
    }

    public static WebApplication MapDrift(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).ExcludeFromDescription();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = Helsesvar.SkrivAsync }).ExcludeFromDescription();
        app.MapOpenApi("/openapi/{documentName}.json");
        // Served from the package, with nothing fetched from elsewhere (the server runs offline).
        app.MapScalarApiReference("/api-dokumentasjon", o => o
            .WithTitle("Fiks kjøretøyregister")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            // No "Generate SDK"/"Deploy" toolbar of Scalar's own services: vendors generate from /openapi/v1.json.
            .HideDeveloperTools()
            .ExpandAllTags());
        app.MapSammenligning();
        return app;
    }
}
