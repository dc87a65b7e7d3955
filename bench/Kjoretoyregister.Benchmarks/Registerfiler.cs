using System.Diagnostics;
using Kjoretoyregister.Register;
using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Register.Syntetisk;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Benchmarks;

/// <summary>
/// Generated registers for benchmarks, made once and kept under bench/data (never committed):
/// generating and importing a million vehicles is the slow part, not what is measured.
/// </summary>
internal static class Registerfiler
{
    public static string Mappe { get; } = FinnMappe();

    /// <summary>The register file for <paramref name="antall"/> vehicles (seed 1), made if missing.</summary>
    public static string Hent(long antall)
    {
        var sti = Path.Combine(Mappe, $"register-{antall}.db");
        if (File.Exists(sti))
        {
            return sti;
        }

        Directory.CreateDirectory(Mappe);
        var ndjson = Path.Combine(Mappe, $"register-{antall}.ndjson");
        var klokke = Stopwatch.StartNew();
        using (var ut = File.Create(ndjson))
        {
            SyntetiskRegister.SkrivAsync(ut, new SyntetiskRegisterOptions(antall, 1)).GetAwaiter().GetResult();
        }

        Console.WriteLine($"// generert {antall} kjøretøy på {klokke.Elapsed.TotalSeconds:0.0} s");
        var midlertidig = sti + ".ny";
        klokke.Restart();
        using (var register = RegisterDatabase.ApneSqlite(midlertidig))
        using (var kilde = File.OpenRead(ndjson))
        {
            var resultat = register.ImporterAsync(kilde, new ImportValg()).GetAwaiter().GetResult();
            if (!resultat.Lagret)
            {
                throw new InvalidOperationException($"Importen av {ndjson} ble avvist ({resultat.Feil} feil)");
            }
        }

        SqliteConnection.ClearAllPools();
        Console.WriteLine($"// importert {antall} kjøretøy på {klokke.Elapsed.TotalSeconds:0.0} s ({antall / klokke.Elapsed.TotalSeconds:0} kjøretøy/s)");
        File.Move(midlertidig, sti);
        File.Delete(ndjson);
        return sti;
    }

    /// <summary>A random sample of plates attached now, and of kuids, from the file.</summary>
    public static (string[] Kjennemerker, string[] Kuider) Utvalg(string sti, int antall)
    {
        using var tilkobling = new SqliteConnection($"Data Source={sti};Mode=ReadOnly");
        tilkobling.Open();
        return (Les(tilkobling, $"SELECT kjennemerke FROM kjennemerke WHERE til = {long.MaxValue} ORDER BY random() LIMIT {antall}"),
                Les(tilkobling, $"SELECT kuid FROM kjoretoy ORDER BY random() LIMIT {antall}"));
    }

    private static string[] Les(SqliteConnection tilkobling, string sql)
    {
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = sql;
        using var leser = kommando.ExecuteReader();
        var verdier = new List<string>();
        while (leser.Read())
        {
            verdier.Add(leser.GetString(0));
        }

        return [.. verdier];
    }

    private static string FinnMappe()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Kjoretoyregister.slnx")))
            {
                return Path.Combine(d.FullName, "bench", "data");
            }
        }

        return Path.Combine(Path.GetTempPath(), "kjoretoy-bench");
    }
}
