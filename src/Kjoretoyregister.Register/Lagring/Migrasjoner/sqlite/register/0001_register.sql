-- The temporal register. Times are INTEGER milliseconds since the Unix epoch (UTC); an open period
-- ends at Tid.Apen so that "valid at T" is always fom <= T AND til > T. Plates are matched on sok,
-- the plate upper-cased without spaces and hyphens. A vehicle's plates, registrations and ownerships
-- are clustered by vehicle (WITHOUT ROWID, keyed on (kjoretoy_id, fom)): one seek reads them all.
CREATE TABLE part (
    id INTEGER PRIMARY KEY,
    fnr TEXT,
    orgnr TEXT,
    fornavn TEXT, mellomnavn TEXT, etternavn TEXT,
    orgnavn TEXT,
    adresselinje1 TEXT, adresselinje2 TEXT, adresselinje3 TEXT,
    postnummer TEXT, poststed TEXT, kommunenummer TEXT, kommunenavn TEXT, land TEXT, landkode TEXT,
    CHECK ((fnr IS NULL) <> (orgnr IS NULL))
);
CREATE UNIQUE INDEX part_fnr ON part(fnr) WHERE fnr IS NOT NULL;
CREATE UNIQUE INDEX part_orgnr ON part(orgnr) WHERE orgnr IS NOT NULL;
CREATE TABLE navneledd (
    ledd TEXT NOT NULL,
    part_id INTEGER NOT NULL REFERENCES part(id),
    PRIMARY KEY (ledd, part_id)
) WITHOUT ROWID;

CREATE TABLE kjoretoy (
    id INTEGER PRIMARY KEY,
    kuid TEXT NOT NULL UNIQUE,
    understellsnummer TEXT NOT NULL,
    forstegang_dato TEXT,
    godkjenning TEXT,
    kontrollfrist TEXT,
    sist_godkjent TEXT
);
CREATE INDEX kjoretoy_understellsnummer ON kjoretoy(understellsnummer);

CREATE TABLE kjennemerke (
    kjoretoy_id INTEGER NOT NULL REFERENCES kjoretoy(id),
    fom INTEGER NOT NULL,
    sok TEXT NOT NULL,
    til INTEGER NOT NULL,
    kjennemerke TEXT NOT NULL,
    kategori TEXT NOT NULL,
    type TEXT NOT NULL,
    PRIMARY KEY (kjoretoy_id, fom, sok),
    CHECK (til > fom)
) WITHOUT ROWID;
CREATE INDEX kjennemerke_sok ON kjennemerke(sok, fom, til);

CREATE TABLE registrering (
    kjoretoy_id INTEGER NOT NULL REFERENCES kjoretoy(id),
    fom INTEGER NOT NULL,
    til INTEGER NOT NULL,
    status TEXT NOT NULL,
    kjoringens_art TEXT,
    PRIMARY KEY (kjoretoy_id, fom),
    CHECK (til > fom)
) WITHOUT ROWID;

CREATE TABLE eierskap (
    kjoretoy_id INTEGER NOT NULL REFERENCES kjoretoy(id),
    fom INTEGER NOT NULL,
    til INTEGER NOT NULL,
    vedtak INTEGER,
    eier_id INTEGER NOT NULL REFERENCES part(id),
    medeier_id INTEGER REFERENCES part(id),
    leasingtaker_id INTEGER REFERENCES part(id),
    underenhet_id INTEGER REFERENCES part(id),
    PRIMARY KEY (kjoretoy_id, fom),
    CHECK (til > fom)
) WITHOUT ROWID;
CREATE INDEX eierskap_eier ON eierskap(eier_id, til, fom);
CREATE INDEX eierskap_medeier ON eierskap(medeier_id, til, fom) WHERE medeier_id IS NOT NULL;
CREATE INDEX eierskap_leasingtaker ON eierskap(leasingtaker_id, til, fom) WHERE leasingtaker_id IS NOT NULL;

CREATE TABLE provekjennemerke (
    id INTEGER PRIMARY KEY,
    prkid TEXT NOT NULL UNIQUE,
    sok TEXT NOT NULL,
    kjennemerke TEXT NOT NULL,
    type TEXT NOT NULL,
    eier_id INTEGER NOT NULL REFERENCES part(id),
    fom INTEGER NOT NULL,
    til INTEGER NOT NULL,
    CHECK (til > fom)
);
CREATE INDEX provekjennemerke_sok ON provekjennemerke(sok, fom);

CREATE TABLE kjoreseddel (
    provekjennemerke_id INTEGER NOT NULL REFERENCES provekjennemerke(id),
    fom INTEGER NOT NULL,
    til INTEGER NOT NULL,
    kuid TEXT NOT NULL,
    bruker_id INTEGER NOT NULL REFERENCES part(id),
    formal TEXT,
    PRIMARY KEY (provekjennemerke_id, fom),
    CHECK (til > fom)
) WITHOUT ROWID;
CREATE INDEX kjoreseddel_kuid ON kjoreseddel(kuid);
