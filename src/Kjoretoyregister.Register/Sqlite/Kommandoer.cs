using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>Prepared statements with positional parameters <c>$1, $2, …</c>, created once and reused.</summary>
internal static class Kommandoer
{
    public static SqliteCommand Lag(SqliteConnection tilkobling, string sql, int antallParametere)
    {
        var kommando = tilkobling.CreateCommand();
        kommando.CommandText = sql;
        for (var i = 1; i <= antallParametere; i++)
        {
            kommando.Parameters.Add(new SqliteParameter("$" + i, null));
        }

        return kommando;
    }

    public static SqliteCommand Med(this SqliteCommand kommando, params ReadOnlySpan<object?> verdier)
    {
        for (var i = 0; i < verdier.Length; i++)
        {
            kommando.Parameters[i].Value = verdier[i] ?? DBNull.Value;
        }

        return kommando;
    }

    public static string? TekstEllerNull(this SqliteDataReader leser, int kolonne) =>
        leser.IsDBNull(kolonne) ? null : leser.GetString(kolonne);

    public static long? TallEllerNull(this SqliteDataReader leser, int kolonne) =>
        leser.IsDBNull(kolonne) ? null : leser.GetInt64(kolonne);
}
