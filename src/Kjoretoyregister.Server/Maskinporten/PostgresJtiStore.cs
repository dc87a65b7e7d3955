using Npgsql;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// Spent grant ids in PostgreSQL (<c>maskinporten_jti</c>). One upsert records an id: a row still
/// remembered is left alone (no row: spent before), a forgotten one is taken over (a row: new). The
/// primary key makes instances recording one id at once queue, so exactly one of them gets a row.
/// </summary>
public sealed class PostgresJtiStore(NpgsqlDataSource kilde) : IJtiStore
{
    private const string RegistrerSql = """
        INSERT INTO maskinporten_jti (klient_id, jti, glemmes) VALUES ($1, $2, $3)
        ON CONFLICT (klient_id, jti) DO UPDATE SET glemmes = excluded.glemmes WHERE maskinporten_jti.glemmes <= $4
        """;

    // Rows another transaction holds are skipped, never waited for: instances tidying at once cannot deadlock.
    private const string RyddSql = """
        DELETE FROM maskinporten_jti WHERE (klient_id, jti) IN (
            SELECT klient_id, jti FROM maskinporten_jti WHERE glemmes <= $1 LIMIT 10000 FOR UPDATE SKIP LOCKED)
        """;

    public async ValueTask<bool> RegistrerAsync(string klientId, string jti, DateTimeOffset glemmes, DateTimeOffset naa, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(klientId);
        ArgumentNullException.ThrowIfNull(jti);
        await using var kommando = kilde.CreateCommand(RegistrerSql);
        kommando.Parameters.Add(new NpgsqlParameter<string> { TypedValue = klientId });
        kommando.Parameters.Add(new NpgsqlParameter<string> { TypedValue = jti });
        kommando.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = glemmes });
        kommando.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = naa });
        return await kommando.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async ValueTask RyddAsync(DateTimeOffset naa, CancellationToken cancellationToken)
    {
        await using var kommando = kilde.CreateCommand(RyddSql);
        kommando.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = naa });
        await kommando.ExecuteNonQueryAsync(cancellationToken);
    }
}
