-- The formål catalogue of each organisation and the integration setting "Formål påkrevd" (CONTRACT.md §5).
-- Every organisation holds its own rows; there is no "no rows means KS's defaults". The defaults are written
-- here for the organisations that exist, and by the store in the same transaction as a new organisation
-- (Formalskatalog.Standard, the same five codes), so every instance reads one truth from the table, and an
-- organisation that removes every code has an empty catalogue, not the defaults back.
CREATE TABLE formal (
    fiks_org_id TEXT NOT NULL REFERENCES organisasjon (fiks_org_id) ON DELETE CASCADE,
    kode TEXT NOT NULL,                              -- A-Z, 0-9 and _, 2 to 50 characters
    beskrivelse TEXT NOT NULL,
    PRIMARY KEY (fiks_org_id, kode)
) WITHOUT ROWID;
INSERT INTO formal (fiks_org_id, kode, beskrivelse)
    SELECT o.fiks_org_id, s.column1, s.column2
    FROM organisasjon AS o
    CROSS JOIN (VALUES
        ('PARKERINGSGEBYR', 'Ileggelse og oppfølging av parkeringsgebyr'),
        ('PARKERINGSTILLATELSE', 'Behandling av søknad om parkeringstillatelse'),
        ('BORTTAUING', 'Borttauing og flytting av kjøretøy'),
        ('BROYTING_OG_KOSTING', 'Varsling og flytting av kjøretøy ved brøyting og kosting'),
        ('ANNET', 'Annen saksbehandling i kommunen med hjemmel i lov')) AS s;
ALTER TABLE integrasjon ADD COLUMN formal_pakrevd INTEGER NOT NULL DEFAULT 0;  -- 1: a lookup needs a Formal from the catalogue
