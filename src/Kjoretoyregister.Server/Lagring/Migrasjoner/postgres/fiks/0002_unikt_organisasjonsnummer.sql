-- One organisation per organisasjonsnummer (ForvaltningStore checks it first; this index holds it against two
-- writers at once). A database from before the rule may already have the same number twice: those rows are
-- kept, and each but the oldest (by opprettet, then fiks_org_id) is marked with the organisation it repeats in
-- organisasjonsnummer_duplikat_av. The index covers only unmarked rows, so the migration never fails on old
-- data; find the marked ones with
--   SELECT fiks_org_id, navn, organisasjonsnummer, organisasjonsnummer_duplikat_av FROM organisasjon
--   WHERE organisasjonsnummer_duplikat_av IS NOT NULL;
ALTER TABLE organisasjon ADD COLUMN organisasjonsnummer_duplikat_av uuid NULL;   -- the oldest organisation with the number
UPDATE organisasjon
SET organisasjonsnummer_duplikat_av = (
    SELECT eldst.fiks_org_id FROM organisasjon AS eldst
    WHERE eldst.organisasjonsnummer = organisasjon.organisasjonsnummer
    ORDER BY eldst.opprettet, eldst.fiks_org_id
    LIMIT 1)
WHERE EXISTS (
    SELECT 1 FROM organisasjon AS eldre
    WHERE eldre.organisasjonsnummer = organisasjon.organisasjonsnummer
      AND (eldre.opprettet < organisasjon.opprettet OR (eldre.opprettet = organisasjon.opprettet AND eldre.fiks_org_id < organisasjon.fiks_org_id)));
CREATE UNIQUE INDEX organisasjon_organisasjonsnummer ON organisasjon (organisasjonsnummer) WHERE organisasjonsnummer_duplikat_av IS NULL;
