-- The formål catalogue of each organisation and the integration setting "Formål påkrevd" (CONTRACT.md §5).
-- Every organisation holds its own rows; there is no "no rows means KS's defaults". The defaults are written
-- here for the organisations that exist, and by the store in the same transaction as a new organisation
-- (Formalskatalog.Standard, the same five codes), so every instance reads one truth from the table, and an
-- organisation that removes every code has an empty catalogue, not the defaults back.
CREATE TABLE formal (
    fiks_org_id uuid NOT NULL REFERENCES organisasjon (fiks_org_id) ON DELETE CASCADE,
    kode text NOT NULL CHECK (kode ~ '^[A-Z0-9_]{2,50}$'),
    beskrivelse text NOT NULL,
    PRIMARY KEY (fiks_org_id, kode)
);
INSERT INTO formal (fiks_org_id, kode, beskrivelse)
    SELECT o.fiks_org_id, s.kode, s.beskrivelse
    FROM organisasjon AS o
    CROSS JOIN (VALUES
        ('PARKERINGSGEBYR', 'Ileggelse og oppfølging av parkeringsgebyr'),
        ('PARKERINGSTILLATELSE', 'Behandling av søknad om parkeringstillatelse'),
        ('BORTTAUING', 'Borttauing og flytting av kjøretøy'),
        ('BROYTING_OG_KOSTING', 'Varsling og flytting av kjøretøy ved brøyting og kosting'),
        ('ANNET', 'Annen saksbehandling i kommunen med hjemmel i lov')) AS s (kode, beskrivelse);
ALTER TABLE integrasjon ADD COLUMN formal_pakrevd boolean NOT NULL DEFAULT false;  -- a lookup needs a Formal from the catalogue
