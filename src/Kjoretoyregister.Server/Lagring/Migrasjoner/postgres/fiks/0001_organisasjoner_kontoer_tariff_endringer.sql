-- The Fiks side's forvaltning data: organisations (agreements, invoicing details, activation), their
-- integrations, forvaltning accounts and roles, the tariff, and the change log. The same columns as
-- SQLite's fiks.db; ids are uuid, times timestamptz, days date, amounts whole øre. The wrong-password
-- counts (feilforsok) and the Maskinporten issuer's data are in the set "tilgang".
CREATE TABLE organisasjon (
    fiks_org_id uuid PRIMARY KEY,
    navn text NOT NULL,
    organisasjonsnummer text NOT NULL,
    kjoretoyregister_aktivert boolean NOT NULL DEFAULT false,
    hovedavtale_signert date NULL,                  -- null = not signed
    tjenestevedlegg_signert date NULL,              -- null = not signed
    faktura_adresse text NULL,                      -- null until the first-login wizard
    faktura_referanse text NULL,
    faktura_ehf_orgnr text NULL,
    opprettet timestamptz NOT NULL,
    endret timestamptz NOT NULL,
    -- The rule is kept by the application (ForvaltningStore); the database refuses a row that breaks it anyway.
    CONSTRAINT aktivert_krever_avtaler CHECK (NOT kjoretoyregister_aktivert OR (hovedavtale_signert IS NOT NULL AND tjenestevedlegg_signert IS NOT NULL))
);
CREATE INDEX organisasjon_navn ON organisasjon (navn, fiks_org_id);

CREATE TABLE integrasjon (
    integrasjon_id uuid PRIMARY KEY,
    fiks_org_id uuid NOT NULL REFERENCES organisasjon (fiks_org_id) ON DELETE CASCADE,
    navn text NOT NULL,
    autorisert_organisasjonsnummer text NOT NULL,
    beskrivelse text NULL,
    passordhash text NOT NULL,
    kan_soke boolean NOT NULL DEFAULT false,
    opprettet timestamptz NOT NULL,
    endret timestamptz NOT NULL
);
CREATE INDEX integrasjon_org ON integrasjon (fiks_org_id, navn, integrasjon_id);

CREATE TABLE bruker (
    brukernavn text PRIMARY KEY CHECK (brukernavn = lower(brukernavn)),
    navn text NOT NULL,
    passordhash text NOT NULL,
    ks_administrator boolean NOT NULL DEFAULT false,
    sikkerhetsstempel text NOT NULL,                -- changes with the password; ends other sessions
    opprettet timestamptz NOT NULL,
    endret timestamptz NOT NULL
);

CREATE TABLE administrator (
    brukernavn text NOT NULL REFERENCES bruker (brukernavn) ON DELETE CASCADE,
    fiks_org_id uuid NOT NULL REFERENCES organisasjon (fiks_org_id) ON DELETE CASCADE,
    PRIMARY KEY (brukernavn, fiks_org_id)
);
CREATE INDEX administrator_org ON administrator (fiks_org_id);

CREATE TABLE tariff (
    gyldig_fra date PRIMARY KEY,
    pris_per_oppslag_ore bigint NOT NULL CHECK (pris_per_oppslag_ore >= 0),
    manedspris_ore bigint NOT NULL CHECK (manedspris_ore >= 0),
    endret timestamptz NOT NULL
);

CREATE TABLE endring (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tidspunkt timestamptz NOT NULL,
    utfort_av text NOT NULL,
    fiks_org_id uuid NULL,                          -- no foreign key: the log outlives what it names
    handling text NOT NULL,
    detaljer text NULL
);
CREATE INDEX endring_org ON endring (fiks_org_id, id);
