namespace Kjoretoyregister.Server.Tests.Telemetri;

/// <summary>Looks through everything exported (spans with their events and resource, metric names and tags) for values that must never be there.</summary>
internal static class Lekkasjesjekk
{
    /// <summary>A JWT's first characters (<c>{"</c> base64url-encoded): no token, of any kind, in any attribute.</summary>
    private const string Jwt = "eyJ";

    /// <summary>Every span the server made (not the vendor's own, see <see cref="Eksportertspor.Leverandorens"/>) and every metric.</summary>
    public static void IngenAv(Telemetrifangst fangst, IEnumerable<string> hemmeligheter)
    {
        var former = hemmeligheter.Where(h => h.Length > 0)
            .SelectMany(h => new[] { h, Uri.EscapeDataString(h), h.Replace(" ", "+", StringComparison.Ordinal), h.Replace(" ", "", StringComparison.Ordinal) })
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var tekster = fangst.Spor.Where(s => !s.Leverandorens).SelectMany(s => s.Alt().Select(t => (Hvor: $"{s.Kilde} {s.Navn}", Tekst: t)))
            .Concat(fangst.Maalinger.SelectMany(m => m.MetricPoints.SelectMany(p => Telemetrifangst.Tagger(p)
                .SelectMany(t => new[] { t.Key, t.Value ?? "" })).Append(m.Name).Select(t => (Hvor: m.Name, Tekst: t))))
            .ToList();
        Assert.NotEmpty(tekster);
        foreach (var (hvor, tekst) in tekster)
        {
            Assert.DoesNotContain(Jwt, tekst, StringComparison.Ordinal);
            foreach (var form in former)
            {
                Assert.False(tekst.Contains(form, StringComparison.OrdinalIgnoreCase), $"«{form}» ble eksportert i {hvor}: {tekst}");
            }
        }
    }
}
