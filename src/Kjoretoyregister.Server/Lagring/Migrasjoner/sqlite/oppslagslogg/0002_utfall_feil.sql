-- Outcome 'feil' (the register could not answer). SQLite cannot change a CHECK, so the table is
-- rebuilt with the same rows and ids, and its indexes made again.
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
    utfall TEXT NOT NULL CHECK (utfall IN ('treff', 'ukjent', 'ugyldig', 'feil')),
    kuider TEXT NOT NULL,
    parter TEXT NOT NULL,
    error_id TEXT NOT NULL,
    formal TEXT
);
INSERT INTO logg_ny SELECT id, tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel,
    sokenokkel, dtg, utfall, kuider, parter, error_id, formal FROM logg;
DROP TABLE logg;
ALTER TABLE logg_ny RENAME TO logg;
CREATE INDEX logg_org_tidspunkt ON logg (fiks_org_id, tidspunkt);
CREATE INDEX logg_sokenokkel ON logg (sokenokkel);
CREATE INDEX logg_tidspunkt ON logg (tidspunkt);
