-- Who and which case a lookup was made for: the optional headers Saksbehandler (the fagsystem's
-- pseudonymous id for the employee) and Saksreferanse (the case number). Searched exactly, within an
-- organisation; the indexes leave out the rows without a value. Added to the partitioned table, so
-- every month's partition gets them.
ALTER TABLE logg ADD COLUMN saksbehandler text;
ALTER TABLE logg ADD COLUMN saksreferanse text;
CREATE INDEX logg_saksbehandler ON logg (saksbehandler, tidspunkt) WHERE saksbehandler IS NOT NULL;
CREATE INDEX logg_saksreferanse ON logg (saksreferanse, tidspunkt) WHERE saksreferanse IS NOT NULL;
