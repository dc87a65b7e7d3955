using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Server.Tests.Registerkilde;

/// <summary>What a server's embedded register holds, read straight from its file: every plate, kuid, VIN, owner and surname.</summary>
internal sealed record Registerdata(
    IReadOnlyList<string> Kjennemerker,
    IReadOnlyList<string> Kuider,
    IReadOnlyList<string> Understellsnumre,
    IReadOnlyList<string> Fodselsnumre,
    IReadOnlyList<string> Organisasjonsnumre,
    IReadOnlyList<string> Etternavn)
{
    public static Registerdata Les(string datakatalog)
    {
        using var tilkobling = new SqliteConnection($"Data Source={Path.Combine(datakatalog, "register.db")};Mode=ReadOnly;Pooling=False");
        tilkobling.Open();
        return new Registerdata(
            Liste(tilkobling, "SELECT DISTINCT kjennemerke FROM kjennemerke UNION SELECT DISTINCT kjennemerke FROM provekjennemerke ORDER BY 1"),
            Liste(tilkobling, "SELECT kuid FROM kjoretoy ORDER BY kuid"),
            Liste(tilkobling, "SELECT DISTINCT understellsnummer FROM kjoretoy ORDER BY 1"),
            Liste(tilkobling, "SELECT fnr FROM part WHERE fnr IS NOT NULL ORDER BY fnr"),
            Liste(tilkobling, "SELECT orgnr FROM part WHERE orgnr IS NOT NULL ORDER BY orgnr"),
            Liste(tilkobling, "SELECT DISTINCT etternavn FROM part WHERE etternavn IS NOT NULL ORDER BY 1"));
    }

    private static List<string> Liste(SqliteConnection tilkobling, string sql)
    {
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = sql;
        using var leser = kommando.ExecuteReader();
        var liste = new List<string>();
        while (leser.Read())
        {
            liste.Add(leser.GetString(0));
        }

        return liste;
    }
}
