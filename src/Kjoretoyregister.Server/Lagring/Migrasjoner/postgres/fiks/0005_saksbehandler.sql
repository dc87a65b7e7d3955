-- The role Oppslag (saksbehandler): who may use the lookup page for which organisation. Separate from
-- administrator: administering an organisation does not give the right to look up its vehicles.
CREATE TABLE saksbehandler (
    brukernavn text NOT NULL REFERENCES bruker (brukernavn) ON DELETE CASCADE,
    fiks_org_id uuid NOT NULL REFERENCES organisasjon (fiks_org_id) ON DELETE CASCADE,
    PRIMARY KEY (brukernavn, fiks_org_id)
);
CREATE INDEX saksbehandler_org ON saksbehandler (fiks_org_id);
