using System.Diagnostics;
using OpenTelemetry;

namespace Kjoretoyregister.Server.Telemetri;

/// <summary>
/// Takes what may hold a key out of every span before an exporter sees it. A lookup's path holds the plate
/// or the understellsnummer, its query a name or a fødselsnummer: a server span's <c>url.path</c> becomes its
/// route template (<c>http.route</c>; removed when there is none, e.g. a 404) and <c>url.query</c> goes; a
/// client span's <c>url.full</c> (SVV's URL) keeps scheme, host, port and the path as a template
/// (<see cref="Stimal.Svv"/>), without query. Added to the tracer before the exporters, so they run after it.
/// </summary>
internal sealed class Sporvask : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        if (data.GetTagItem("url.path") is not null)
        {
            data.SetTag("url.path", data.GetTagItem("http.route") as string);
        }

        if (data.GetTagItem("url.query") is not null)
        {
            data.SetTag("url.query", null);
        }

        if (data.GetTagItem("url.full") is string full)
        {
            data.SetTag("url.full", Uri.TryCreate(full, UriKind.Absolute, out var uri)
                ? $"{uri.Scheme}://{uri.Authority}{Stimal.Svv(uri.AbsolutePath)}"
                : null);
        }
    }
}
