-- Accounts of persons who sign in with OpenID Connect are named oidc:<subject>, the subject's case kept
-- (subjects are compared exactly); every other username stays lower case.
ALTER TABLE bruker DROP CONSTRAINT bruker_brukernavn_check;
ALTER TABLE bruker ADD CONSTRAINT bruker_brukernavn_check CHECK (brukernavn = lower(brukernavn) OR brukernavn LIKE 'oidc:%');
