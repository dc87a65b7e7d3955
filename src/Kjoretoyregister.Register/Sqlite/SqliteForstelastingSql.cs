namespace Kjoretoyregister.Register.Sqlite;

/// <summary>The initial load's checks and staging (<see cref="SqliteForstelastingFil"/>).</summary>
internal static class SqliteForstelastingSql
{
    /// <summary>
    /// 1 when some plate is attached to two vehicles in overlapping periods: one pass over the
    /// kjennemerke_sok index, each period compared with the latest end before it. One vehicle never has
    /// the same plate twice at once (the line check refuses it), so an overlap is two vehicles.
    /// </summary>
    public const string Kjennemerkekonflikt =
        """
        SELECT EXISTS (
            SELECT 1 FROM (
                SELECT fom, max(til) OVER (PARTITION BY sok ORDER BY fom, til ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS forrige_til
                FROM kjennemerke)
            WHERE forrige_til > fom)
        """;

    /// <summary>The parties' names, in id order, for their name words.</summary>
    public const string Partnavn = "SELECT id, fornavn, mellomnavn, etternavn, orgnavn FROM part ORDER BY id";
}
