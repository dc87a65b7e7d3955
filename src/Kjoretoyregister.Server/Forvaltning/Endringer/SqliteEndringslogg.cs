using Microsoft.Data.Sqlite;
using static Kjoretoyregister.Server.Forvaltning.FiksSql;

namespace Kjoretoyregister.Server.Forvaltning.Endringer;

/// <summary>
/// The change log in <c>fiks.db</c> (table <c>endring</c>), newest first by insertion order; the index
/// on (fiks_org_id, id) serves one organisation's page without reading the others'.
/// </summary>
public sealed class SqliteEndringslogg(FiksDatabase database) : IEndringslogg
{
    private const string Kolonner = "tidspunkt, utfort_av, fiks_org_id, handling, detaljer";

    private const string ListAlleSql = $"SELECT {Kolonner} FROM endring ORDER BY id DESC LIMIT $antall OFFSET $hopp";

    private const string ListOrganisasjonSql = $"SELECT {Kolonner} FROM endring WHERE fiks_org_id = $fiks_org_id ORDER BY id DESC LIMIT $antall OFFSET $hopp";

    private const string TellAlleSql = "SELECT count(*) FROM endring";

    private const string TellOrganisasjonSql = "SELECT count(*) FROM endring WHERE fiks_org_id = $fiks_org_id";

    public async Task SkrivAsync(Endring endring, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endring);
        Endring.Sjekk(endring);
        using var tilkobling = database.Fil.Apne();
        await SkrivEndringAsync(tilkobling, null, endring, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Endring>> ListAsync(Guid? fiksOrgId, int hopp, int antall, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hopp);
        ArgumentOutOfRangeException.ThrowIfNegative(antall);
        return fiksOrgId is { } id
            ? await database.LesAsync(ListOrganisasjonSql, LesEndring, cancellationToken, ("$fiks_org_id", Tekst(id)), ("$hopp", hopp), ("$antall", antall)).ConfigureAwait(false)
            : await database.LesAsync(ListAlleSql, LesEndring, cancellationToken, ("$hopp", hopp), ("$antall", antall)).ConfigureAwait(false);
    }

    public async Task<long> TellAsync(Guid? fiksOrgId, CancellationToken cancellationToken = default)
    {
        var antall = fiksOrgId is { } id
            ? await database.LesAsync(TellOrganisasjonSql, l => l.GetInt64(0), cancellationToken, ("$fiks_org_id", Tekst(id))).ConfigureAwait(false)
            : await database.LesAsync(TellAlleSql, l => l.GetInt64(0), cancellationToken).ConfigureAwait(false);
        return antall.Single();
    }

    private static Endring LesEndring(SqliteDataReader leser) => new(
        Tidspunkt(leser.GetInt64(0)),
        leser.GetString(1),
        leser.IsDBNull(2) ? null : Guid.Parse(leser.GetString(2)),
        leser.GetString(3),
        leser.IsDBNull(4) ? null : leser.GetString(4));
}
