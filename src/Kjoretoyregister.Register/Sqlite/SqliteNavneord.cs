using Kjoretoyregister.Register.Import;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// Keeps <c>navneord</c> (every distinct name word with its phonetic key, docs/eiersok.md) in step with
/// <c>navneledd</c>: the words are walked one index seek each (a loose index scan, a few thousand seeks
/// however many parties there are), and those missing get their key from <see cref="Navnefonetikk"/>.
/// </summary>
internal static class SqliteNavneord
{
    private const string Mangler = """
        WITH RECURSIVE ord(ledd) AS (
            SELECT min(ledd) FROM navneledd
            UNION ALL SELECT (SELECT min(n.ledd) FROM navneledd n WHERE n.ledd > ord.ledd) FROM ord WHERE ord.ledd IS NOT NULL
        )
        SELECT ledd FROM ord WHERE ledd IS NOT NULL AND NOT EXISTS (SELECT 1 FROM navneord w WHERE w.ledd = ord.ledd)
        """;

    /// <summary>Adds the missing words, in the transaction the connection has open, or (<paramref name="egenTransaksjon"/>) in one of its own when any is missing.</summary>
    /// <returns>How many words were added.</returns>
    public static int Fyll(SqliteConnection tilkobling, bool egenTransaksjon)
    {
        using var mangler = new Setning(tilkobling, Mangler);
        var ord = mangler.Rader(r => r.TekstI(0)!);
        if (ord.Count == 0)
        {
            return 0;
        }

        using var transaksjon = egenTransaksjon ? tilkobling.BeginTransaction(deferred: false) : null;
        using (var settInn = new Setning(tilkobling, "INSERT OR IGNORE INTO navneord (ledd, lyd) VALUES (?1, ?2)"))
        {
            foreach (var ledd in ord)
            {
                settInn.Med(ledd, Navnefonetikk.Nokkel(ledd)).Kjor();
            }
        }

        transaksjon?.Commit();
        return ord.Count;
    }
}
