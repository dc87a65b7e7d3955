-- The owner search of docs/eiersok.md, as in sqlite/register/0003_eiersok.sql.
-- Name words compare byte by byte (COLLATE "C", as SQLite does), whatever the database's locale: a
-- prefix is then a range of the primary key (ledd >= 'KRIS' AND ledd < 'KRIT').
ALTER TABLE navneledd ALTER COLUMN ledd TYPE text COLLATE "C";

-- navneord: every distinct word of navneledd with its phonetic key (Import/Navnefonetikk). Every import
-- adds the words it brought; a database upgraded to this version gets them on the register's first
-- lookup (PostgresRegisterLager).
CREATE TABLE navneord (
    ledd text COLLATE "C" PRIMARY KEY,
    lyd text COLLATE "C" NOT NULL
);
CREATE INDEX navneord_lyd ON navneord (lyd, ledd);

-- part.fodselsdato: the date of birth in a fødselsnummer as yyyy-MM-dd (day - 40 in a D-nummer, month
-- - 40 in an H-nummer and - 80 in a synthetic number, both taken modulo 40; the century from the
-- individual number). A combination the Folkeregister never assigns gives NULL.
ALTER TABLE part ADD COLUMN fodselsdato text GENERATED ALWAYS AS (
    CASE
        WHEN fnr IS NULL OR fnr !~ '^[0-9]{11}$' THEN NULL
        WHEN substr(fnr, 7, 3)::int < 500 THEN '19'
        WHEN substr(fnr, 7, 3)::int < 750 AND substr(fnr, 5, 2)::int >= 54 THEN '18'
        WHEN substr(fnr, 5, 2)::int < 40 THEN '20'
        WHEN substr(fnr, 7, 3)::int >= 900 THEN '19'
    END
    || substr(fnr, 5, 2)
    || '-' || lpad((substr(fnr, 3, 2)::int % 40)::text, 2, '0')
    || '-' || lpad((substr(fnr, 1, 2)::int % 40)::text, 2, '0')
) STORED;
CREATE INDEX part_fodselsdato ON part (fodselsdato) WHERE fodselsdato IS NOT NULL;
