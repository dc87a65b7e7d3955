namespace Kjoretoyregister.Register.Postgres;

/// <summary>
/// The SQL of an import on PostgreSQL. Accepted lines are copied (binary COPY) into temporary staging
/// tables of the import's transaction, every version of a re-imported kuid or prkid under its own
/// number <c>nr</c> (the order accepted); <see cref="Sammenslaing"/> then merges the latest version of
/// each into the register, set-based, in the same transaction.
/// </summary>
internal static class PostgresImportSql
{
    public const string PartKolonner =
        "fnr, orgnr, fornavn, mellomnavn, etternavn, orgnavn, adresselinje1, adresselinje2, adresselinje3, postnummer, poststed, kommunenummer, kommunenavn, land, landkode";

    /// <summary>The staged party's columns with their types.</summary>
    public const string PartTyper = """
        fnr text, orgnr text, fornavn text, mellomnavn text, etternavn text, orgnavn text, adresselinje1 text, adresselinje2 text,
        adresselinje3 text, postnummer text, poststed text, kommunenummer text, kommunenavn text, land text, landkode text
        """;

    public const string Staging = $"""
        CREATE TEMP TABLE s_kjoretoy (nr bigint, kuid text, understellsnummer text, forstegang_dato date, godkjenning json, kontrollfrist date, sist_godkjent date) ON COMMIT DROP;
        CREATE TEMP TABLE s_kjennemerke (nr bigint, kuid text, sok text, kjennemerke text, kategori text, type text, fom bigint, til bigint) ON COMMIT DROP;
        CREATE TEMP TABLE s_registrering (nr bigint, status text, kjoringens_art text, fom bigint, til bigint) ON COMMIT DROP;
        CREATE TEMP TABLE s_eierskap (nr bigint, fom bigint, til bigint, vedtak bigint, eier text, medeier text, leasingtaker text, underenhet text) ON COMMIT DROP;
        CREATE TEMP TABLE s_part (nr bigint, {PartTyper}, har_adresse boolean, ledd text[]) ON COMMIT DROP;
        CREATE TEMP TABLE s_provekjennemerke (nr bigint, prkid text, sok text, kjennemerke text, type text, eier text, fom bigint, til bigint) ON COMMIT DROP;
        CREATE TEMP TABLE s_kjoreseddel (nr bigint, kuid text, bruker text, formal text, fom bigint, til bigint) ON COMMIT DROP;
        CREATE INDEX ON s_provekjennemerke (sok);
        CREATE INDEX ON s_provekjennemerke (prkid, nr);
        """;

    /// <summary>
    /// The SET list that updates a stored party <c>p</c> from a merged occurrence <c>m</c>: the names always,
    /// the address only when <c>m.har_adresse</c> (else the stored one stays).
    /// </summary>
    public const string PartOppdatering = """
        fornavn = m.fornavn, mellomnavn = m.mellomnavn, etternavn = m.etternavn, orgnavn = m.orgnavn,
        adresselinje1 = CASE WHEN m.har_adresse THEN m.adresselinje1 ELSE p.adresselinje1 END,
        adresselinje2 = CASE WHEN m.har_adresse THEN m.adresselinje2 ELSE p.adresselinje2 END,
        adresselinje3 = CASE WHEN m.har_adresse THEN m.adresselinje3 ELSE p.adresselinje3 END,
        postnummer = CASE WHEN m.har_adresse THEN m.postnummer ELSE p.postnummer END,
        poststed = CASE WHEN m.har_adresse THEN m.poststed ELSE p.poststed END,
        kommunenummer = CASE WHEN m.har_adresse THEN m.kommunenummer ELSE p.kommunenummer END,
        kommunenavn = CASE WHEN m.har_adresse THEN m.kommunenavn ELSE p.kommunenavn END,
        land = CASE WHEN m.har_adresse THEN m.land ELSE p.land END,
        landkode = CASE WHEN m.har_adresse THEN m.landkode ELSE p.landkode END
        """;

    /// <summary>Whether the register is empty (asked once the import holds its lock).</summary>
    public const string TomtRegister =
        "SELECT NOT EXISTS (SELECT 1 FROM kjoretoy) AND NOT EXISTS (SELECT 1 FROM part) AND NOT EXISTS (SELECT 1 FROM provekjennemerke)";

