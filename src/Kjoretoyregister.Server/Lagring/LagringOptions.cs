using Kjoretoyregister.Register.Lagring;

namespace Kjoretoyregister.Server.Lagring;

/// <summary>
/// <c>Storage:Provider</c>: <c>Sqlite</c> (the default: files under <c>DataDirectory</c>) or
/// <c>Postgres</c> (the server in <c>ConnectionStrings:Postgres</c>; any number of instances).
/// </summary>
public sealed class LagringOptions
{
    public const string Seksjon = "Storage";

    /// <summary>The configuration key of PostgreSQL's connection string.</summary>
    public const string PostgresNokkel = "ConnectionStrings:Postgres";

    public Lagringsmotor Provider { get; set; } = Lagringsmotor.Sqlite;

    /// <summary>
    /// <c>Storage:MigrerVedOppstart</c> (PostgreSQL): true (the default) applies missing schema steps when
    /// the server starts; false leaves that to <c>kjoretoy migrer</c> and refuses to start on an older schema.
    /// </summary>
    public bool MigrerVedOppstart { get; set; } = true;
}
