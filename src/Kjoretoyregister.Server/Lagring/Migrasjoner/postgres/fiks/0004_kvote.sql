-- KS's override of an organisation's fair-use limits (Kvote/Kvoteoverstyring.cs); NULL = the setting Kvote:*.
-- Read in the same statement as the integration and its rights, so a change counts from the next request.
ALTER TABLE organisasjon ADD COLUMN kvote_integrasjon_per_sekund integer CHECK (kvote_integrasjon_per_sekund > 0);
ALTER TABLE organisasjon ADD COLUMN kvote_integrasjon_kapasitet integer CHECK (kvote_integrasjon_kapasitet > 0);
ALTER TABLE organisasjon ADD COLUMN kvote_organisasjon_per_sekund integer CHECK (kvote_organisasjon_per_sekund > 0);
ALTER TABLE organisasjon ADD COLUMN kvote_organisasjon_kapasitet integer CHECK (kvote_organisasjon_kapasitet > 0);