    /// <summary>
    /// The stored plates that overlap the batch's plates ($1 index, $2 sok, $3 fom, $4 til, $5 kuid) on
    /// another vehicle: (index, other kuid, its period), earliest period first. Whether this import has
    /// replaced that vehicle, and the import's own plates, <see cref="PostgresRegisterSkriving"/> knows.
    /// </summary>
    public const string Kjennemerkekonflikter = """
        SELECT k.i, v.kuid, m.fom, m.til FROM unnest($1::int[], $2::text[], $3::bigint[], $4::bigint[], $5::text[]) AS k (i, sok, fom, til, kuid)
        JOIN kjennemerke m ON m.sok = k.sok AND m.fom < k.til AND m.til > k.fom
        JOIN kjoretoy v ON v.id = m.kjoretoy_id AND v.kuid <> k.kuid
        ORDER BY k.i, m.fom, m.til
        """;

    /// <summary>
    /// The trial plates ($5 is the prkid) in conflict with a stored one that this import has not replaced,
    /// or with the latest staged version of another prkid (trial plates are few: they are checked in SQL).
    /// </summary>
    public const string Provekonflikter = """
        SELECT k.i, x.prkid, x.fom, x.til FROM unnest($1::int[], $2::text[], $3::bigint[], $4::bigint[], $5::text[]) AS k (i, sok, fom, til, prkid)
        CROSS JOIN LATERAL (
            SELECT p.prkid, p.fom, p.til
            FROM provekjennemerke p
            WHERE p.sok = k.sok AND p.fom < k.til AND p.til > k.fom AND p.prkid <> k.prkid
              AND NOT EXISTS (SELECT 1 FROM s_provekjennemerke s WHERE s.prkid = p.prkid)
            UNION ALL
            SELECT s.prkid, s.fom, s.til
            FROM s_provekjennemerke s
            WHERE s.sok = k.sok AND s.fom < k.til AND s.til > k.fom AND s.prkid <> k.prkid
              AND s.nr = (SELECT max(nr) FROM s_provekjennemerke v WHERE v.prkid = s.prkid)
        ) x
        ORDER BY k.i, x.fom, x.til
        """;

    /// <summary>Which of the kuids ($1) a stored vehicle has.</summary>
    public const string KjenteKuider = "SELECT kuid FROM kjoretoy WHERE kuid = ANY ($1::text[])";

    /// <summary>
    /// After <see cref="Sammenslaing"/>, the vehicles whose stored answers the merge may have changed: those it
    /// wrote, and those with an ownership (at any time) naming a party it met (whose name or address it may have changed).
    /// </summary>
    public const string BerorteKjoretoy = """
        SELECT id FROM m_id
        UNION SELECT e.kjoretoy_id FROM m_part p JOIN eierskap e ON e.eier_id = p.id
        UNION SELECT e.kjoretoy_id FROM m_part p JOIN eierskap e ON e.medeier_id = p.id
        UNION SELECT e.kjoretoy_id FROM m_part p JOIN eierskap e ON e.leasingtaker_id = p.id
        UNION SELECT e.kjoretoy_id FROM m_part p JOIN eierskap e ON e.underenhet_id = p.id
        """;

