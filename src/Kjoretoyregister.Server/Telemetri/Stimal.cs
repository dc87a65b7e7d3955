namespace Kjoretoyregister.Server.Telemetri;

/// <summary>A path to Statens vegvesen's v2.0 API as a template that names no key: what metrics and spans may carry.</summary>
internal static class Stimal
{
    private const string Understellsnummer = "bulk/understellsnummer/";

    /// <summary>
    /// The path without its query, and the one key SVV takes in a path (the understellsnummer) replaced by
    /// <c>{understellsnummer}</c>: <c>bulk/understellsnummer/ABC?dtg=…</c> → <c>bulk/understellsnummer/{understellsnummer}</c>.
    /// </summary>
    public static string Svv(string sti)
    {
        ArgumentNullException.ThrowIfNull(sti);
        var sporsmal = sti.IndexOf('?', StringComparison.Ordinal);
        var uten = sporsmal < 0 ? sti : sti[..sporsmal];
        var i = uten.IndexOf(Understellsnummer, StringComparison.Ordinal);
        return i < 0 ? uten : string.Concat(uten.AsSpan(0, i + Understellsnummer.Length), "{understellsnummer}");
    }
}
