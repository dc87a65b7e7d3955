namespace Kjoretoyregister.Server.Drift;

/// <summary>
/// The data directory (config key <c>DataDirectory</c>, default <c>data</c> under the current
/// directory): the register, the Fiks data, the audit log and demo.json live here.
/// </summary>
public sealed class DataKatalog
{
    public const string Nokkel = "DataDirectory";

    public DataKatalog(string? sti) => Sti = Path.GetFullPath(string.IsNullOrWhiteSpace(sti) ? "data" : sti);

    /// <summary>The full path.</summary>
    public string Sti { get; }

    /// <summary>A file in the data directory.</summary>
    public string Fil(string navn) => Path.Combine(Sti, navn);
}
