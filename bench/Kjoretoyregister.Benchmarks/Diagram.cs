using System.Globalization;
using System.Security;
using System.Text;

namespace Kjoretoyregister.Benchmarks;

/// <summary>
/// <c>maling diagram RESULTATER.tsv UT.svg</c>: the chart of <c>bench/run.sh</c> from its result table,
/// as a plain SVG (no script, no fonts to fetch): requests per second per HTTP case, and single-plate
/// lookup latency (p50 and p99) per register size and engine. Rows it reads, tab-separated:
/// <c>http CASE RPS P50_MS P99_MS RATIO</c> and <c>latens ENGINE VEHICLES P50_US P99_US BULK100_MS [COLD_P50_US COLD_P99_US]</c>
/// (drawn: warm p50 and p99, and cold p50 where given).
/// </summary>
internal static class Diagram
{
    private const int Bredde = 960;
    private const int Radhoyde = 22;
    private const int Venstre = 230;

    public static int Lag(string tsv, string svg)
    {
        var linjer = File.ReadAllLines(tsv).Select(l => l.Split('\t')).ToList();
        var http = linjer.Where(l => l is ["http", _, _, _, _, _]).Select(l => (Navn: l[1], Verdi: Tall(l[2]), Tekst: $"{Tall(l[2]):N0}/s, p99 {l[4]} ms")).ToList();
        var latens = linjer.Where(l => l is ["latens", _, _, _, _, _, ..]).SelectMany(Latensstolper).ToList();

        var ut = new StringBuilder();
        var hoyde = 80 + ((http.Count + latens.Count) * Radhoyde) + 60;
        ut.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Bredde}" height="{hoyde}" font-family="sans-serif" font-size="13">""").Append('\n');
        ut.Append(CultureInfo.InvariantCulture, $"""<rect width="{Bredde}" height="{hoyde}" fill="white"/>""").Append('\n');
        var y = 30;
        y = Panel(ut, y, "Forespørsler per sekund (bulk100: kjennemerker per sekund)", http, "#2b6cb0");
        y = Panel(ut, y + 30, "Oppslag av ett kjennemerke i registeret, per registerstørrelse (µs, varmt; kaldt: første gang)", latens, "#c05621");
        ut.Append("</svg>\n");
        File.WriteAllText(svg, ut.ToString());
        return 0;
    }

    private static int Panel(StringBuilder ut, int y, string tittel, List<(string Navn, double Verdi, string Tekst)> rader, string farge)
    {
        ut.Append(CultureInfo.InvariantCulture, $"""<text x="10" y="{y}" font-weight="bold">{Esc(tittel)}</text>""").Append('\n');
        y += 12;
        var maks = rader.Count == 0 ? 1 : Math.Max(1, rader.Max(r => r.Verdi));
        var plass = Bredde - Venstre - 190;
        foreach (var (navn, verdi, tekst) in rader)
        {
            var b = Math.Max(1, verdi / maks * plass);
            ut.Append(CultureInfo.InvariantCulture, $"""<text x="{Venstre - 8}" y="{y + 15}" text-anchor="end">{Esc(navn)}</text>""");
            ut.Append(CultureInfo.InvariantCulture, $"""<rect x="{Venstre}" y="{y + 3}" width="{b:0.0}" height="{Radhoyde - 6}" fill="{farge}"/>""");
            ut.Append(CultureInfo.InvariantCulture, $"""<text x="{Venstre + b + 6:0.0}" y="{y + 15}">{Esc(tekst)}</text>""").Append('\n');
            y += Radhoyde;
        }

        return y;
    }

    /// <summary>A latency row's bars: warm p50 and p99, and the cold p50 when the row has it (PostgreSQL's rows do not).</summary>
    private static IEnumerable<(string Navn, double Verdi, string Tekst)> Latensstolper(string[] l)
    {
        var navn = $"{l[1]} {Storrelse(l[2])}";
        yield return ($"{navn} p50", Tall(l[3]), $"{l[3]} µs");
        yield return ($"{navn} p99", Tall(l[4]), $"{l[4]} µs");
        if (l.Length > 6 && Tall(l[6]) > 0)
        {
            yield return ($"{navn} p50 kaldt", Tall(l[6]), $"{l[6]} µs første gang");
        }
    }

    private static double Tall(string tekst) => double.TryParse(tekst, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) ? t : 0;

    private static string Storrelse(string antall) => long.Parse(antall, CultureInfo.InvariantCulture) switch
    {
        >= 1_000_000 and var n => $"{n / 1_000_000} mill.",
        var n => $"{n:N0}".Replace(',', ' '),
    };

    private static string Esc(string tekst) => SecurityElement.Escape(tekst);
}
