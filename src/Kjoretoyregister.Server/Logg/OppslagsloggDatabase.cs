using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Drift;

namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// The audit log in <c>&lt;data directory&gt;/oppslagslogg.db</c>: one row per looked-up item, the
/// persons and organisations each row disclosed, and the usage counts per month. Every commit is fsynced
/// (<see cref="SqliteFil"/> with <c>holdbar: true</c>), so a row the caller was told about survives a power cut.
/// </summary>
public sealed class OppslagsloggDatabase
{
    /// <summary>The file name under the data directory.</summary>
    public const string Filnavn = "oppslagslogg.db";

    /// <summary>The schema, one step per version: <c>Lagring/Migrasjoner/sqlite/oppslagslogg/*.sql</c>.</summary>
    public static IReadOnlyList<string> Steg { get; } = Migrasjonssett.Les(typeof(OppslagsloggDatabase).Assembly, Lagringsmotor.Sqlite, "oppslagslogg").Steg;

    public OppslagsloggDatabase(string sti) => Fil = new SqliteFil(sti, Steg, holdbar: true);

    /// <summary>The file and its connections.</summary>
    public SqliteFil Fil { get; }

    /// <summary>True when the file opens and has its tables (the readiness check).</summary>
    public bool Svarer()
    {
        using var tilkobling = Fil.Apne();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('logg', 'logg_part', 'forbruk')";
        return Convert.ToInt64(kommando.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 3;
    }
}
