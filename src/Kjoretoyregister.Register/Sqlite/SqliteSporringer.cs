namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// The lookup statements, each a few index seeks whatever the register's size ("at t" is
/// <c>fom &lt;= t AND til &gt; t</c> on an index that starts with the key). A test runs EXPLAIN QUERY PLAN
/// on every one of <see cref="Alle"/> and refuses a full scan.
/// </summary>
internal static class SqliteSporringer
{
    /// <summary>How many columns <see cref="PartKolonner"/> names: fnr, orgnr, four names, nine address fields.</summary>
    public const int AntallPartKolonner = 15;

    public const string PartKolonner =
        "fnr, orgnr, fornavn, mellomnavn, etternavn, orgnavn, adresselinje1, adresselinje2, adresselinje3, postnummer, poststed, kommunenummer, kommunenavn, land, landkode";

    public const string KjennemerkeTilKjoretoy =
        "SELECT kjoretoy_id FROM kjennemerke WHERE sok = ?1 AND fom <= ?2 AND til > ?2 ORDER BY fom DESC LIMIT 1";

    public const string KuidTilKjoretoy = "SELECT id FROM kjoretoy WHERE kuid = ?1";

    public const string UnderstellsnummerTilKjoretoy = "SELECT id FROM kjoretoy WHERE understellsnummer = ?1 ORDER BY id";

    public const string Kjoretoy =
        "SELECT id, kuid, understellsnummer, forstegang_dato, godkjenning, kontrollfrist, sist_godkjent FROM kjoretoy WHERE id = ?1";

    public const string Kjennemerker =
        "SELECT kjennemerke, kategori, type, fom, til FROM kjennemerke WHERE kjoretoy_id = ?1 AND fom <= ?2 AND til > ?2 ORDER BY fom";

    public const string Registrering =
        "SELECT status, kjoringens_art, fom, til FROM registrering WHERE kjoretoy_id = ?1 AND fom <= ?2 AND til > ?2 ORDER BY fom DESC LIMIT 1";

    /// <summary>The vehicle's stored answer, when it holds at t.</summary>
    public const string NaaSvar =
        "SELECT gyldig_fra, gyldig_til, kuid, parter, json FROM naa_svar WHERE kjoretoy_id = ?1 AND gyldig_fra <= ?2 AND gyldig_til > ?2";

    /// <summary>The latest fom or til at or before ?2 and the earliest after it, of the vehicle ?1's plates, registrations and ownerships.</summary>
    public const string Grenser = """
        SELECT max(CASE WHEN g <= ?2 THEN g END), min(CASE WHEN g > ?2 THEN g END) FROM (
            SELECT fom AS g FROM kjennemerke WHERE kjoretoy_id = ?1 UNION ALL SELECT til FROM kjennemerke WHERE kjoretoy_id = ?1
            UNION ALL SELECT fom FROM registrering WHERE kjoretoy_id = ?1 UNION ALL SELECT til FROM registrering WHERE kjoretoy_id = ?1
            UNION ALL SELECT fom FROM eierskap WHERE kjoretoy_id = ?1 UNION ALL SELECT til FROM eierskap WHERE kjoretoy_id = ?1)
        """;

    /// <summary>The vehicles with an ownership (at any time: a stored answer may be for another time than now) that names the party ?1 in any role.</summary>
    public const string KjoretoyForPart = """
        SELECT kjoretoy_id FROM eierskap WHERE eier_id = ?1
        UNION SELECT kjoretoy_id FROM eierskap WHERE medeier_id = ?1
        UNION SELECT kjoretoy_id FROM eierskap WHERE leasingtaker_id = ?1
        UNION SELECT kjoretoy_id FROM eierskap WHERE underenhet_id = ?1
        """;

    public const string FnrTilPart = "SELECT id FROM part WHERE fnr = ?1";

    public const string OrgnrTilPart = "SELECT id FROM part WHERE orgnr = ?1";

    public static readonly string Eierskap = $"""
        SELECT e.fom, e.til, e.vedtak, {Prefiks("p1")}, {Prefiks("p2")}, {Prefiks("p3")}, {Prefiks("p4")}
        FROM eierskap e
        JOIN part p1 ON p1.id = e.eier_id
        LEFT JOIN part p2 ON p2.id = e.medeier_id
        LEFT JOIN part p3 ON p3.id = e.leasingtaker_id
        LEFT JOIN part p4 ON p4.id = e.underenhet_id
        WHERE e.kjoretoy_id = ?1 AND e.fom <= ?2 AND e.til > ?2
        ORDER BY e.fom DESC LIMIT 1
        """;

    public static readonly string Provekjennemerke = $"""
        SELECT pk.id, pk.prkid, pk.kjennemerke, pk.type, pk.fom, pk.til, {Prefiks("p")}
        FROM provekjennemerke pk JOIN part p ON p.id = pk.eier_id
        WHERE pk.sok = ?1 AND pk.fom <= ?2 ORDER BY pk.fom DESC LIMIT 1
        """;

    public static readonly string Kjoreseddel = $"""
        SELECT k.kuid, k.formal, k.fom, k.til, {Prefiks("p")}
        FROM kjoreseddel k JOIN part p ON p.id = k.bruker_id
        WHERE k.provekjennemerke_id = ?1 AND k.fom <= ?2 ORDER BY k.fom DESC LIMIT 1
        """;

    /// <summary>The vehicles any of the parties <c>{0}</c> (a list of ids) own, co-own or lease at ?1.</summary>
    public const string KjoretoyForParter = """
        SELECT kjoretoy_id FROM eierskap WHERE eier_id IN ({0}) AND til > ?1 AND fom <= ?1
        UNION SELECT kjoretoy_id FROM eierskap WHERE medeier_id IN ({0}) AND til > ?1 AND fom <= ?1
        UNION SELECT kjoretoy_id FROM eierskap WHERE leasingtaker_id IN ({0}) AND til > ?1 AND fom <= ?1
        """;

    /// <summary>Every fixed statement with its parameter count, for the query-plan test.</summary>
    public static IReadOnlyList<(string Sql, int Parametere)> Alle { get; } =
    [
        (KjennemerkeTilKjoretoy, 2), (KuidTilKjoretoy, 1), (UnderstellsnummerTilKjoretoy, 1), (Kjoretoy, 1), (Kjennemerker, 2),
        (Registrering, 2), (Eierskap, 2), (Provekjennemerke, 2), (Kjoreseddel, 2), (FnrTilPart, 1), (OrgnrTilPart, 1),
        (string.Format(System.Globalization.CultureInfo.InvariantCulture, KjoretoyForParter, "1, 2"), 1),
        (NaaSvar, 2), (Grenser, 2), (KjoretoyForPart, 1),
    ];

    private static string Prefiks(string alias) =>
        string.Join(", ", PartKolonner.Split(", ").Select(k => $"{alias}.{k}"));
}
