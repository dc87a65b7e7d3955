namespace Kjoretoyregister.Register.Postgres;

/// <summary>
/// The lookup statements on PostgreSQL. A read is one <see cref="Npgsql.NpgsqlBatch"/>: every statement
/// starts from the same CTE, which finds the vehicles the lookup needs as <c>bil(id, t)</c>, and reads
/// one kind of row for them. The keys come in as arrays (<c>unnest</c>), so a bulk request of a hundred
/// plates is one round trip like a single plate. Every access is an index seek ("at t" is
/// <c>fom &lt;= t AND til &gt; t</c> on an index that starts with the key).
/// </summary>
internal static class PostgresSporringer
{
    /// <summary>The columns of a party, in the order <see cref="PostgresRegisterLager"/> reads them.</summary>
    public const int AntallPartKolonner = 15;

    /// <summary>
    /// The keys ($1 number, $2 kind: 0 plate, 1 kuid, 2 understellsnummer, $3 value, $4 t): <c>treff(nr, t, id)</c>
    /// the vehicles matched, <c>prove</c> and <c>seddel</c> the trial plate and driving slip of a plate on no
    /// vehicle, <c>bil(id, t)</c> every vehicle whose rows are read.
    /// </summary>
    public const string Nokler = Finn + """
        ,
        bil AS (
            SELECT id, t FROM treff
            UNION SELECT k.id, s.t FROM seddel s JOIN kjoretoy k ON k.kuid = s.kuid
        )
        """;

    /// <summary>
    /// As <see cref="Nokler"/>, with <c>lagret(id, t, ...)</c> the matched vehicles whose stored answer holds
    /// at t: <c>bil</c> leaves them out (their rows are not read) but keeps a driving slip's vehicle.
    /// The <c>OFFSET 0</c> keeps the NOT EXISTS a per-row index probe: without it the planner, which
    /// cannot see how few keys come in, may turn it into a hash anti-join over all of <c>naa_svar</c>.
    /// </summary>
    public const string NoklerMedSvar = Finn + """
        ,
        lagret AS (
            SELECT tr.id, tr.t, s.gyldig_fra, s.gyldig_til, s.kuid, s.parter, s.json
            FROM treff tr JOIN naa_svar s ON s.kjoretoy_id = tr.id AND s.gyldig_fra <= tr.t AND s.gyldig_til > tr.t
        ),
        bil AS (
            SELECT tr.id, tr.t FROM treff tr
            WHERE NOT EXISTS (SELECT 1 FROM naa_svar s WHERE s.kjoretoy_id = tr.id AND s.gyldig_fra <= tr.t AND s.gyldig_til > tr.t OFFSET 0)
            UNION SELECT k.id, s.t FROM seddel s JOIN kjoretoy k ON k.kuid = s.kuid
        )
        """;

    /// <summary>The matched vehicles' stored answers (after <see cref="NoklerMedSvar"/>).</summary>
    public const string Lagret = " SELECT id, t, gyldig_fra, gyldig_til, kuid, parter, json FROM lagret";

    /// <summary>The vehicles $1 at $2 as <c>bil(id, t)</c> and <c>treff</c> (key 0), for building their stored answers.</summary>
    public const string Ider = """
        WITH bil AS (SELECT id, $2::bigint AS t FROM unnest($1::bigint[]) AS i (id)),
        treff AS (SELECT 0 AS nr, t, id FROM bil)
        """;

    /// <summary>After <see cref="Ider"/>: per vehicle, the latest fom or til of its rows at or before t and the earliest after it.</summary>
    public const string Grenser = """
         SELECT b.id, max(g.g) FILTER (WHERE g.g <= b.t), min(g.g) FILTER (WHERE g.g > b.t)
        FROM bil b CROSS JOIN LATERAL (
            SELECT x.g FROM kjennemerke m CROSS JOIN LATERAL (VALUES (m.fom), (m.til)) x (g) WHERE m.kjoretoy_id = b.id
            UNION ALL SELECT x.g FROM registrering r CROSS JOIN LATERAL (VALUES (r.fom), (r.til)) x (g) WHERE r.kjoretoy_id = b.id
            UNION ALL SELECT x.g FROM eierskap e CROSS JOIN LATERAL (VALUES (e.fom), (e.til)) x (g) WHERE e.kjoretoy_id = b.id
        ) g
        GROUP BY b.id
        """;

