-- Agreements and invoicing details, forvaltning accounts and roles, the tariff, the change log.
ALTER TABLE organisasjon ADD COLUMN hovedavtale_signert TEXT NULL;      -- yyyy-MM-dd, null = not signed
ALTER TABLE organisasjon ADD COLUMN tjenestevedlegg_signert TEXT NULL;  -- yyyy-MM-dd, null = not signed
ALTER TABLE organisasjon ADD COLUMN faktura_adresse TEXT NULL;          -- null until the first-login wizard
ALTER TABLE organisasjon ADD COLUMN faktura_referanse TEXT NULL;
ALTER TABLE organisasjon ADD COLUMN faktura_ehf_orgnr TEXT NULL;
CREATE TABLE bruker (
    brukernavn TEXT NOT NULL PRIMARY KEY,            -- lower case
    navn TEXT NOT NULL,
    passordhash TEXT NOT NULL,
    ks_administrator INTEGER NOT NULL DEFAULT 0,
    feilforsok INTEGER NOT NULL DEFAULT 0,           -- failed logins since the last success or lock
    sperret_til INTEGER NULL,                        -- epoch ms UTC
    sikkerhetsstempel TEXT NOT NULL,                 -- changes with the password; ends other sessions
    opprettet INTEGER NOT NULL,
    endret INTEGER NOT NULL
);
CREATE TABLE administrator (
    brukernavn TEXT NOT NULL REFERENCES bruker (brukernavn) ON DELETE CASCADE,
    fiks_org_id TEXT NOT NULL REFERENCES organisasjon (fiks_org_id) ON DELETE CASCADE,
    PRIMARY KEY (brukernavn, fiks_org_id)
) WITHOUT ROWID;
CREATE INDEX administrator_org ON administrator (fiks_org_id);
CREATE TABLE tariff (
    gyldig_fra TEXT NOT NULL PRIMARY KEY,            -- yyyy-MM-dd
    pris_per_oppslag_ore INTEGER NOT NULL,
    manedspris_ore INTEGER NOT NULL,
    endret INTEGER NOT NULL
);
CREATE TABLE endring (
    id INTEGER PRIMARY KEY,
    tidspunkt INTEGER NOT NULL,                      -- epoch ms UTC
    utfort_av TEXT NOT NULL,
    fiks_org_id TEXT NULL,                           -- no foreign key: the log outlives what it names
    handling TEXT NOT NULL,
    detaljer TEXT NULL
);
CREATE INDEX endring_org ON endring (fiks_org_id, id);