    /// <summary>
    /// Merges the staged lines into the register. Parties: the names of their latest occurrence, the address
    /// of their latest occurrence with one (else the stored one), their name words renewed. Vehicles and
    /// trial plates: the latest version of each kuid and prkid replaces the whole stored history. Its sorts
    /// and index builds get memory enough to stay off disk for a large import (for this transaction only).
    /// </summary>
    public const string Sammenslaing = $"""
        SET LOCAL work_mem = '256MB';
        SET LOCAL maintenance_work_mem = '512MB';
        CREATE TEMP TABLE m_part ON COMMIT DROP AS
        SELECT s.fnr, s.orgnr, s.fornavn, s.mellomnavn, s.etternavn, s.orgnavn, s.ledd, coalesce(a.har_adresse, false) AS har_adresse,
            a.adresselinje1, a.adresselinje2, a.adresselinje3, a.postnummer, a.poststed, a.kommunenummer, a.kommunenavn, a.land, a.landkode,
            coalesce(s.fnr, s.orgnr) AS nokkel, NULL::bigint AS id
        FROM (SELECT DISTINCT ON (coalesce(fnr, orgnr)) * FROM s_part ORDER BY coalesce(fnr, orgnr), nr DESC) s
        LEFT JOIN (SELECT DISTINCT ON (coalesce(fnr, orgnr)) * FROM s_part WHERE har_adresse ORDER BY coalesce(fnr, orgnr), nr DESC) a
            ON coalesce(a.fnr, a.orgnr) = coalesce(s.fnr, s.orgnr);

        UPDATE m_part m SET id = p.id FROM part p WHERE p.fnr = m.fnr;
        UPDATE m_part m SET id = p.id FROM part p WHERE p.orgnr = m.orgnr;
        UPDATE part p SET {PartOppdatering}
        FROM m_part m WHERE m.id = p.id;
        DELETE FROM navneledd WHERE part_id IN (SELECT id FROM m_part WHERE id IS NOT NULL);
        WITH ny AS (
            INSERT INTO part ({PartKolonner}) SELECT {PartKolonner} FROM m_part WHERE id IS NULL ORDER BY nokkel
            RETURNING id, coalesce(fnr, orgnr) AS nokkel)
        UPDATE m_part m SET id = ny.id FROM ny WHERE m.nokkel = ny.nokkel;
        CREATE INDEX ON m_part (nokkel);
        ANALYZE m_part;
        INSERT INTO navneledd (ledd, part_id) SELECT l, m.id FROM m_part m CROSS JOIN unnest(m.ledd) AS l ORDER BY l COLLATE "C", m.id;

        CREATE TEMP TABLE m_kjoretoy ON COMMIT DROP AS SELECT DISTINCT ON (kuid) * FROM s_kjoretoy ORDER BY kuid, nr DESC;
        INSERT INTO kjoretoy (kuid, understellsnummer, forstegang_dato, godkjenning, kontrollfrist, sist_godkjent)
        SELECT kuid, understellsnummer, forstegang_dato, godkjenning, kontrollfrist, sist_godkjent FROM m_kjoretoy ORDER BY nr
        ON CONFLICT (kuid) DO UPDATE SET understellsnummer = excluded.understellsnummer, forstegang_dato = excluded.forstegang_dato,
            godkjenning = excluded.godkjenning, kontrollfrist = excluded.kontrollfrist, sist_godkjent = excluded.sist_godkjent;
        CREATE TEMP TABLE m_id ON COMMIT DROP AS SELECT m.nr, k.id FROM m_kjoretoy m JOIN kjoretoy k ON k.kuid = m.kuid;
        ANALYZE m_id;
        DELETE FROM kjennemerke WHERE kjoretoy_id IN (SELECT id FROM m_id);
        DELETE FROM registrering WHERE kjoretoy_id IN (SELECT id FROM m_id);
        DELETE FROM eierskap WHERE kjoretoy_id IN (SELECT id FROM m_id);
        INSERT INTO kjennemerke (kjoretoy_id, fom, sok, til, kjennemerke, kategori, type)
        SELECT i.id, s.fom, s.sok, s.til, s.kjennemerke, s.kategori, s.type FROM s_kjennemerke s JOIN m_id i ON i.nr = s.nr ORDER BY i.id, s.fom;
        INSERT INTO registrering (kjoretoy_id, fom, til, status, kjoringens_art)
        SELECT i.id, s.fom, s.til, s.status, s.kjoringens_art FROM s_registrering s JOIN m_id i ON i.nr = s.nr ORDER BY i.id, s.fom;
        INSERT INTO eierskap (kjoretoy_id, fom, til, vedtak, eier_id, medeier_id, leasingtaker_id, underenhet_id)
        SELECT i.id, s.fom, s.til, s.vedtak, e.id, m.id, l.id, u.id
        FROM s_eierskap s JOIN m_id i ON i.nr = s.nr
        JOIN m_part e ON e.nokkel = s.eier
        LEFT JOIN m_part m ON m.nokkel = s.medeier
        LEFT JOIN m_part l ON l.nokkel = s.leasingtaker
        LEFT JOIN m_part u ON u.nokkel = s.underenhet
        ORDER BY i.id, s.fom;

        CREATE TEMP TABLE m_prove ON COMMIT DROP AS SELECT DISTINCT ON (prkid) * FROM s_provekjennemerke ORDER BY prkid, nr DESC;
        INSERT INTO provekjennemerke (prkid, sok, kjennemerke, type, eier_id, fom, til)
        SELECT p.prkid, p.sok, p.kjennemerke, p.type, e.id, p.fom, p.til FROM m_prove p JOIN m_part e ON e.nokkel = p.eier ORDER BY p.nr
        ON CONFLICT (prkid) DO UPDATE SET sok = excluded.sok, kjennemerke = excluded.kjennemerke, type = excluded.type,
            eier_id = excluded.eier_id, fom = excluded.fom, til = excluded.til;
        DELETE FROM kjoreseddel WHERE provekjennemerke_id IN (SELECT p.id FROM provekjennemerke p JOIN m_prove m ON m.prkid = p.prkid);
        INSERT INTO kjoreseddel (provekjennemerke_id, fom, til, kuid, bruker_id, formal)
        SELECT p.id, s.fom, s.til, s.kuid, b.id, s.formal
        FROM s_kjoreseddel s JOIN m_prove m ON m.nr = s.nr JOIN provekjennemerke p ON p.prkid = m.prkid JOIN m_part b ON b.nokkel = s.bruker
        ORDER BY p.id, s.fom;
        """;
}
