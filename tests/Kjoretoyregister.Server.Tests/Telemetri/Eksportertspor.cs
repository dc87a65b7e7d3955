using System.Diagnostics;

namespace Kjoretoyregister.Server.Tests.Telemetri;

/// <summary>
/// A span as it was exported: its tags, its events' tags and the resource, as text. <paramref name="Leverandorens"/>:
/// made under the test's vendor span in this process (the vendor's HttpClient), not by the server.
/// </summary>
internal sealed record Eksportertspor(
    string Kilde,
    string Navn,
    ActivityKind Type,
    string TraceId,
    IReadOnlyList<(string Nokkel, string? Verdi)> Tagger,
    IReadOnlyList<(string Nokkel, string? Verdi)> Hendelser,
    IReadOnlyList<(string Nokkel, string? Verdi)> Ressurs,
    string? Status,
    bool Leverandorens)
{
    public string? Tag(string nokkel) => Tagger.FirstOrDefault(t => t.Nokkel == nokkel).Verdi;

    /// <summary>Everything the span carries as text: names, tag keys and values, event tags, resource, status.</summary>
    public IEnumerable<string> Alt() =>
        new[] { Navn, Status ?? "" }
            .Concat(Tagger.Concat(Hendelser).Concat(Ressurs).SelectMany(t => new[] { t.Nokkel, t.Verdi ?? "" }));
}