    /// <summary>The keys and what they match (see <see cref="Nokler"/>), up to <c>treff</c>.</summary>
    private const string Finn = """
        WITH n AS (
            SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::bigint[]) AS n (nr, art, verdi, t)
        ),
        plate AS (
            SELECT n.nr, n.t, n.verdi, m.kjoretoy_id AS id
            FROM n LEFT JOIN LATERAL (
                SELECT kjoretoy_id FROM kjennemerke WHERE sok = n.verdi AND fom <= n.t AND til > n.t ORDER BY fom DESC LIMIT 1
            ) m ON true
            WHERE n.art = 0
        ),
        prove AS (
            SELECT p.nr, p.t, pk.id, pk.prkid, pk.kjennemerke, pk.type, pk.fom, pk.til, pk.eier_id
            FROM plate p CROSS JOIN LATERAL (
                SELECT id, prkid, kjennemerke, type, fom, til, eier_id FROM provekjennemerke WHERE sok = p.verdi AND fom <= p.t ORDER BY fom DESC LIMIT 1
            ) pk
            WHERE p.id IS NULL
        ),
        seddel AS (
            SELECT pr.nr, pr.t, s.kuid, s.formal, s.fom, s.til, s.bruker_id
            FROM prove pr CROSS JOIN LATERAL (
                SELECT kuid, formal, fom, til, bruker_id FROM kjoreseddel WHERE provekjennemerke_id = pr.id AND fom <= pr.t ORDER BY fom DESC LIMIT 1
            ) s
        ),
        treff AS (
            SELECT nr, t, id FROM plate WHERE id IS NOT NULL
            UNION ALL SELECT n.nr, n.t, k.id FROM n JOIN kjoretoy k ON k.kuid = n.verdi WHERE n.art = 1
            UNION ALL SELECT n.nr, n.t, k.id FROM n JOIN kjoretoy k ON k.understellsnummer = n.verdi WHERE n.art = 2
        )
        """;

    /// <summary>
    /// The parties of a party lookup as <c>parter(id)</c> by fødselsnummer ($4) or organisasjonsnummer ($5),
    /// then (with <see cref="Side"/>) their vehicles at t.
    /// </summary>
    public const string ParterMedNokkel = """
        WITH parter AS (
            SELECT id FROM part WHERE fnr = $4::text
            UNION ALL SELECT id FROM part WHERE orgnr = $5::text
        )
        """;

    /// <summary>
    /// After a parties CTE: <c>alle(id)</c> the vehicles they own, co-own or lease at $1, and the page
    /// <c>bil(id, t)</c> from $2, $3 long. A party lookup reads <c>treff</c> as key 0.
    /// </summary>
    public const string Side = """
        , alle AS (
            SELECT kjoretoy_id AS id FROM eierskap WHERE eier_id IN (SELECT id FROM parter) AND til > $1::bigint AND fom <= $1::bigint
            UNION SELECT kjoretoy_id FROM eierskap WHERE medeier_id IN (SELECT id FROM parter) AND til > $1::bigint AND fom <= $1::bigint
            UNION SELECT kjoretoy_id FROM eierskap WHERE leasingtaker_id IN (SELECT id FROM parter) AND til > $1::bigint AND fom <= $1::bigint
        ),
        bil AS (SELECT id, $1::bigint AS t FROM alle ORDER BY id LIMIT $3::int OFFSET $2::int),
        treff AS (SELECT 0 AS nr, t, id FROM bil)
        """;

