using Kjoretoyregister.Contracts;
using Npgsql;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// The local issuer's clients in PostgreSQL (<c>maskinporten_klient</c>): scopes, public JWKs and
/// certificates as <c>text[]</c>.
/// </summary>
public sealed class PostgresMaskinportenKlientStore(NpgsqlDataSource kilde, TimeProvider tid) : IMaskinportenKlientStore
{
    private const string Kolonner = "klient_id, organisasjonsnummer, scopes, jwks, sertifikater";

    private const string Lagre = """
        INSERT INTO maskinporten_klient (klient_id, organisasjonsnummer, scopes, jwks, sertifikater, opprettet)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (klient_id) DO UPDATE SET
            organisasjonsnummer = excluded.organisasjonsnummer,
            scopes = excluded.scopes,
            jwks = excluded.jwks,
            sertifikater = excluded.sertifikater
        """;

    public async ValueTask<MaskinportenKlient?> HentAsync(string klientId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(klientId);
        await using var kommando = kilde.CreateCommand($"SELECT {Kolonner} FROM maskinporten_klient WHERE klient_id = $1");
        kommando.Parameters.Add(new NpgsqlParameter<string> { TypedValue = klientId });
        await using var leser = await kommando.ExecuteReaderAsync(cancellationToken);
        return await leser.ReadAsync(cancellationToken) ? Les(leser) : null;
    }

    public async Task LagreAsync(MaskinportenKlient klient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(klient);
        await using var kommando = kilde.CreateCommand(Lagre);
        kommando.Parameters.Add(new NpgsqlParameter<string> { TypedValue = klient.KlientId });
        kommando.Parameters.Add(new NpgsqlParameter<string> { TypedValue = klient.Organisasjonsnummer.Verdi });
        kommando.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. klient.Scopes] });
        kommando.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. klient.OffentligeJwks] });
        kommando.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. klient.Sertifikater] });
        kommando.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = tid.GetUtcNow() });
        await kommando.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MaskinportenKlient>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var kommando = kilde.CreateCommand($"SELECT {Kolonner} FROM maskinporten_klient ORDER BY klient_id COLLATE \"C\"");
        await using var leser = await kommando.ExecuteReaderAsync(cancellationToken);
        var klienter = new List<MaskinportenKlient>();
        while (await leser.ReadAsync(cancellationToken))
        {
            klienter.Add(Les(leser));
        }

        return klienter;
    }

    private static MaskinportenKlient Les(NpgsqlDataReader leser) => new(
        leser.GetString(0),
        Organisasjonsnummer.Parse(leser.GetString(1)),
        leser.GetFieldValue<string[]>(2),
        leser.GetFieldValue<string[]>(3),
        leser.GetFieldValue<string[]>(4));
}
