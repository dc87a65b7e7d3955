using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Telemetri;

/// <summary>A lookup sent as a vendor whose own trace is going on (a <c>traceparent</c> header), and the audit rows to check it against.</summary>
internal static class Traceparent
{
    /// <summary>
    /// The vendor's own span is current while the request goes out, as in the vendor's process: an HttpClient
    /// that traces writes its own <c>traceparent</c> (a child in the same trace) over the one set here.
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsync(Fiksklient klient, string kjennemerke, string traceId)
    {
        var token = await klient.TokenAsync();
        using var leverandor = Leverandor(traceId);
        using var foresporsel = new HttpRequestMessage(HttpMethod.Post, new Uri(klient.SvvSti("bulk/kjennemerke"), UriKind.Relative))
        {
            Content = new StringContent($$"""[{"kjennemerke": "{{kjennemerke}}"}]""", Encoding.UTF8, "application/json"),
        };
        foresporsel.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        foresporsel.Headers.TryAddWithoutValidation("IntegrasjonId", klient.Demo.IntegrasjonId.ToString());
        foresporsel.Headers.TryAddWithoutValidation("IntegrasjonPassord", klient.Demo.IntegrasjonPassord);
        foresporsel.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        return await klient.Http.SendAsync(foresporsel);
    }

    /// <summary>The operation name of <see cref="Leverandor"/>'s activity.</summary>
    public const string Leverandorspor = "leverandor";

    /// <summary>
    /// Starts the vendor's own span (in <paramref name="traceId"/>'s trace, or a new one): the test's HttpClient
    /// spans under it are the vendor's, made in this process only because the test is, and not the server's.
    /// </summary>
    public static Activity Leverandor(string? traceId = null) =>
        new Activity(Leverandorspor)
            .SetParentId(traceId is null ? ActivityTraceId.CreateRandom() : ActivityTraceId.CreateFromString(traceId), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded)
            .Start();

    public static async Task<List<LoggRad>> RaderAsync(ServerFabrikk server)
    {
        var rader = new List<LoggRad>();
        await foreach (var rad in server.Tjeneste<IOppslagsloggLeser>().SokAsync(new LoggFilter()))
        {
            rader.Add(rad.Rad);
        }

        return rader;
    }
}
