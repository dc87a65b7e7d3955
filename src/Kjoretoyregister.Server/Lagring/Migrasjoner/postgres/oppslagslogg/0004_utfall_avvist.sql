-- Outcome 'avvist': a lookup refused before it was made because the integration's or the organisation's
-- quota was used up (KVOTE_OPPBRUKT, Kvote/). The new rule allows every value the old one did, so the
-- rows already stored need no check: NOT VALID spares a scan of every month's partition; rows written
-- from now on, and every partition made later, are checked.
ALTER TABLE logg DROP CONSTRAINT logg_utfall_check;
ALTER TABLE logg ADD CONSTRAINT logg_utfall_check CHECK (utfall IN ('treff', 'ukjent', 'ugyldig', 'feil', 'avvist')) NOT VALID;
