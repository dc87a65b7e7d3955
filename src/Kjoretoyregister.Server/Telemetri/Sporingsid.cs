using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Kjoretoyregister.Server.Telemetri;

/// <summary>
/// A request's W3C trace id (32 hex digits): the id of the request's activity, which ASP.NET Core continues
/// from an incoming <c>traceparent</c> (so a vendor's trace goes on here) and starts afresh otherwise. The
/// audit row, the error log lines and the trace all carry it, so a support case goes from an error to its row
/// to its trace. ASP.NET Core makes the activity whenever its hosting log or a listener is on (always with the
/// default log levels); without one, a random id is made once per request.
/// </summary>
public static class Sporingsid
{
    private static readonly object Nokkel = new();

    public static string For(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Features.Get<IHttpActivityFeature>()?.Activity is { IdFormat: ActivityIdFormat.W3C } aktivitet)
        {
            return aktivitet.TraceId.ToHexString();
        }

        if (http.Items.TryGetValue(Nokkel, out var laget) && laget is string id)
        {
            return id;
        }

        var ny = ActivityTraceId.CreateRandom().ToHexString();
        http.Items[Nokkel] = ny;
        return ny;
    }
}
