-- The audit log: one row per looked-up item, the parties each row disclosed, usage per month.
CREATE TABLE logg (
    id INTEGER PRIMARY KEY,
    tidspunkt INTEGER NOT NULL,                 -- epoch ms UTC
    fiks_org_id TEXT NOT NULL,                  -- UUID, lower case with hyphens
    integrasjon_id TEXT NOT NULL,
    konsument_orgnr TEXT NOT NULL,              -- the token's consumer
    klient_id TEXT NOT NULL,                    -- the token's client_id
    operasjon TEXT NOT NULL,                    -- Operasjoner: kjennemerke, kuid, person, ...
    nokkel TEXT NOT NULL,                       -- the search key as given
    sokenokkel TEXT NOT NULL,                   -- the search key normalised (kjennemerke BR12345, trimmed otherwise)
    dtg INTEGER,                                -- epoch ms UTC; NULL = now
    utfall TEXT NOT NULL CHECK (utfall IN ('treff', 'ukjent', 'ugyldig')),
    kuider TEXT NOT NULL,                       -- space-separated, for display
    parter TEXT NOT NULL,                       -- space-separated fnr/orgnr, for display; searched via logg_part
    error_id TEXT NOT NULL,
    formal TEXT
);
CREATE INDEX logg_org_tidspunkt ON logg (fiks_org_id, tidspunkt);
CREATE INDEX logg_sokenokkel ON logg (sokenokkel);
CREATE INDEX logg_tidspunkt ON logg (tidspunkt);
CREATE TABLE logg_part (
    part TEXT NOT NULL,                         -- fnr/orgnr returned, or the search key of a person/organisasjon lookup
    logg_id INTEGER NOT NULL,
    PRIMARY KEY (part, logg_id)
) WITHOUT ROWID;
CREATE TABLE forbruk (
    fiks_org_id TEXT NOT NULL,
    integrasjon_id TEXT NOT NULL,
    ar INTEGER NOT NULL,                        -- year and month in Europe/Oslo time
    maned INTEGER NOT NULL,
    oppslag INTEGER NOT NULL,
    treff INTEGER NOT NULL,
    PRIMARY KEY (fiks_org_id, integrasjon_id, ar, maned)
) WITHOUT ROWID;
