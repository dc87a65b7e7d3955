namespace Kjoretoyregister.Register.Lagring;

/// <summary>The database engine behind every store (<c>Storage:Provider</c>).</summary>
public enum Lagringsmotor
{
    /// <summary>Embedded files under the data directory: the default, for one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (<c>ConnectionStrings:Postgres</c>), for any number of instances.</summary>
    Postgres,
}
