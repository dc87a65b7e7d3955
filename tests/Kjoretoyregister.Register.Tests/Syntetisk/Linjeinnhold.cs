using System.Text.Json;

namespace Kjoretoyregister.Register.Tests.Syntetisk;

/// <summary>Walks the parties and plates of parsed import lines.</summary>
internal static class Linjeinnhold
{
    public static readonly DateTimeOffset Referansetidspunkt = new(2026, 11, 1, 12, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Every person or organisation on the line, with the role it has there.</summary>
    public static IEnumerable<(string Rolle, JsonElement Part)> Parter(JsonElement linje)
    {
        if (linje.Type() == "kjoretoy")
        {
            foreach (var eierskap in linje.GetProperty("eierskap").EnumerateArray())
            {
                foreach (var rolle in (string[])["eier", "medeier", "leasingtaker", "underenhet"])
                {
                    if (eierskap.TryGetProperty(rolle, out var part))
                    {
                        yield return (rolle, part);
                    }
                }
            }

            yield break;
        }

        yield return ("provekjennemerkeeier", linje.GetProperty("eier"));
        foreach (var kjoreseddel in Kjoresedler(linje))
        {
            yield return ("bruker", kjoreseddel.GetProperty("bruker"));
        }
    }

    public static IEnumerable<JsonElement> Kjoresedler(JsonElement linje) =>
        linje.TryGetProperty("kjoresedler", out var sedler) ? sedler.EnumerateArray() : [];

    public static IEnumerable<JsonElement> Personer(IEnumerable<JsonElement> linjer) =>
        linjer.SelectMany(Parter).Where(p => p.Part.TryGetProperty("person", out _)).Select(p => p.Part);

    public static IEnumerable<JsonElement> Kjoretoy(IEnumerable<JsonElement> linjer) =>
        linjer.Where(l => l.Type() == "kjoretoy");

    public static IEnumerable<JsonElement> Provekjennemerker(IEnumerable<JsonElement> linjer) =>
        linjer.Where(l => l.Type() == "provekjennemerke");

    /// <summary>A plate as the register matches it: upper-case without spaces.</summary>
    public static string Sokenokkel(string kjennemerke) =>
        kjennemerke.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>Mod 11 with the given weights over the first digits; -1 when the remainder gives 10.</summary>
    public static int Kontrollsiffer(string sifre, int[] vekter)
    {
        var sum = 0;
        for (var i = 0; i < vekter.Length; i++)
        {
            sum += (sifre[i] - '0') * vekter[i];
        }

        var k = 11 - (sum % 11);
        return k == 11 ? 0 : k == 10 ? -1 : k;
    }

    public static string Status(JsonElement kjoretoy) =>
        kjoretoy.GetProperty("registreringer").EnumerateArray().Last().GetProperty("registreringsstatus").GetString()!;
}
