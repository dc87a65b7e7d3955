using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Drift;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// The Fiks side's own data in <c>&lt;data directory&gt;/fiks.db</c>: organisations (with their agreements
/// and invoicing details), integrations, forvaltning's accounts, the tariff, the change log, and the
/// local Maskinporten issuer's clients and signing key. Kept apart from the register (which an
/// import may hold for minutes) and from the audit log (which grows without bound).
/// </summary>
public sealed class FiksDatabase
{
    /// <summary>The file name under the data directory.</summary>
    public const string Filnavn = "fiks.db";

    /// <summary>The schema, one step per version: <c>Lagring/Migrasjoner/sqlite/fiks/*.sql</c>.</summary>
    public static IReadOnlyList<string> Steg { get; } = Migrasjonssett.Les(typeof(FiksDatabase).Assembly, Lagringsmotor.Sqlite, "fiks").Steg;

    public FiksDatabase(string sti) => Fil = new SqliteFil(sti, Steg);

    /// <summary>The file and its connections.</summary>
    public SqliteFil Fil { get; }
}
