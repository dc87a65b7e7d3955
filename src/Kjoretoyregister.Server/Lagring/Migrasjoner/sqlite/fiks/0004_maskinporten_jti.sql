-- The local Maskinporten issuer's spent grant ids, shared by every instance on the file (a replayed grant is refused everywhere).
CREATE TABLE maskinporten_jti (
    klient_id TEXT NOT NULL,
    jti TEXT NOT NULL,
    glemmes INTEGER NOT NULL,                        -- epoch ms UTC: the grant's exp plus the clock skew
    PRIMARY KEY (klient_id, jti)
) WITHOUT ROWID;
CREATE INDEX maskinporten_jti_glemmes ON maskinporten_jti (glemmes);
