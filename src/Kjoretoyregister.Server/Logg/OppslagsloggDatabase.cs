using Kjoretoyregister.Server.Drift;

namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// The audit log in <c>&lt;data directory&gt;/oppslagslogg.db</c>: one row per looked-up item, the
/// persons and organisations each row disclosed, and the usage counts per month. Every commit is fsynced
/// (<see cref="SqliteFil"/> with <c>holdbar: true</c>), so a row the caller was told about survives a power cut.
/// </summary>
public sealed class OppslagsloggDatabase
{
    /// <summary>The file name under the data directory.</summary>
    public const string Filnavn = "oppslagslogg.db";

    /// <summary>The schema, one step per version. Never edit a released step; add a new one.</summary>
    public static readonly IReadOnlyList<string> Steg =
    [
        """
        CREATE TABLE logg (
            id INTEGER PRIMARY KEY,
            tidspunkt INTEGER NOT NULL,                 -- epoch ms UTC
            fiks_org_id TEXT NOT NULL,                  -- UUID, lower case with hyphens
            integrasjon_id TEXT NOT NULL,
            konsument_orgnr TEXT NOT NULL,              -- the token's consumer
            klient_id TEXT NOT NULL,                    -- the token's client_id
            operasjon TEXT NOT NULL,                    -- Operasjoner: kjennemerke, kuid, person, ...
            nokkel TEXT NOT NULL,                       -- the search key as given
            sokenokkel TEXT NOT NULL,                   -- the search key normalised (kjennemerke BR12345, trimmed otherwise)
            dtg INTEGER,                                -- epoch ms UTC; NULL = now
            utfall TEXT NOT NULL CHECK (utfall IN ('treff', 'ukjent', 'ugyldig')),
            kuider TEXT NOT NULL,                       -- space-separated, for display
            parter TEXT NOT NULL,                       -- space-separated fnr/orgnr, for display; searched via logg_part
            error_id TEXT NOT NULL,
            formal TEXT
        );
        CREATE INDEX logg_org_tidspunkt ON logg (fiks_org_id, tidspunkt);
        CREATE INDEX logg_sokenokkel ON logg (sokenokkel);
        CREATE INDEX logg_tidspunkt ON logg (tidspunkt);
        CREATE TABLE logg_part (
            part TEXT NOT NULL,                         -- fnr/orgnr returned, or the search key of a person/organisasjon lookup
            logg_id INTEGER NOT NULL,
            PRIMARY KEY (part, logg_id)
        ) WITHOUT ROWID;
        CREATE TABLE forbruk (
            fiks_org_id TEXT NOT NULL,
            integrasjon_id TEXT NOT NULL,
            ar INTEGER NOT NULL,                        -- year and month in Europe/Oslo time
            maned INTEGER NOT NULL,
            oppslag INTEGER NOT NULL,
            treff INTEGER NOT NULL,
            PRIMARY KEY (fiks_org_id, integrasjon_id, ar, maned)
        ) WITHOUT ROWID
        """,
        // Step 2: outcome 'feil' (the register could not answer). SQLite cannot change a CHECK, so the
        // table is rebuilt with the same rows and ids, and its indexes made again.
        """
        CREATE TABLE logg_ny (
            id INTEGER PRIMARY KEY,
            tidspunkt INTEGER NOT NULL,
            fiks_org_id TEXT NOT NULL,
            integrasjon_id TEXT NOT NULL,
            konsument_orgnr TEXT NOT NULL,
            klient_id TEXT NOT NULL,
            operasjon TEXT NOT NULL,
            nokkel TEXT NOT NULL,
            sokenokkel TEXT NOT NULL,
            dtg INTEGER,
            utfall TEXT NOT NULL CHECK (utfall IN ('treff', 'ukjent', 'ugyldig', 'feil')),
            kuider TEXT NOT NULL,
            parter TEXT NOT NULL,
            error_id TEXT NOT NULL,
            formal TEXT
        );
        INSERT INTO logg_ny SELECT id, tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel,
            sokenokkel, dtg, utfall, kuider, parter, error_id, formal FROM logg;
        DROP TABLE logg;
        ALTER TABLE logg_ny RENAME TO logg;
        CREATE INDEX logg_org_tidspunkt ON logg (fiks_org_id, tidspunkt);
        CREATE INDEX logg_sokenokkel ON logg (sokenokkel);
        CREATE INDEX logg_tidspunkt ON logg (tidspunkt)
        """,
    ];

    public OppslagsloggDatabase(string sti) => Fil = new SqliteFil(sti, Steg, holdbar: true);

    /// <summary>The file and its connections.</summary>
    public SqliteFil Fil { get; }

    /// <summary>True when the file opens and has its tables (the readiness check).</summary>
    public bool Svarer()
    {
        using var tilkobling = Fil.Apne();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('logg', 'logg_part', 'forbruk')";
        return Convert.ToInt64(kommando.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 3;
    }
}
