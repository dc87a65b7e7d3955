using System.Diagnostics;
using System.Globalization;
using Kjoretoyregister.Register;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kjoretoyregister.Benchmarks;

/// <summary>
/// The owner search's latency (docs/eiersok.md) on a generated register, through the register's own call
/// (<see cref="IKjoretoyregister.SokEiernavnAsync"/>, one page of 100 vehicles, as the API asks for it):
/// per case a few warm-up searches, then <see cref="Ganger"/> timed ones; the median and the slowest in ms.
/// <c>maling eiersok (--sqlite PATH | --postgres CONN)</c>; the date of birth searched for is that of the
/// first Hansen in the register.
/// </summary>
internal static class Eiersokmaling
{
    private const int Ganger = 31;

    private const string ForsteHansen =
        "SELECT p.fodselsdato FROM navneledd n JOIN part p ON p.id = n.part_id WHERE n.ledd = 'HANSEN' AND p.fodselsdato IS NOT NULL ORDER BY p.id LIMIT 1";

    public static DateOnly Fodselsdato(string sti)
    {
        using var tilkobling = new SqliteConnection($"Data Source={sti};Mode=ReadOnly");
        tilkobling.Open();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = ForsteHansen;
        return DateOnly.ParseExact((string)kommando.ExecuteScalar()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static async Task<DateOnly> FodselsdatoAsync(NpgsqlDataSource kilde)
    {
        await using var kommando = kilde.CreateCommand(ForsteHansen);
        return DateOnly.ParseExact((string)(await kommando.ExecuteScalarAsync())!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static async Task MalAsync(IKjoretoyregister oppslag, DateOnly fodselsdato, string motor)
    {
        (string Tilfelle, string Navn, EiernavnFilter Filter)[] tilfeller =
        [
            ("eksakt navn «per hansen»", "per hansen", EiernavnFilter.Ingen),
            ("prefiks «kris han»", "kris han", EiernavnFilter.Ingen),
            ("fonetisk «Christiansen»", "Christiansen", new EiernavnFilter(Fonetisk: true)),
            ("fonetisk «Ås»", "Ås", new EiernavnFilter(Fonetisk: true)),
            ("«hansen» + fylke 46", "hansen", new EiernavnFilter(Fylke: "46")),
            ($"«hansen» + fodselsdato {fodselsdato:yyyy-MM-dd}", "hansen", new EiernavnFilter(Fodselsdato: fodselsdato)),
            ("«hansen» + ekskluderVraketUtfort", "hansen", new EiernavnFilter(EkskluderVraketUtfort: true)),
            ("fonetisk «hansen» + fylke 46 + ekskluderVraketUtfort", "hansen", new EiernavnFilter(Fylke: "46", EkskluderVraketUtfort: true, Fonetisk: true)),
        ];

        Console.WriteLine($"| motor | tilfelle | treff totalt | median ms | maks ms |");
        Console.WriteLine($"|---|---|---|---|---|");
        foreach (var (tilfelle, navn, filter) in tilfeller)
        {
            var treff = 0;
            for (var i = 0; i < 3; i++)
            {
                treff = (await oppslag.SokEiernavnAsync(navn, filter, null, 0, 100)).AntallTreffTotalt;
            }

            var tider = new double[Ganger];
            for (var i = 0; i < Ganger; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await oppslag.SokEiernavnAsync(navn, filter, null, 0, 100);
                tider[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            Array.Sort(tider);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {motor} | {tilfelle} | {treff} | {tider[Ganger / 2]:0.0} | {tider[^1]:0.0} |"));
        }
    }
}
