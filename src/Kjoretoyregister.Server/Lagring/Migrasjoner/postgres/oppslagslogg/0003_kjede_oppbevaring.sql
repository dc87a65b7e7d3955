-- Tamper evidence: every row written from now on carries hash = SHA-256(forrige_hash || its content)
-- (Logg/Loggkjede.cs), forrige_hash being the previous row's hash by id: one chain over the whole
-- database, whichever instance wrote the row. Rows written before this migration keep NULL in both;
-- the chain starts at the first row written after it (logg_kjede.start_id).
ALTER TABLE logg ADD COLUMN hash bytea;
ALTER TABLE logg ADD COLUMN forrige_hash bytea;
-- The verifier walks the chain in id order, and the retention finds the first kept row by id.
CREATE INDEX logg_id ON logg (id);

-- The chain's one row: its first row, its head (the last row written; a batch locks this row FOR UPDATE,
-- so batches from several instances take their ids and extend the chain one after the other) and the
-- retention cut (the first kept row and its predecessor's hash).
CREATE TABLE logg_kjede (
    en integer PRIMARY KEY CHECK (en = 1),
    start_id bigint,
    siste_id bigint,
    siste_hash bytea,
    kutt_id bigint,
    kutt_forrige_hash bytea
);
INSERT INTO logg_kjede (en) VALUES (1);

-- The daily anchor: the date (Europe/Oslo) is the key, so of several instances only the one whose
-- insert won writes the anchor to the change log.
CREATE TABLE logg_ankerpunkt (
    dato date PRIMARY KEY,
    logg_id bigint,                             -- the chain head (NULL: nothing chained yet)
    hash bytea,
    skrevet timestamptz NOT NULL
);
