namespace Kjoretoyregister.Server.Drift;

/// <summary>
/// The console log's format: the framework's own setting <c>Logging:Console:FormatterName</c>
/// (<c>Logging__Console__FormatterName=json</c>) makes every line one JSON object. Then the server prints
/// nothing to standard output besides the log, so a collector can read every line as JSON.
/// </summary>
public static class Konsollogg
{
    public const string FormatNokkel = "Logging:Console:FormatterName";

    /// <summary>Whether the console log is JSON lines.</summary>
    public static bool ErJson(IConfiguration konfigurasjon) =>
        string.Equals(konfigurasjon[FormatNokkel], "json", StringComparison.OrdinalIgnoreCase);
}
