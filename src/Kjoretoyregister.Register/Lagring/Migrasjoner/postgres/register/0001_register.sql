-- The temporal register, as in sqlite/register/0001_register.sql. Times are bigint milliseconds
-- since the Unix epoch (UTC); an open period ends at Tid.Apen (9223372036854775807) so that "valid at
-- T" is always fom <= T AND til > T. Plates are matched on sok, the plate upper-cased without spaces
-- and hyphens. A vehicle's plates, registrations and ownerships are keyed on (kjoretoy_id, fom), and
-- the import writes them in that order, so one vehicle's rows sit together on disk (CLUSTER ... USING
-- the primary key restores that after many re-imports). As in the SQLite file (where foreign keys are
-- not enforced), the ids are only ever written by the import's merge, which takes them from the rows
-- it has just written: no foreign-key constraints, whose per-row checks and row locks would cost the
-- import more than half its speed.
CREATE TABLE part (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fnr text,
    orgnr text,
    fornavn text, mellomnavn text, etternavn text,
    orgnavn text,
    adresselinje1 text, adresselinje2 text, adresselinje3 text,
    postnummer text, poststed text, kommunenummer text, kommunenavn text, land text, landkode text,
    CHECK ((fnr IS NULL) <> (orgnr IS NULL))
);
CREATE UNIQUE INDEX part_fnr ON part (fnr) WHERE fnr IS NOT NULL;
CREATE UNIQUE INDEX part_orgnr ON part (orgnr) WHERE orgnr IS NOT NULL;

CREATE TABLE navneledd (
    ledd text NOT NULL,
    part_id bigint NOT NULL,
    PRIMARY KEY (ledd, part_id)
);
CREATE INDEX navneledd_part ON navneledd (part_id);

CREATE TABLE kjoretoy (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kuid text NOT NULL UNIQUE,
    understellsnummer text NOT NULL,
    forstegang_dato date,
    godkjenning json,
    kontrollfrist date,
    sist_godkjent date
);
CREATE INDEX kjoretoy_understellsnummer ON kjoretoy (understellsnummer);

CREATE TABLE kjennemerke (
    kjoretoy_id bigint NOT NULL,
    fom bigint NOT NULL,
    sok text NOT NULL,
    til bigint NOT NULL,
    kjennemerke text NOT NULL,
    kategori text NOT NULL,
    type text NOT NULL,
    PRIMARY KEY (kjoretoy_id, fom, sok),
    CHECK (til > fom)
);
CREATE INDEX kjennemerke_sok ON kjennemerke (sok, fom) INCLUDE (til, kjoretoy_id);

CREATE TABLE registrering (
    kjoretoy_id bigint NOT NULL,
    fom bigint NOT NULL,
    til bigint NOT NULL,
    status text NOT NULL,
    kjoringens_art text,
    PRIMARY KEY (kjoretoy_id, fom),
    CHECK (til > fom)
);

CREATE TABLE eierskap (
    kjoretoy_id bigint NOT NULL,
    fom bigint NOT NULL,
    til bigint NOT NULL,
    vedtak bigint,
    eier_id bigint NOT NULL,
    medeier_id bigint,
    leasingtaker_id bigint,
    underenhet_id bigint,
    PRIMARY KEY (kjoretoy_id, fom),
    CHECK (til > fom)
);
CREATE INDEX eierskap_eier ON eierskap (eier_id, til, fom) INCLUDE (kjoretoy_id);
CREATE INDEX eierskap_medeier ON eierskap (medeier_id, til, fom) INCLUDE (kjoretoy_id) WHERE medeier_id IS NOT NULL;
CREATE INDEX eierskap_leasingtaker ON eierskap (leasingtaker_id, til, fom) INCLUDE (kjoretoy_id) WHERE leasingtaker_id IS NOT NULL;

CREATE TABLE provekjennemerke (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    prkid text NOT NULL UNIQUE,
    sok text NOT NULL,
    kjennemerke text NOT NULL,
    type text NOT NULL,
    eier_id bigint NOT NULL,
    fom bigint NOT NULL,
    til bigint NOT NULL,
    CHECK (til > fom)
);
CREATE INDEX provekjennemerke_sok ON provekjennemerke (sok, fom) INCLUDE (til, prkid);

CREATE TABLE kjoreseddel (
    provekjennemerke_id bigint NOT NULL,
    fom bigint NOT NULL,
    til bigint NOT NULL,
    kuid text NOT NULL,
    bruker_id bigint NOT NULL,
    formal text,
    PRIMARY KEY (provekjennemerke_id, fom),
    CHECK (til > fom)
);
CREATE INDEX kjoreseddel_kuid ON kjoreseddel (kuid);
