-- Tamper evidence: every row written from now on carries hash = SHA-256(forrige_hash || its content)
-- (Logg/Loggkjede.cs), forrige_hash being the previous row's hash: one chain over the whole file.
-- Rows written before this migration keep NULL in both; the chain starts at the first row written
-- after it (logg_kjede.start_id), and the verifier reports the earlier rows as not chained.
ALTER TABLE logg ADD COLUMN hash BLOB;
ALTER TABLE logg ADD COLUMN forrige_hash BLOB;

-- The chain's one row: its first row, its head (the last row written, updated in the writer's
-- transaction) and the retention cut (the first kept row and its predecessor's hash).
CREATE TABLE logg_kjede (
    en INTEGER PRIMARY KEY CHECK (en = 1),
    start_id INTEGER,
    siste_id INTEGER,
    siste_hash BLOB,
    kutt_id INTEGER,
    kutt_forrige_hash BLOB
);
INSERT INTO logg_kjede (en) VALUES (1);

-- The daily anchor: the date (Europe/Oslo) is the key, so of several servers only the one whose insert
-- won writes the anchor to the change log.
CREATE TABLE logg_ankerpunkt (
    dato TEXT PRIMARY KEY,                      -- yyyy-MM-dd, Europe/Oslo
    logg_id INTEGER,                            -- the chain head (NULL: nothing chained yet)
    hash BLOB,
    skrevet INTEGER NOT NULL                    -- epoch ms UTC
) WITHOUT ROWID;
