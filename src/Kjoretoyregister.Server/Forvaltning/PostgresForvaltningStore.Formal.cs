using Kjoretoyregister.Server.Forvaltning.Endringer;
using Npgsql;
using NpgsqlTypes;
using static Kjoretoyregister.Server.Forvaltning.FiksPostgres;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>The formål catalogue (table <c>formal</c>) and the integration setting "Formål påkrevd".</summary>
public sealed partial class PostgresForvaltningStore
{
    // COLLATE "C": the same order as SQLite's, whatever the database's collation.
    private const string ListFormalSql = """
        SELECT kode, beskrivelse FROM formal WHERE fiks_org_id = $1 ORDER BY kode COLLATE "C"
        """;

    // INSERT ... SELECT from the organisation: no row is written when it does not exist.
    private const string LeggTilFormalSql = """
        INSERT INTO formal (fiks_org_id, kode, beskrivelse)
        SELECT fiks_org_id, $2, $3
        FROM organisasjon
        WHERE fiks_org_id = $1
        ON CONFLICT (fiks_org_id, kode) DO NOTHING
        """;

    private const string EndreFormalSql = "UPDATE formal SET beskrivelse = $3 WHERE fiks_org_id = $1 AND kode = $2";

    private const string FjernFormalSql = "DELETE FROM formal WHERE fiks_org_id = $1 AND kode = $2";

    private const string StandardFormalSql = "INSERT INTO formal (fiks_org_id, kode, beskrivelse) SELECT $1, k, b FROM unnest($2::text[], $3::text[]) AS s (k, b)";

    private const string SettFormalPakrevdSql = """
        UPDATE integrasjon
        SET formal_pakrevd = $2,
            endret = CASE WHEN formal_pakrevd = $2 THEN endret ELSE $3 END
        WHERE integrasjon_id = $1
        """;

    public override async Task<IReadOnlyList<Formal>> ListFormalAsync(Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        await kilde.LesAsync(ListFormalSql, l => new Formal(l.GetString(0), l.GetString(1)), cancellationToken, Verdi(fiksOrgId)).ConfigureAwait(false);

    protected override async Task<bool> UpdateFormalPakrevdAsync(Guid integrasjonId, bool pakrevd, DateTimeOffset na, Endring? endring, CancellationToken cancellationToken) =>
        await kilde.EndreAsync(SettFormalPakrevdSql, [Verdi(integrasjonId), Verdi(pakrevd), Verdi(na)], endring, cancellationToken).ConfigureAwait(false) == 1;

    protected override async Task<bool> InsertFormalAsync(Guid fiksOrgId, Formal formal, Endring? endring, CancellationToken cancellationToken) =>
        await kilde.EndreAsync(LeggTilFormalSql, [Verdi(fiksOrgId), Verdi(formal.Kode), Verdi(formal.Beskrivelse)], endring, cancellationToken).ConfigureAwait(false) == 1;

    protected override async Task<bool> UpdateFormalAsync(Guid fiksOrgId, Formal formal, Endring? endring, CancellationToken cancellationToken) =>
        await kilde.EndreAsync(EndreFormalSql, [Verdi(fiksOrgId), Verdi(formal.Kode), Verdi(formal.Beskrivelse)], endring, cancellationToken).ConfigureAwait(false) == 1;

    protected override async Task<bool> DeleteFormalAsync(Guid fiksOrgId, string kode, Endring? endring, CancellationToken cancellationToken) =>
        await kilde.EndreAsync(FjernFormalSql, [Verdi(fiksOrgId), Verdi(kode)], endring, cancellationToken).ConfigureAwait(false) == 1;

    /// <summary>KS's defaults for a new organisation, one statement in the batch that creates it.</summary>
    private static NpgsqlBatchCommand Standardkatalog(Guid fiksOrgId) =>
        Batchkommando(StandardFormalSql,
            Verdi(fiksOrgId),
            Verdi(Formalskatalog.Standard.Select(f => f.Kode).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            Verdi(Formalskatalog.Standard.Select(f => f.Beskrivelse).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text));
}
