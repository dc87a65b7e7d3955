-- Organisations, integrations, the local Maskinporten issuer's clients and signing key.
CREATE TABLE organisasjon (
    fiks_org_id TEXT NOT NULL PRIMARY KEY,          -- UUID, lower case with hyphens
    navn TEXT NOT NULL,
    organisasjonsnummer TEXT NOT NULL,
    kjoretoyregister_aktivert INTEGER NOT NULL DEFAULT 0,
    opprettet INTEGER NOT NULL,                      -- epoch ms UTC
    endret INTEGER NOT NULL
);
CREATE TABLE integrasjon (
    integrasjon_id TEXT NOT NULL PRIMARY KEY,        -- UUID, lower case with hyphens
    fiks_org_id TEXT NOT NULL REFERENCES organisasjon (fiks_org_id) ON DELETE CASCADE,
    navn TEXT NOT NULL,
    autorisert_organisasjonsnummer TEXT NOT NULL,
    beskrivelse TEXT,
    passordhash TEXT NOT NULL,
    kan_soke INTEGER NOT NULL DEFAULT 0,
    opprettet INTEGER NOT NULL,
    endret INTEGER NOT NULL
);
CREATE INDEX integrasjon_org ON integrasjon (fiks_org_id);
CREATE TABLE maskinporten_klient (
    klient_id TEXT NOT NULL PRIMARY KEY,
    organisasjonsnummer TEXT NOT NULL,
    scopes TEXT NOT NULL,                            -- space-separated
    jwks TEXT NOT NULL,                              -- JSON array of public JWKs
    sertifikater TEXT NOT NULL,                      -- JSON array of base64 DER certificates
    opprettet INTEGER NOT NULL
);
CREATE TABLE maskinporten_signeringsnokkel (
    kid TEXT NOT NULL PRIMARY KEY,
    privat_jwk TEXT NOT NULL,                        -- the issuer's own RSA key, JSON
    opprettet INTEGER NOT NULL
);
