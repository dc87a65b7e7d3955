namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// CSV as RFC 4180 says: comma-separated, CRLF line ends, a field with a comma, quote or line break in
/// double quotes with quotes doubled. A field that a spreadsheet would take for a formula (it starts
/// with =, +, -, @, tab or carriage return; the search key and the purpose header are caller input)
/// gets a leading apostrophe, as OWASP advises, so opening an export cannot run anything.
/// </summary>
public static class Csv
{
    private static readonly char[] MaSiteres = [',', '"', '\r', '\n'];

    public static string Felt(string? verdi)
    {
        if (string.IsNullOrEmpty(verdi))
        {
            return "";
        }

        if (verdi[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            verdi = "'" + verdi;
        }

        return verdi.IndexOfAny(MaSiteres) < 0 ? verdi : "\"" + verdi.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public static Task SkrivLinjeAsync(TextWriter ut, params string?[] felt) =>
        ut.WriteAsync(string.Join(',', felt.Select(Felt)) + "\r\n");
}
