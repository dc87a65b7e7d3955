using System.Text.Json;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// The local issuer's clients in <c>maskinporten_klient</c> of fiks.db: scopes space-separated, public
/// JWKs and certificates as JSON arrays of strings.
/// </summary>
public sealed class SqliteMaskinportenKlientStore(FiksDatabase database, TimeProvider tid) : IMaskinportenKlientStore
{
    private const string Kolonner = "klient_id, organisasjonsnummer, scopes, jwks, sertifikater";

    private const string Lagre = """
        INSERT INTO maskinporten_klient (klient_id, organisasjonsnummer, scopes, jwks, sertifikater, opprettet)
        VALUES ($klientId, $organisasjonsnummer, $scopes, $jwks, $sertifikater, $opprettet)
        ON CONFLICT (klient_id) DO UPDATE SET
            organisasjonsnummer = excluded.organisasjonsnummer,
            scopes = excluded.scopes,
            jwks = excluded.jwks,
            sertifikater = excluded.sertifikater
        """;

    public async ValueTask<MaskinportenKlient?> HentAsync(string klientId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(klientId);
        await using var tilkobling = database.Fil.Apne();
        await using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = $"SELECT {Kolonner} FROM maskinporten_klient WHERE klient_id = $klientId";
        kommando.Parameters.AddWithValue("$klientId", klientId);
        await using var leser = await kommando.ExecuteReaderAsync(cancellationToken);
        return await leser.ReadAsync(cancellationToken) ? Les(leser) : null;
    }

    public async Task LagreAsync(MaskinportenKlient klient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(klient);
        await using var tilkobling = database.Fil.Apne();
        await using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = Lagre;
        kommando.Parameters.AddWithValue("$klientId", klient.KlientId);
        kommando.Parameters.AddWithValue("$organisasjonsnummer", klient.Organisasjonsnummer.Verdi);
        kommando.Parameters.AddWithValue("$scopes", string.Join(' ', klient.Scopes));
        kommando.Parameters.AddWithValue("$jwks", JsonSerializer.Serialize(klient.OffentligeJwks, MaskinportenJsonContext.Default.IReadOnlyListString));
        kommando.Parameters.AddWithValue("$sertifikater", JsonSerializer.Serialize(klient.Sertifikater, MaskinportenJsonContext.Default.IReadOnlyListString));
        kommando.Parameters.AddWithValue("$opprettet", tid.GetUtcNow().ToUnixTimeMilliseconds());
        await kommando.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MaskinportenKlient>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var tilkobling = database.Fil.Apne();
        await using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = $"SELECT {Kolonner} FROM maskinporten_klient ORDER BY klient_id";
        await using var leser = await kommando.ExecuteReaderAsync(cancellationToken);
        var klienter = new List<MaskinportenKlient>();
        while (await leser.ReadAsync(cancellationToken))
        {
            klienter.Add(Les(leser));
        }

        return klienter;
    }

    private static MaskinportenKlient Les(SqliteDataReader leser) => new(
        leser.GetString(0),
        Organisasjonsnummer.Parse(leser.GetString(1)),
        leser.GetString(2).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        Liste(leser.GetString(3)),
        Liste(leser.GetString(4)));

    private static IReadOnlyList<string> Liste(string json) =>
        JsonSerializer.Deserialize(json, MaskinportenJsonContext.Default.IReadOnlyListString) ?? [];
}
