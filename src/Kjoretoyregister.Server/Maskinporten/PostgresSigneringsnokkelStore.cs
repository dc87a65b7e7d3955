using Npgsql;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// The local issuer's signing key in PostgreSQL (<c>maskinporten_signeringsnokkel</c>). The first key is
/// stored under a table lock that only writers of the key take (readers pass), so instances making a
/// key at once queue: the first inserts it, the others find it and use it.
/// </summary>
public sealed class PostgresSigneringsnokkelStore(NpgsqlDataSource kilde, TimeProvider tid) : ISigneringsnokkelStore
{
    private const string HentSql = "SELECT kid, privat_jwk FROM maskinporten_signeringsnokkel ORDER BY opprettet, kid LIMIT 1";

    private const string LasSql = "LOCK TABLE maskinporten_signeringsnokkel IN SHARE ROW EXCLUSIVE MODE";

    private const string LagreSql = "INSERT INTO maskinporten_signeringsnokkel (kid, privat_jwk, opprettet) VALUES ($1, $2, $3)";

    public async ValueTask<Signeringsnokkel?> HentAsync(CancellationToken cancellationToken)
    {
        await using var tilkobling = await kilde.OpenConnectionAsync(cancellationToken);
        return await HentAsync(tilkobling, cancellationToken);
    }

    public async ValueTask<Signeringsnokkel> LagreForsteAsync(Signeringsnokkel ny, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ny);
        await using var tilkobling = await kilde.OpenConnectionAsync(cancellationToken);
        await using var transaksjon = await tilkobling.BeginTransactionAsync(cancellationToken);
        await using (var las = new NpgsqlCommand(LasSql, tilkobling))
        {
            await las.ExecuteNonQueryAsync(cancellationToken);
        }

        if (await HentAsync(tilkobling, cancellationToken) is { } lagret)
        {
            await transaksjon.CommitAsync(cancellationToken);
            return lagret;
        }

        await using (var kommando = new NpgsqlCommand(LagreSql, tilkobling))
        {
            kommando.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ny.Kid });
            kommando.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ny.PrivatJwk });
            kommando.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = tid.GetUtcNow() });
            await kommando.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaksjon.CommitAsync(cancellationToken);
        return ny;
    }

    private static async Task<Signeringsnokkel?> HentAsync(NpgsqlConnection tilkobling, CancellationToken cancellationToken)
    {
        await using var kommando = new NpgsqlCommand(HentSql, tilkobling);
        await using var leser = await kommando.ExecuteReaderAsync(cancellationToken);
        return await leser.ReadAsync(cancellationToken) ? new Signeringsnokkel(leser.GetString(0), leser.GetString(1)) : null;
    }
}
