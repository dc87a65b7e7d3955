using System.Text;
using System.Text.Json;
using Kjoretoyregister.Register.Syntetisk;

namespace Kjoretoyregister.Register.Tests.Syntetisk;

/// <summary>Generates a synthetic register in memory and reads it back line by line.</summary>
internal static class SyntetiskeLinjer
{
    public static async Task<byte[]> GenererAsync(long antall, int seed = 1)
    {
        using var ut = new MemoryStream();
        await SyntetiskRegister.SkrivAsync(ut, new SyntetiskRegisterOptions(antall, seed));
        return ut.ToArray();
    }

    /// <summary>The lines as text (the output ends with '\n', so there is no empty last line).</summary>
    public static string[] Tekstlinjer(byte[] ndjson)
    {
        var tekst = Encoding.UTF8.GetString(ndjson);
        Assert.EndsWith("\n", tekst, StringComparison.Ordinal);
        return tekst[..^1].Split('\n');
    }

    public static async Task<JsonElement[]> LesAsync(long antall, int seed = 1)
    {
        var linjer = Tekstlinjer(await GenererAsync(antall, seed));
        var elementer = new JsonElement[linjer.Length];
        for (var i = 0; i < linjer.Length; i++)
        {
            using var dokument = JsonDocument.Parse(linjer[i]);
            elementer[i] = dokument.RootElement.Clone();
        }

        return elementer;
    }

    public static string Type(this JsonElement linje) => linje.GetProperty("type").GetString()!;

    public static string? Tekst(this JsonElement element, string navn) =>
        element.TryGetProperty(navn, out var verdi) && verdi.ValueKind == JsonValueKind.String ? verdi.GetString() : null;

    public static DateTimeOffset Fom(this JsonElement periode) =>
        DateTimeOffset.Parse(periode.GetProperty("fomTidspunkt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The end of a period; DateTimeOffset.MaxValue when it is open.</summary>
    public static DateTimeOffset Til(this JsonElement periode) =>
        periode.Tekst("tilTidspunkt") is { } til
            ? DateTimeOffset.Parse(til, System.Globalization.CultureInfo.InvariantCulture)
            : DateTimeOffset.MaxValue;
}
