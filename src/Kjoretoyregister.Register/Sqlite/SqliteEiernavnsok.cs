using System.Globalization;
using System.Text;
using Kjoretoyregister.Register.Oppslag;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// The statement of an owner-name search (docs/eiersok.md): the parties with a word in every range (the
/// intersection of one range seek of <c>navneledd</c>'s key per word, or phonetically of <c>navneord_lyd</c>
/// then <c>navneledd</c>), materialized once; without narrowing the lowest ids of that set as they are
/// (no <c>part</c> row read), else narrowed on <c>part</c> (<c>fodselsdato</c> has its own index).
/// </summary>
internal static class SqliteEiernavnsok
{
    /// <summary>Vehicles whose registration at ?1 is scrapped or exported (a clause on <c>kjoretoy_id</c>).</summary>
    public const string UtenVraketUtfort = """
        NOT EXISTS (SELECT 1 FROM registrering r WHERE r.kjoretoy_id = e.kjoretoy_id AND r.fom <= ?1 AND r.til > ?1 AND r.status IN ('VRAKET', 'UTFORT'))
        """;

    /// <summary>The statement and its values (?1, ?2, … in order), the <paramref name="maks"/> lowest ids.</summary>
    public static (string Sql, object?[] Verdier) Parter(IReadOnlyList<Navneprefiks> ledd, EiernavnFilter filter, int maks)
    {
        var verdier = new List<object?>();
        string Verdi(object? verdi)
        {
            verdier.Add(verdi);
            return "?" + verdier.Count.ToString(CultureInfo.InvariantCulture);
        }

        var sql = new StringBuilder("WITH kandidat(id) AS MATERIALIZED (");
        for (var i = 0; i < ledd.Count; i++)
        {
            sql.Append(i == 0 ? "" : " INTERSECT ").Append(filter.Fonetisk
                ? $"SELECT n.part_id FROM navneord w JOIN navneledd n ON n.ledd = w.ledd WHERE w.lyd >= {Verdi(ledd[i].Fra)} AND w.lyd < {Verdi(ledd[i].Til)}"
                : $"SELECT part_id FROM navneledd WHERE ledd >= {Verdi(ledd[i].Fra)} AND ledd < {Verdi(ledd[i].Til)}");
        }

        if (filter is { ErPerson: null, Postnummer: null, Poststed: null, Fylke: null, Fodselsdato: null })
        {
            sql.Append(") SELECT DISTINCT id FROM kandidat ORDER BY id LIMIT ").Append(Verdi(maks));
            return (sql.ToString(), [.. verdier]);
        }

        // The candidates once, as a set probed by id: a selective filter (fodselsdato) then drives from its own index.
        sql.Append(") SELECT p.id FROM part p WHERE p.id IN kandidat AND ")
            .Append(filter.ErPerson switch { true => "p.fnr IS NOT NULL", false => "p.orgnr IS NOT NULL", null => "1 = 1" });
        if (filter.Postnummer is { } postnummer)
        {
            sql.Append(" AND p.postnummer = ").Append(Verdi(postnummer));
        }

        if (filter.Poststed is { } poststed)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND upper(p.poststed) = upper({Verdi(poststed)})");
        }

        if (filter.Fylke is { } fylke)
        {
            sql.Append(" AND substr(p.kommunenummer, 1, 2) = ").Append(Verdi(fylke));
        }

        if (filter.Fodselsdato is { } fodselsdato)
        {
            sql.Append(" AND p.fodselsdato = ").Append(Verdi(fodselsdato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        sql.Append(" ORDER BY p.id LIMIT ").Append(Verdi(maks));
        return (sql.ToString(), [.. verdier]);
    }
}
