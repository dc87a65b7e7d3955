-- The access state every instance shares: wrong-password counts, the local Maskinporten issuer's clients,
-- signing key and spent grant ids, and the Data Protection key ring (forvaltning's cookies).
CREATE TABLE feilforsok (
    nokkel text PRIMARY KEY,                         -- 'integrasjon:<uuid>' or 'innlogging:<brukernavn>'
    antall integer NOT NULL,                         -- unverified attempts since the last success
    sperret_til bigint NULL,                         -- epoch ms UTC
    sist bigint NOT NULL                             -- epoch ms UTC of the last attempt
);
CREATE INDEX feilforsok_sist ON feilforsok (sist);

CREATE TABLE maskinporten_klient (
    klient_id text PRIMARY KEY,
    organisasjonsnummer text NOT NULL,
    scopes text[] NOT NULL,
    jwks text[] NOT NULL,                            -- public JWKs, JSON
    sertifikater text[] NOT NULL,                    -- base64 DER certificates
    opprettet timestamptz NOT NULL
);

CREATE TABLE maskinporten_signeringsnokkel (
    kid text PRIMARY KEY,
    privat_jwk text NOT NULL,                        -- the issuer's own RSA key, JSON
    opprettet timestamptz NOT NULL
);

CREATE TABLE maskinporten_jti (
    klient_id text NOT NULL,
    jti text NOT NULL,
    glemmes timestamptz NOT NULL,                    -- the grant's exp plus the clock skew
    PRIMARY KEY (klient_id, jti)
);
CREATE INDEX maskinporten_jti_glemmes ON maskinporten_jti (glemmes);

CREATE TABLE dataprotection_nokkel (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    navn text NOT NULL,                              -- the key manager's friendly name, e.g. key-<guid>
    xml text NOT NULL
);
