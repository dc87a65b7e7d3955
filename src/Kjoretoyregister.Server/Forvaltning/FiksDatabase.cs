using Kjoretoyregister.Server.Drift;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// The Fiks side's own data in <c>&lt;data directory&gt;/fiks.db</c>: organisations (with their agreements
/// and invoicing details), integrations, forvaltning's accounts, the tariff, the change log, and the
/// local Maskinporten issuer's clients and signing key. Kept apart from the register (which an
/// import may hold for minutes) and from the audit log (which grows without bound).
/// </summary>
public sealed class FiksDatabase
{
    /// <summary>The file name under the data directory.</summary>
    public const string Filnavn = "fiks.db";

    /// <summary>The schema, one step per version. Never edit a released step; add a new one.</summary>
    public static readonly IReadOnlyList<string> Steg =
    [
        """
        CREATE TABLE organisasjon (
            fiks_org_id TEXT NOT NULL PRIMARY KEY,          -- UUID, lower case with hyphens
            navn TEXT NOT NULL,
            organisasjonsnummer TEXT NOT NULL,
            kjoretoyregister_aktivert INTEGER NOT NULL DEFAULT 0,
            opprettet INTEGER NOT NULL,                      -- epoch ms UTC
            endret INTEGER NOT NULL
        );
        CREATE TABLE integrasjon (
            integrasjon_id TEXT NOT NULL PRIMARY KEY,        -- UUID, lower case with hyphens
            fiks_org_id TEXT NOT NULL REFERENCES organisasjon (fiks_org_id) ON DELETE CASCADE,
            navn TEXT NOT NULL,
            autorisert_organisasjonsnummer TEXT NOT NULL,
            beskrivelse TEXT,
            passordhash TEXT NOT NULL,
            kan_soke INTEGER NOT NULL DEFAULT 0,
            opprettet INTEGER NOT NULL,
            endret INTEGER NOT NULL
        );
        CREATE INDEX integrasjon_org ON integrasjon (fiks_org_id);
        CREATE TABLE maskinporten_klient (
            klient_id TEXT NOT NULL PRIMARY KEY,
            organisasjonsnummer TEXT NOT NULL,
            scopes TEXT NOT NULL,                            -- space-separated
            jwks TEXT NOT NULL,                              -- JSON array of public JWKs
            sertifikater TEXT NOT NULL,                      -- JSON array of base64 DER certificates
            opprettet INTEGER NOT NULL
        );
        CREATE TABLE maskinporten_signeringsnokkel (
            kid TEXT NOT NULL PRIMARY KEY,
            privat_jwk TEXT NOT NULL,                        -- the issuer's own RSA key, JSON
            opprettet INTEGER NOT NULL
        )
        """,
        """
        ALTER TABLE organisasjon ADD COLUMN hovedavtale_signert TEXT NULL;      -- yyyy-MM-dd, null = not signed
        ALTER TABLE organisasjon ADD COLUMN tjenestevedlegg_signert TEXT NULL;  -- yyyy-MM-dd, null = not signed
        ALTER TABLE organisasjon ADD COLUMN faktura_adresse TEXT NULL;          -- null until the first-login wizard
        ALTER TABLE organisasjon ADD COLUMN faktura_referanse TEXT NULL;
        ALTER TABLE organisasjon ADD COLUMN faktura_ehf_orgnr TEXT NULL;
        CREATE TABLE bruker (
            brukernavn TEXT NOT NULL PRIMARY KEY,            -- lower case
            navn TEXT NOT NULL,
            passordhash TEXT NOT NULL,
            ks_administrator INTEGER NOT NULL DEFAULT 0,
            feilforsok INTEGER NOT NULL DEFAULT 0,           -- failed logins since the last success or lock
            sperret_til INTEGER NULL,                        -- epoch ms UTC
            sikkerhetsstempel TEXT NOT NULL,                 -- changes with the password; ends other sessions
            opprettet INTEGER NOT NULL,
            endret INTEGER NOT NULL
        );
        CREATE TABLE administrator (
            brukernavn TEXT NOT NULL REFERENCES bruker (brukernavn) ON DELETE CASCADE,
            fiks_org_id TEXT NOT NULL REFERENCES organisasjon (fiks_org_id) ON DELETE CASCADE,
            PRIMARY KEY (brukernavn, fiks_org_id)
        ) WITHOUT ROWID;
        CREATE INDEX administrator_org ON administrator (fiks_org_id);
        CREATE TABLE tariff (
            gyldig_fra TEXT NOT NULL PRIMARY KEY,            -- yyyy-MM-dd
            pris_per_oppslag_ore INTEGER NOT NULL,
            manedspris_ore INTEGER NOT NULL,
            endret INTEGER NOT NULL
        );
        CREATE TABLE endring (
            id INTEGER PRIMARY KEY,
            tidspunkt INTEGER NOT NULL,                      -- epoch ms UTC
            utfort_av TEXT NOT NULL,
            fiks_org_id TEXT NULL,                           -- no foreign key: the log outlives what it names
            handling TEXT NOT NULL,
            detaljer TEXT NULL
        );
        CREATE INDEX endring_org ON endring (fiks_org_id, id)
        """,
        // Step 3: wrong-password counts for integrations and logins in one table, keyed by what was
        // tried (an unknown username is counted exactly as a known one), and reserved before the hash.
        """
        CREATE TABLE feilforsok (
            nokkel TEXT NOT NULL PRIMARY KEY,                -- 'integrasjon:<uuid>' or 'innlogging:<brukernavn>'
            antall INTEGER NOT NULL,                         -- unverified attempts since the last success
            sperret_til INTEGER NULL,                        -- epoch ms UTC
            sist INTEGER NOT NULL                            -- epoch ms UTC of the last attempt
        ) WITHOUT ROWID;
        CREATE INDEX feilforsok_sist ON feilforsok (sist);
        INSERT INTO feilforsok (nokkel, antall, sperret_til, sist)
            SELECT 'innlogging:' || brukernavn, feilforsok, sperret_til, endret FROM bruker WHERE feilforsok > 0 OR sperret_til IS NOT NULL;
        ALTER TABLE bruker DROP COLUMN feilforsok;
        ALTER TABLE bruker DROP COLUMN sperret_til
        """,
    ];

    public FiksDatabase(string sti) => Fil = new SqliteFil(sti, Steg);

    /// <summary>The file and its connections.</summary>
    public SqliteFil Fil { get; }
}
