using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Server.Logg;

/// <summary>Reads the audit log and the usage counts from <see cref="OppslagsloggDatabase"/>.</summary>
public sealed class SqliteOppslagsloggLeser(OppslagsloggDatabase database) : IOppslagsloggLeser
{
    public async IAsyncEnumerable<LagretLoggRad> SokAsync(LoggFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(filter.Hopp);
        ArgumentOutOfRangeException.ThrowIfNegative(filter.Antall);
        using var tilkobling = database.Fil.Apne();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = $"""
            SELECT {Loggkolonner.Kolonner} FROM logg
            {Loggsok.Hvor(filter, kommando)}
            ORDER BY tidspunkt DESC, id DESC
            LIMIT @antall OFFSET @hopp
            """;
        kommando.Parameters.AddWithValue("@antall", filter.Antall);
        kommando.Parameters.AddWithValue("@hopp", filter.Hopp);
        using var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return Les(leser);
        }
    }

    public async Task<long> TellAsync(LoggFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var tilkobling = database.Fil.Apne();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = $"SELECT count(*) FROM logg {Loggsok.Hvor(filter, kommando)}";
        return Convert.ToInt64(await kommando.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<Forbruk>> ForbrukAsync(Guid? fiksOrgId, CancellationToken cancellationToken = default)
    {
        using var tilkobling = database.Fil.Apne();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = $"""
            SELECT fiks_org_id, integrasjon_id, ar, maned, oppslag, treff FROM forbruk
            {(fiksOrgId is null ? "" : "WHERE fiks_org_id = @fiks_org_id")}
            ORDER BY fiks_org_id, ar, maned, integrasjon_id
            """;
        if (fiksOrgId is { } org)
        {
            kommando.Parameters.AddWithValue("@fiks_org_id", Loggkolonner.Tekst(org));
        }

        var forbruk = new List<Forbruk>();
        using var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            forbruk.Add(new Forbruk(
                Guid.Parse(leser.GetString(0), CultureInfo.InvariantCulture),
                Guid.Parse(leser.GetString(1), CultureInfo.InvariantCulture),
                leser.GetInt32(2),
                leser.GetInt32(3),
                leser.GetInt64(4),
                leser.GetInt64(5)));
        }

        return forbruk;
    }

    private static LagretLoggRad Les(SqliteDataReader leser) => new(
        leser.GetInt64(0),
        new LoggRad(
            Tidspunkt: DateTimeOffset.FromUnixTimeMilliseconds(leser.GetInt64(1)),
            FiksOrgId: Guid.Parse(leser.GetString(2), CultureInfo.InvariantCulture),
            IntegrasjonId: Guid.Parse(leser.GetString(3), CultureInfo.InvariantCulture),
            KonsumentOrgnr: leser.GetString(4),
            KlientId: leser.GetString(5),
            Operasjon: leser.GetString(6),
            Nokkel: leser.GetString(7),
            Dtg: leser.IsDBNull(8) ? null : DateTimeOffset.FromUnixTimeMilliseconds(leser.GetInt64(8)),
            Utfall: Loggkolonner.TilUtfall(leser.GetString(9)),
            Kuider: Loggkolonner.Liste(leser.GetString(10)),
            Parter: Loggkolonner.Liste(leser.GetString(11)),
            ErrorId: leser.GetString(12),
            Formal: leser.IsDBNull(13) ? null : leser.GetString(13),
            Saksbehandler: leser.IsDBNull(14) ? null : leser.GetString(14),
            Saksreferanse: leser.IsDBNull(15) ? null : leser.GetString(15)));
}
