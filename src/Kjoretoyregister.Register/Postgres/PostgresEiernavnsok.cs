using System.Globalization;
using System.Text;
using Kjoretoyregister.Register.Oppslag;
using Npgsql;
using NpgsqlTypes;

namespace Kjoretoyregister.Register.Postgres;

/// <summary>
/// The parties CTE of an owner-name search (docs/eiersok.md), as <see cref="Sqlite.SqliteEiernavnsok"/>
/// has it: the intersection of one range scan of <c>navneledd</c>'s key per word (phonetically through
/// <c>navneord_lyd</c>), materialized once; without narrowing its lowest ids as they are (no <c>part</c>
/// row read), else narrowed on <c>part</c>. Only the narrowing asked for is in the statement, so its plan
/// (a prepared statement's generic one too) can use <c>part_fodselsdato</c>.
/// </summary>
internal static class PostgresEiernavnsok
{
    /// <summary>The CTE <c>parter(id)</c>; its values are appended to <paramref name="verdier"/> (which hold $1–$3 of the page).</summary>
    public static string Parter(IReadOnlyList<Navneprefiks> ledd, EiernavnFilter filter, int maks, List<NpgsqlParameter> verdier)
    {
        string Verdi(object verdi, NpgsqlDbType type)
        {
            verdier.Add(new NpgsqlParameter { NpgsqlDbType = type, Value = verdi });
            return "$" + verdier.Count.ToString(CultureInfo.InvariantCulture);
        }

        var sql = new StringBuilder("WITH kandidat AS MATERIALIZED (");
        for (var i = 0; i < ledd.Count; i++)
        {
            var (fra, til) = (Verdi(ledd[i].Fra, NpgsqlDbType.Text), Verdi(ledd[i].Til, NpgsqlDbType.Text));
            sql.Append(i == 0 ? "" : " INTERSECT ").Append(filter.Fonetisk
                ? $"SELECT n.part_id FROM navneord w JOIN navneledd n ON n.ledd = w.ledd WHERE w.lyd >= {fra} AND w.lyd < {til}"
                : $"SELECT part_id FROM navneledd WHERE ledd >= {fra} AND ledd < {til}");
        }

        if (filter is { ErPerson: null, Postnummer: null, Poststed: null, Fylke: null, Fodselsdato: null })
        {
            sql.Append("), parter AS (SELECT DISTINCT part_id AS id FROM kandidat ORDER BY 1 LIMIT ").Append(Verdi(maks, NpgsqlDbType.Integer)).Append(')');
            return sql.ToString();
        }

        // A date of birth is far more selective than a name, but the planner cannot tell (it estimates a prefix
        // range of navneledd at one row): the persons born that day are read first, from part_fodselsdato.
        sql.Append(filter.Fodselsdato is { } fodselsdato
            ? $"), fodt AS MATERIALIZED (SELECT id FROM part WHERE fodselsdato = {Verdi(fodselsdato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), NpgsqlDbType.Text)})"
                + ", parter AS (SELECT p.id FROM fodt f JOIN part p ON p.id = f.id WHERE p.id IN (SELECT part_id FROM kandidat) AND "
            : "), parter AS (SELECT p.id FROM part p WHERE p.id IN (SELECT part_id FROM kandidat) AND ")
            .Append(filter.ErPerson switch { true => "p.fnr IS NOT NULL", false => "p.orgnr IS NOT NULL", null => "true" });
        if (filter.Postnummer is { } postnummer)
        {
            sql.Append(" AND p.postnummer = ").Append(Verdi(postnummer, NpgsqlDbType.Text));
        }

        if (filter.Poststed is { } poststed)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND upper(p.poststed) = upper({Verdi(poststed, NpgsqlDbType.Text)})");
        }

        if (filter.Fylke is { } fylke)
        {
            sql.Append(" AND left(p.kommunenummer, 2) = ").Append(Verdi(fylke, NpgsqlDbType.Text));
        }

        sql.Append(" ORDER BY p.id LIMIT ").Append(Verdi(maks, NpgsqlDbType.Integer)).Append(')');
        return sql.ToString();
    }
}
