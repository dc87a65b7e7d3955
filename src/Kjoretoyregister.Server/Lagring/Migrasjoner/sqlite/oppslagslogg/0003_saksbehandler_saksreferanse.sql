-- Who and which case a lookup was made for: the optional headers Saksbehandler (the fagsystem's
-- pseudonymous id for the employee) and Saksreferanse (the case number). Searched exactly, within an
-- organisation; the indexes leave out the rows without a value.
ALTER TABLE logg ADD COLUMN saksbehandler TEXT;
ALTER TABLE logg ADD COLUMN saksreferanse TEXT;
CREATE INDEX logg_saksbehandler ON logg (saksbehandler, tidspunkt) WHERE saksbehandler IS NOT NULL;
CREATE INDEX logg_saksreferanse ON logg (saksreferanse, tidspunkt) WHERE saksreferanse IS NOT NULL;
