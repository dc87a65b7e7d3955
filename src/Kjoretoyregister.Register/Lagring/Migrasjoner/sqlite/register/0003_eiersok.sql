-- The owner search of docs/eiersok.md.
-- navneord: every distinct word of navneledd with its phonetic key (Import/Navnefonetikk). Every import
-- adds the words it brought; a file upgraded to this version gets them when it is next opened
-- (SqliteRegisterLager). A phonetic search reads the words whose key starts with the query word's key.
CREATE TABLE navneord (
    ledd TEXT PRIMARY KEY,
    lyd TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX navneord_lyd ON navneord(lyd);

-- part.fodselsdato: the date of birth in a fødselsnummer as yyyy-MM-dd. The day has 40 added in a
-- D-nummer, the month 40 in an H-nummer and 80 in a synthetic number: both are taken modulo 40. The
-- century follows from the individual number (digits 7–9) and the year as the Folkeregister assigns them;
-- a combination it never assigns gives NULL.
ALTER TABLE part ADD COLUMN fodselsdato TEXT GENERATED ALWAYS AS (
    CASE
        WHEN fnr IS NULL OR length(fnr) <> 11 THEN NULL
        WHEN CAST(substr(fnr, 7, 3) AS INTEGER) < 500 THEN '19'
        WHEN CAST(substr(fnr, 7, 3) AS INTEGER) < 750 AND CAST(substr(fnr, 5, 2) AS INTEGER) >= 54 THEN '18'
        WHEN CAST(substr(fnr, 5, 2) AS INTEGER) < 40 THEN '20'
        WHEN CAST(substr(fnr, 7, 3) AS INTEGER) >= 900 THEN '19'
    END
    || substr(fnr, 5, 2)
    || printf('-%02d-%02d', CAST(substr(fnr, 3, 2) AS INTEGER) % 40, CAST(substr(fnr, 1, 2) AS INTEGER) % 40)
) VIRTUAL;
CREATE INDEX part_fodselsdato ON part(fodselsdato) WHERE fodselsdato IS NOT NULL;
