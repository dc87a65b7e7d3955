using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>Reads what is actually stored in a file, past the store.</summary>
internal static class Sqlite
{
    public static List<string> Tekster(string sti, string sql)
    {
        using var tilkobling = new SqliteConnection($"Data Source={sti};Mode=ReadOnly");
        tilkobling.Open();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = sql;
        using var leser = kommando.ExecuteReader();
        var tekster = new List<string>();
        while (leser.Read())
        {
            tekster.Add(leser.GetString(0));
        }

        return tekster;
    }
}
