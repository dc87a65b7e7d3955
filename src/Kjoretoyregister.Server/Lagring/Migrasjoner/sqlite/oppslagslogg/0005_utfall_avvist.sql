-- Outcome 'avvist': a lookup refused before it was made because the integration's or the organisation's
-- quota was used up (KVOTE_OPPBRUKT, Kvote/). SQLite cannot change a CHECK, so the table is rebuilt
-- with the same rows, ids and chain hashes (as 0002 did), and its indexes made again.
CREATE TABLE logg_ny (
    id INTEGER PRIMARY KEY,
    tidspunkt INTEGER NOT NULL,
    fiks_org_id TEXT NOT NULL,
    integrasjon_id TEXT NOT NULL,
    konsument_orgnr TEXT NOT NULL,
    klient_id TEXT NOT NULL,
    operasjon TEXT NOT NULL,
    nokkel TEXT NOT NULL,
    sokenokkel TEXT NOT NULL,
    dtg INTEGER,
    utfall TEXT NOT NULL CHECK (utfall IN ('treff', 'ukjent', 'ugyldig', 'feil', 'avvist')),
    kuider TEXT NOT NULL,
    parter TEXT NOT NULL,
    error_id TEXT NOT NULL,
    formal TEXT,
    saksbehandler TEXT,
    saksreferanse TEXT,
    hash BLOB,
    forrige_hash BLOB
);
INSERT INTO logg_ny SELECT id, tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel,
    sokenokkel, dtg, utfall, kuider, parter, error_id, formal, saksbehandler, saksreferanse, hash, forrige_hash FROM logg;
DROP TABLE logg;
ALTER TABLE logg_ny RENAME TO logg;
CREATE INDEX logg_org_tidspunkt ON logg (fiks_org_id, tidspunkt);
CREATE INDEX logg_sokenokkel ON logg (sokenokkel);
CREATE INDEX logg_tidspunkt ON logg (tidspunkt);
CREATE INDEX logg_saksbehandler ON logg (saksbehandler, tidspunkt) WHERE saksbehandler IS NOT NULL;
CREATE INDEX logg_saksreferanse ON logg (saksreferanse, tidspunkt) WHERE saksreferanse IS NOT NULL;
