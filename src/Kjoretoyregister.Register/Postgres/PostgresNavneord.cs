using Kjoretoyregister.Register.Import;
using Npgsql;

namespace Kjoretoyregister.Register.Postgres;

/// <summary>
/// Keeps <c>navneord</c> (every distinct name word with its phonetic key, docs/eiersok.md) in step with
/// <c>navneledd</c>, as <see cref="Sqlite.SqliteNavneord"/> does: a loose index scan over the words, the
/// missing ones keyed by <see cref="Navnefonetikk"/> and written in one statement.
/// </summary>
internal static class PostgresNavneord
{
    private const string Mangler = """
        WITH RECURSIVE ord(ledd) AS (
            (SELECT ledd FROM navneledd ORDER BY ledd LIMIT 1)
            UNION ALL SELECT (SELECT n.ledd FROM navneledd n WHERE n.ledd > ord.ledd ORDER BY n.ledd LIMIT 1) FROM ord WHERE ord.ledd IS NOT NULL
        )
        SELECT ledd FROM ord WHERE ledd IS NOT NULL AND NOT EXISTS (SELECT 1 FROM navneord w WHERE w.ledd = ord.ledd)
        """;

    /// <summary>Adds the missing words in the caller's transaction.</summary>
    /// <returns>How many words were added.</returns>
    public static async Task<int> FyllAsync(NpgsqlConnection tilkobling, NpgsqlTransaction? transaksjon, CancellationToken cancellationToken)
    {
        var ord = new List<string>();
        await using (var les = new NpgsqlCommand(Mangler, tilkobling, transaksjon) { CommandTimeout = 0 })
        await using (var leser = await les.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ord.Add(leser.GetString(0));
            }
        }

        if (ord.Count == 0)
        {
            return 0;
        }

        await using var skriv = new NpgsqlCommand(
            "INSERT INTO navneord (ledd, lyd) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING", tilkobling, transaksjon);
        skriv.Parameters.Add(PostgresRegisterLager.Verdi(ord.ToArray()));
        skriv.Parameters.Add(PostgresRegisterLager.Verdi(ord.Select(Navnefonetikk.Nokkel).ToArray()));
        await skriv.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return ord.Count;
    }
}
