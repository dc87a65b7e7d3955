using Npgsql;
using NpgsqlTypes;
using static Kjoretoyregister.Server.Forvaltning.FiksPostgres;

namespace Kjoretoyregister.Server.Forvaltning.Endringer;

/// <summary>
/// The change log in PostgreSQL (table <c>endring</c> of the set <c>fiks</c>), newest first by insertion
/// order; the index on (fiks_org_id, id) serves one organisation's page without reading the others'.
/// </summary>
public sealed class PostgresEndringslogg(NpgsqlDataSource kilde) : IEndringslogg
{
    private const string Kolonner = "tidspunkt, utfort_av, fiks_org_id, handling, detaljer";

    private const string ListAlleSql = $"SELECT {Kolonner} FROM endring ORDER BY id DESC LIMIT $1 OFFSET $2";

    private const string ListOrganisasjonSql = $"SELECT {Kolonner} FROM endring WHERE fiks_org_id = $3 ORDER BY id DESC LIMIT $1 OFFSET $2";

    private const string TellAlleSql = "SELECT count(*) FROM endring";

    private const string TellOrganisasjonSql = "SELECT count(*) FROM endring WHERE fiks_org_id = $1";

    public async Task SkrivAsync(Endring endring, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endring);
        Endring.Sjekk(endring);
        await using var tilkobling = await kilde.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await FiksPostgres.SkrivAsync(tilkobling, null, endring, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Endring>> ListAsync(Guid? fiksOrgId, int hopp, int antall, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hopp);
        ArgumentOutOfRangeException.ThrowIfNegative(antall);
        var side = new[] { Verdi(antall, NpgsqlDbType.Integer), Verdi(hopp, NpgsqlDbType.Integer) };
        return fiksOrgId is { } id
            ? await kilde.LesAsync(ListOrganisasjonSql, LesEndring, cancellationToken, [.. side, Verdi(id)]).ConfigureAwait(false)
            : await kilde.LesAsync(ListAlleSql, LesEndring, cancellationToken, side).ConfigureAwait(false);
    }

    public async Task<long> TellAsync(Guid? fiksOrgId, CancellationToken cancellationToken = default)
    {
        var antall = fiksOrgId is { } id
            ? await kilde.LesAsync(TellOrganisasjonSql, l => l.GetInt64(0), cancellationToken, Verdi(id)).ConfigureAwait(false)
            : await kilde.LesAsync(TellAlleSql, l => l.GetInt64(0), cancellationToken).ConfigureAwait(false);
        return antall.Single();
    }

    private static Endring LesEndring(NpgsqlDataReader leser) => new(
        leser.GetFieldValue<DateTimeOffset>(0),
        leser.GetString(1),
        leser.IsDBNull(2) ? null : leser.GetGuid(2),
        leser.GetString(3),
        leser.IsDBNull(4) ? null : leser.GetString(4));
}
