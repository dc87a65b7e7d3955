using System.Diagnostics;
using System.Net;
using Kjoretoyregister.Server.Telemetri;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Kjoretoyregister.Server.Tests.Telemetri;

/// <summary>Without OTEL settings no OpenTelemetry SDK is registered, and the audit row still gets the W3C trace id, a vendor's own when it sends one.</summary>
[Collection(Telemetrisamling.Navn)]
public sealed class TelemetriAvTests
{
    [Fact]
    public async Task WithoutSettingsNoProviderIsRegisteredAndASentTraceparentStillReachesTheAuditRow()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var klient = new Fiksklient(server);
        var bil = Kjoretoydata.Ny();
        klient.Importer(bil.Linje());
        var sendt = ActivityTraceId.CreateRandom().ToHexString();

        using var svar = await Traceparent.SendAsync(klient, bil.Kjennemerke, sendt);
        using var uten = await klient.KjennemerkerAsync($$"""[{"kjennemerke": "{{bil.Kjennemerke}}"}]""");

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Equal(HttpStatusCode.OK, uten.StatusCode);
        Assert.Null(server.Services.GetService<TracerProvider>());
        Assert.Null(server.Services.GetService<MeterProvider>());
        var rader = await Traceparent.RaderAsync(server);
        Assert.Equal(2, rader.Count);
        Assert.Contains(sendt, rader.Select(r => r.ErrorId));
        Assert.All(rader, r => Assert.Matches("^[0-9a-f]{32}$", r.ErrorId));
        Assert.NotEqual(rader[0].ErrorId, rader[1].ErrorId);
    }

    [Fact]
    public async Task AnErrorAnswersLogLineCarriesTheTraceId()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var http = server.CreateClient();
        var sendt = ActivityTraceId.CreateRandom().ToHexString();
        using var foresporsel = new HttpRequestMessage(HttpMethod.Get, new Uri("/kjoretoyregister/finnes-ikke", UriKind.Relative));
        foresporsel.Headers.TryAddWithoutValidation("traceparent", $"00-{sendt}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        using var ukjent = await http.SendAsync(foresporsel);

        Assert.Equal(HttpStatusCode.NotFound, ukjent.StatusCode);
        Assert.Contains(server.Logg.Linjer, l => l.Contains("IKKE_FUNNET", StringComparison.Ordinal) && l.Contains(sendt, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, null, null, false)]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318", null, true)]
    [InlineData("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://collector:4318/v1/traces", null, true)]
    [InlineData("OpenTelemetry:Enabled", "true", null, true)]
    [InlineData("OpenTelemetry:Exporter", "none", null, true)]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318", "OTEL_SDK_DISABLED", false)]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318", "OpenTelemetry:Enabled", false)]
    [InlineData("OTEL_SERVICE_NAME", "kjoretoy", null, false)]
    public void TelemetryIsOnOnlyWithAnEndpointOrAnOpenTelemetrySetting(string? nokkel, string? verdi, string? av, bool pa)
    {
        var innstillinger = new Dictionary<string, string?>();
        if (nokkel is not null)
        {
            innstillinger[nokkel] = verdi;
        }

        if (av is not null)
        {
            innstillinger[av] = av == "OTEL_SDK_DISABLED" ? "true" : "false";
        }

        var konfig = new ConfigurationBuilder().AddInMemoryCollection(innstillinger).Build();

        Assert.Equal(pa, TelemetriExtensions.Pa(konfig));
    }
}
