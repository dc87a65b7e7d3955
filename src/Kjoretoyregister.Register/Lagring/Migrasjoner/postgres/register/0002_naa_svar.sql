-- Each vehicle's lookup answer for "now", as in sqlite/register/0002_naa_svar.sql: json is the
-- KjoretoyResponse exactly as the API writes it (a hit), kuid and parter (space-separated) what it
-- discloses, valid for every t in [gyldig_fra, gyldig_til). Every import rebuilds the answers of the
-- vehicles it touched, in its transaction; a database upgraded to this version gets its answers on the
-- register's first lookup (PostgresRegisterLager).
CREATE TABLE naa_svar (
    kjoretoy_id bigint PRIMARY KEY,
    gyldig_fra bigint NOT NULL,
    gyldig_til bigint NOT NULL,
    kuid text NOT NULL,
    parter text NOT NULL,
    json bytea NOT NULL
);

CREATE INDEX eierskap_underenhet ON eierskap (underenhet_id, til, fom) INCLUDE (kjoretoy_id) WHERE underenhet_id IS NOT NULL;
