-- Wrong-password counts for integrations and logins in one table, keyed by what was tried (an
-- unknown username is counted exactly as a known one), and reserved before the hash.
CREATE TABLE feilforsok (
    nokkel TEXT NOT NULL PRIMARY KEY,                -- 'integrasjon:<uuid>' or 'innlogging:<brukernavn>'
    antall INTEGER NOT NULL,                         -- unverified attempts since the last success
    sperret_til INTEGER NULL,                        -- epoch ms UTC
    sist INTEGER NOT NULL                            -- epoch ms UTC of the last attempt
) WITHOUT ROWID;
CREATE INDEX feilforsok_sist ON feilforsok (sist);
INSERT INTO feilforsok (nokkel, antall, sperret_til, sist)
    SELECT 'innlogging:' || brukernavn, feilforsok, sperret_til, endret FROM bruker WHERE feilforsok > 0 OR sperret_til IS NOT NULL;
ALTER TABLE bruker DROP COLUMN feilforsok;
ALTER TABLE bruker DROP COLUMN sperret_til;
