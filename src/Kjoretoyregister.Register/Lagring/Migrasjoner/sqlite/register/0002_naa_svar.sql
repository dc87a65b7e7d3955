-- Each vehicle's lookup answer for "now", kept so a lookup need not build and write it: json is the
-- KjoretoyResponse exactly as the API writes it (a hit), kuid and parter (fødselsnummer or
-- organisasjonsnummer, space-separated, in the order the audit log names them) what the answer
-- discloses. The answer holds for every t in [gyldig_fra, gyldig_til): no row of the vehicle starts or
-- ends inside it. Every import rebuilds the answers of the vehicles it touched, in its transaction; a
-- file upgraded to this version gets its answers when it is next opened (SqliteRegisterLager).
CREATE TABLE naa_svar (
    kjoretoy_id INTEGER PRIMARY KEY,
    gyldig_fra INTEGER NOT NULL,
    gyldig_til INTEGER NOT NULL,
    kuid TEXT NOT NULL,
    parter TEXT NOT NULL,
    json BLOB NOT NULL
);

-- A party's new name or address changes the answers of the vehicles it owns, co-owns, leases or is the
-- sub-unit of: the import finds those through these indexes.
CREATE INDEX eierskap_underenhet ON eierskap(underenhet_id, til, fom) WHERE underenhet_id IS NOT NULL;
