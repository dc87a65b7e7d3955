using System.Runtime.CompilerServices;
using Npgsql;

namespace Kjoretoyregister.Server.Logg;

/// <summary>Reads the audit log and the usage counts from PostgreSQL, with the same results as <see cref="SqliteOppslagsloggLeser"/>.</summary>
public sealed class PostgresOppslagsloggLeser(NpgsqlDataSource kilde) : IOppslagsloggLeser
{
    public async IAsyncEnumerable<LagretLoggRad> SokAsync(LoggFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(filter.Hopp);
        ArgumentOutOfRangeException.ThrowIfNegative(filter.Antall);
        await using var kommando = Sok(filter);
        await using var leser = await kommando.ExecuteReaderAsync(cancellationToken);
        while (await leser.ReadAsync(cancellationToken))
        {
            yield return Les(leser);
        }
    }

    public async Task<long> TellAsync(LoggFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var kommando = kilde.CreateCommand();
        kommando.CommandText = $"SELECT count(*) FROM logg {PostgresLoggsok.Hvor(filter, kommando)}";
        return (long)(await kommando.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<Forbruk>> ForbrukAsync(Guid? fiksOrgId, CancellationToken cancellationToken = default)
    {
        await using var kommando = kilde.CreateCommand();
        kommando.CommandText = $"""
            SELECT fiks_org_id, integrasjon_id, ar, maned, oppslag, treff FROM forbruk
            {(fiksOrgId is null ? "" : "WHERE fiks_org_id = $1")}
            ORDER BY fiks_org_id, ar, maned, integrasjon_id
            """;
        if (fiksOrgId is { } org)
        {
            kommando.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = org });
        }

        var forbruk = new List<Forbruk>();
        await using var leser = await kommando.ExecuteReaderAsync(cancellationToken);
        while (await leser.ReadAsync(cancellationToken))
        {
            forbruk.Add(new Forbruk(leser.GetGuid(0), leser.GetGuid(1), leser.GetInt32(2), leser.GetInt32(3), leser.GetInt64(4), leser.GetInt64(5)));
        }

        return forbruk;
    }

    /// <summary>The search as one command (its plan is checked by the tests).</summary>
    internal NpgsqlCommand Sok(LoggFilter filter)
    {
        var kommando = kilde.CreateCommand();
        var hvor = PostgresLoggsok.Hvor(filter, kommando);
        kommando.Parameters.Add(new NpgsqlParameter<long> { TypedValue = filter.Antall });
        kommando.Parameters.Add(new NpgsqlParameter<long> { TypedValue = filter.Hopp });
        kommando.CommandText = $"""
            SELECT {Loggkolonner.Kolonner} FROM logg
            {hvor}
            ORDER BY tidspunkt DESC, id DESC
            LIMIT ${kommando.Parameters.Count - 1} OFFSET ${kommando.Parameters.Count}
            """;
        return kommando;
    }

    private static LagretLoggRad Les(NpgsqlDataReader leser) => new(
        leser.GetInt64(0),
        new LoggRad(
            Tidspunkt: leser.GetFieldValue<DateTimeOffset>(1),
            FiksOrgId: leser.GetGuid(2),
            IntegrasjonId: leser.GetGuid(3),
            KonsumentOrgnr: leser.GetString(4),
            KlientId: leser.GetString(5),
            Operasjon: leser.GetString(6),
            Nokkel: leser.GetString(7),
            Dtg: leser.IsDBNull(8) ? null : leser.GetFieldValue<DateTimeOffset>(8),
            Utfall: Loggkolonner.TilUtfall(leser.GetString(9)),
            Kuider: Loggkolonner.Liste(leser.GetString(10)),
            Parter: Loggkolonner.Liste(leser.GetString(11)),
            ErrorId: leser.GetString(12),
            Formal: leser.IsDBNull(13) ? null : leser.GetString(13),
            Saksbehandler: leser.IsDBNull(14) ? null : leser.GetString(14),
            Saksreferanse: leser.IsDBNull(15) ? null : leser.GetString(15)));
}
