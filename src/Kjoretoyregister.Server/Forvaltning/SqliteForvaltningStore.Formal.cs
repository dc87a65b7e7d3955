using Kjoretoyregister.Server.Forvaltning.Endringer;
using Microsoft.Data.Sqlite;
using static Kjoretoyregister.Server.Forvaltning.FiksSql;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>The formål catalogue (table <c>formal</c>) and the integration setting "Formål påkrevd".</summary>
public sealed partial class SqliteForvaltningStore
{
    private const string ListFormalSql = "SELECT kode, beskrivelse FROM formal WHERE fiks_org_id = $fiks_org_id ORDER BY kode";

    // INSERT ... SELECT from the organisation: no row is written when it does not exist.
    private const string LeggTilFormalSql = """
        INSERT INTO formal (fiks_org_id, kode, beskrivelse)
        SELECT fiks_org_id, $kode, $beskrivelse
        FROM organisasjon
        WHERE fiks_org_id = $fiks_org_id
        ON CONFLICT (fiks_org_id, kode) DO NOTHING
        """;

    private const string EndreFormalSql = "UPDATE formal SET beskrivelse = $beskrivelse WHERE fiks_org_id = $fiks_org_id AND kode = $kode";

    private const string FjernFormalSql = "DELETE FROM formal WHERE fiks_org_id = $fiks_org_id AND kode = $kode";

    private const string StandardFormalSql = "INSERT INTO formal (fiks_org_id, kode, beskrivelse) VALUES ($fiks_org_id, $kode, $beskrivelse)";

    private const string SettFormalPakrevdSql = """
        UPDATE integrasjon
        SET formal_pakrevd = $pakrevd,
            endret = CASE WHEN formal_pakrevd = $pakrevd THEN endret ELSE $na END
        WHERE integrasjon_id = $integrasjon_id
        """;

    public override async Task<IReadOnlyList<Formal>> ListFormalAsync(Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        await database.LesAsync(ListFormalSql, l => new Formal(l.GetString(0), l.GetString(1)), cancellationToken, ("$fiks_org_id", Tekst(fiksOrgId))).ConfigureAwait(false);

    protected override async Task<bool> UpdateFormalPakrevdAsync(Guid integrasjonId, bool pakrevd, DateTimeOffset na, Endring? endring, CancellationToken cancellationToken) =>
        await database.EndreAsync(SettFormalPakrevdSql, endring, cancellationToken,
            ("$integrasjon_id", Tekst(integrasjonId)), ("$pakrevd", pakrevd ? 1 : 0), ("$na", Millisekunder(na))).ConfigureAwait(false) == 1;

    protected override async Task<bool> InsertFormalAsync(Guid fiksOrgId, Formal formal, Endring? endring, CancellationToken cancellationToken) =>
        await database.EndreAsync(LeggTilFormalSql, endring, cancellationToken,
            ("$fiks_org_id", Tekst(fiksOrgId)), ("$kode", formal.Kode), ("$beskrivelse", formal.Beskrivelse)).ConfigureAwait(false) == 1;

    protected override async Task<bool> UpdateFormalAsync(Guid fiksOrgId, Formal formal, Endring? endring, CancellationToken cancellationToken) =>
        await database.EndreAsync(EndreFormalSql, endring, cancellationToken,
            ("$fiks_org_id", Tekst(fiksOrgId)), ("$kode", formal.Kode), ("$beskrivelse", formal.Beskrivelse)).ConfigureAwait(false) == 1;

    protected override async Task<bool> DeleteFormalAsync(Guid fiksOrgId, string kode, Endring? endring, CancellationToken cancellationToken) =>
        await database.EndreAsync(FjernFormalSql, endring, cancellationToken,
            ("$fiks_org_id", Tekst(fiksOrgId)), ("$kode", kode)).ConfigureAwait(false) == 1;

    /// <summary>KS's defaults for a new organisation, in the transaction that creates it.</summary>
    private static async Task SkrivStandardkatalogAsync(SqliteConnection tilkobling, SqliteTransaction transaksjon, Guid fiksOrgId, CancellationToken cancellationToken)
    {
        using var kommando = Kommando(tilkobling, StandardFormalSql, [("$fiks_org_id", Tekst(fiksOrgId)), ("$kode", ""), ("$beskrivelse", "")], transaksjon);
        foreach (var formal in Formalskatalog.Standard)
        {
            kommando.Parameters["$kode"].Value = formal.Kode;
            kommando.Parameters["$beskrivelse"].Value = formal.Beskrivelse;
            await kommando.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
