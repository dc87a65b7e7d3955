namespace Kjoretoyregister.Cli;

/// <summary>CSV as RFC 4180 says: comma-separated, CRLF line ends, a field with a comma, quote or line break in double quotes with quotes doubled.</summary>
internal static class Csv
{
    private static readonly char[] MaSiteres = [',', '"', '\r', '\n'];

    public static string Felt(string? verdi) =>
        verdi is null ? "" :
        verdi.IndexOfAny(MaSiteres) < 0 ? verdi :
        "\"" + verdi.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static Task SkrivLinjeAsync(TextWriter ut, params string?[] felt) =>
        ut.WriteAsync(string.Join(',', felt.Select(Felt)) + "\r\n");
}