    /// <summary>
    /// <see cref="Side"/>, or (<paramref name="ekskluderVraketUtfort"/>) with <c>alle</c> only the vehicles
    /// not scrapped or exported at $1: the owned ones become <c>eide</c>, filtered into <c>alle</c>.
    /// </summary>
    public static string SideFor(bool ekskluderVraketUtfort) => !ekskluderVraketUtfort ? Side : Side
        .Replace(", alle AS (", ", eide AS (", StringComparison.Ordinal)
        .Replace("bil AS (", """
            alle AS (
                SELECT e.id FROM eide e WHERE NOT EXISTS (
                    SELECT 1 FROM registrering r
                    WHERE r.kjoretoy_id = e.id AND r.fom <= $1::bigint AND r.til > $1::bigint AND r.status IN ('VRAKET', 'UTFORT'))
            ),
            bil AS (
            """, StringComparison.Ordinal);

    public const string Antall = " SELECT count(*)::int FROM alle";

    public const string Treff = " SELECT nr, id FROM treff ORDER BY nr, id";

    public const string Kjoretoy = """
         SELECT b.id, b.t, k.kuid, k.understellsnummer, to_char(k.forstegang_dato, 'YYYY-MM-DD'), k.godkjenning::text,
            to_char(k.kontrollfrist, 'YYYY-MM-DD'), to_char(k.sist_godkjent, 'YYYY-MM-DD')
        FROM bil b JOIN kjoretoy k ON k.id = b.id
        """;

    public const string Kjennemerker = """
         SELECT b.id, b.t, m.kjennemerke, m.kategori, m.type, m.fom, m.til
        FROM bil b JOIN kjennemerke m ON m.kjoretoy_id = b.id AND m.fom <= b.t AND m.til > b.t
        ORDER BY b.id, b.t, m.fom
        """;

    public const string Registrering = """
         SELECT b.id, b.t, r.status, r.kjoringens_art, r.fom, r.til
        FROM bil b CROSS JOIN LATERAL (
            SELECT status, kjoringens_art, fom, til FROM registrering
            WHERE kjoretoy_id = b.id AND fom <= b.t AND til > b.t ORDER BY fom DESC LIMIT 1
        ) r
        """;

    public static readonly string Eierskap = $"""
         SELECT b.id, b.t, e.fom, e.til, e.vedtak, {Prefiks("p1")}, {Prefiks("p2")}, {Prefiks("p3")}, {Prefiks("p4")}
        FROM bil b CROSS JOIN LATERAL (
            SELECT * FROM eierskap WHERE kjoretoy_id = b.id AND fom <= b.t AND til > b.t ORDER BY fom DESC LIMIT 1
        ) e
        JOIN part p1 ON p1.id = e.eier_id
        LEFT JOIN part p2 ON p2.id = e.medeier_id
        LEFT JOIN part p3 ON p3.id = e.leasingtaker_id
        LEFT JOIN part p4 ON p4.id = e.underenhet_id
        """;

    public static readonly string Provekjennemerker = $"""
         SELECT pr.nr, pr.id, pr.prkid, pr.kjennemerke, pr.type, pr.fom, pr.til, {Prefiks("pe")},
            s.kuid, s.formal, s.fom, s.til, {Prefiks("pb")}
        FROM prove pr
        JOIN part pe ON pe.id = pr.eier_id
        LEFT JOIN seddel s ON s.nr = pr.nr
        LEFT JOIN part pb ON pb.id = s.bruker_id
        """;

    private const string PartKolonner =
        "fnr, orgnr, fornavn, mellomnavn, etternavn, orgnavn, adresselinje1, adresselinje2, adresselinje3, postnummer, poststed, kommunenummer, kommunenavn, land, landkode";

    private static string Prefiks(string alias) =>
        string.Join(", ", PartKolonner.Split(", ").Select(k => $"{alias}.{k}"));
}
