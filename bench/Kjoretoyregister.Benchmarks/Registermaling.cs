using System.Diagnostics;
using System.Globalization;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Register;
using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Register.Lagring;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kjoretoyregister.Benchmarks;

/// <summary>
/// Import throughput, size on disk and lookup latency on either engine, with a Stopwatch (no
/// BenchmarkDotNet: an import runs once). Usage:
/// <c>maling import FILE (--sqlite PATH | --postgres CONN)</c> and
/// <c>maling latens (--sqlite PATH | --postgres CONN) [ANTALL]</c> (each plate looked up twice: the first time, and warm) and
/// <c>maling svarjson [ANTALL] (--sqlite PATH | --postgres CONN)</c> (see <see cref="Svarmaling"/>) and
/// <c>maling eiersok (--sqlite PATH | --postgres CONN)</c> (see <see cref="Eiersokmaling"/>).
/// </summary>
internal static class Registermaling
{
    private static readonly string[] Tabeller = ["part", "navneledd", "kjoretoy", "kjennemerke", "registrering", "eierskap", "provekjennemerke", "kjoreseddel"];

    public static async Task<int> KjorAsync(string[] args)
    {
        var (motor, mal) = (args[^2], args[^1]);
        await using var postgres = motor == "--postgres" ? NpgsqlDataSource.Create(mal) : null;
        if (postgres is not null)
        {
            await Migrering.KjorPostgresAsync(postgres, [Migrasjonssett.Register(Lagringsmotor.Postgres)]);
        }

        await using var register = postgres is null ? RegisterDatabase.ApneSqlite(mal) : RegisterDatabase.ApnePostgres(postgres);
        if (args[0] == "import")
        {
            await using var kilde = File.OpenRead(args[1]);
            var klokke = Stopwatch.StartNew();
            var resultat = await register.ImporterAsync(kilde, new ImportValg());
            klokke.Stop();
            var bytes = postgres is null ? new FileInfo(mal).Length : await StorrelseAsync(postgres);
            Console.WriteLine(FormattableString.Invariant(
                $"{motor[2..]}: {resultat.Kjoretoy} kjøretøy på {klokke.Elapsed.TotalSeconds:0.0} s = {resultat.Kjoretoy / klokke.Elapsed.TotalSeconds:0} kjøretøy/s; {bytes / 1048576.0:0.0} MiB = {(double)bytes / resultat.Kjoretoy:0} byte/kjøretøy (lagret: {resultat.Lagret})"));
            return resultat.Lagret ? 0 : 1;
        }

        if (args[0] == "eiersok")
        {
            var dato = postgres is null ? Eiersokmaling.Fodselsdato(mal) : await Eiersokmaling.FodselsdatoAsync(postgres);
            await Eiersokmaling.MalAsync(register.Oppslag, dato, motor[2..]);
            return 0;
        }

        if (args[0] == "plater")
        {
            // Plates on a vehicle now, one per line, for the HTTP benchmark's requests (bench/run.sh).
            var utvalg = postgres is null ? Utvalg(mal) : await UtvalgAsync(postgres);
            foreach (var plate in utvalg.Take(int.Parse(args[1], CultureInfo.InvariantCulture)))
            {
                Console.WriteLine(plate);
            }

            return utvalg.Length == 0 ? 1 : 0;
        }

        var antall = args.Length > 3 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var plater = (postgres is null ? Utvalg(mal) : await UtvalgAsync(postgres)).Select(p => Kjennemerke.Parse(p, null)).ToArray();
        if (args[0] == "svarjson")
        {
            await Svarmaling.MalAsync(register.Oppslag, plater, antall, motor[2..]);
            return 0;
        }

        // Two passes over the same plates: the first touches each vehicle's pages for the first time in this
        // process (on SQLite a page fault per page of the mapped file, from the OS cache or the disk); the
        // second is the steady state of a server whose working set is mapped and cached. The second is the
        // figure compared across register sizes; the first is printed beside it.
        for (var i = 1; i <= Math.Min(200, plater.Length); i++)
        {
            await register.Oppslag.SlaOppKjennemerkeAsync(plater[^i], null); // the JIT, on plates the passes reach last or never
        }

        var kalde = await MalAsync(register, plater, antall);
        var (tider, treff) = await MalAsync(register, plater, antall);

        var bulk = plater.Take(100).Select(p => new BulkOppslag<Kjennemerke>(p)).ToArray();
        var bulkKlokke = Stopwatch.StartNew();
        for (var i = 0; i < 200; i++)
        {
            await register.Oppslag.SlaOppKjennemerkerAsync(bulk);
        }

        Console.WriteLine(FormattableString.Invariant(
            $"{motor[2..]}: ett kjennemerke ({antall} oppslag, {treff} treff): snitt {tider.Average():0} µs, p50 {tider[antall / 2]:0} µs, p99 {tider[antall * 99 / 100]:0} µs; bulk 100: {bulkKlokke.Elapsed.TotalMilliseconds / 200:0.00} ms; første gang: p50 {kalde.Tider[antall / 2]:0} µs, p99 {kalde.Tider[antall * 99 / 100]:0} µs"));
        return 0;
    }

    /// <summary>One lookup each of <paramref name="antall"/> plates (cycling through them); the times sorted, in µs.</summary>
    private static async Task<(double[] Tider, int Treff)> MalAsync(RegisterDatabase register, Kjennemerke[] plater, int antall)
    {
        var tider = new double[antall];
        var treff = 0;
        for (var i = 0; i < antall; i++)
        {
            var start = Stopwatch.GetTimestamp();
            treff += (await register.Oppslag.SlaOppKjennemerkeAsync(plater[i % plater.Length], null)).ErTreff ? 1 : 0;
            tider[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(tider);
        return (tider, treff);
    }

    private static async Task<long> StorrelseAsync(NpgsqlDataSource kilde)
    {
        await using var kommando = kilde.CreateCommand(
            $"SELECT sum(pg_total_relation_size(t))::bigint FROM unnest(ARRAY['{string.Join("','", Tabeller)}']::regclass[]) AS t");
        return (long)(await kommando.ExecuteScalarAsync())!;
    }

    private static string[] Utvalg(string sti)
    {
        using var tilkobling = new SqliteConnection($"Data Source={sti};Mode=ReadOnly");
        tilkobling.Open();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = $"SELECT kjennemerke FROM kjennemerke WHERE til = {long.MaxValue} ORDER BY random() LIMIT 65536";
        using var leser = kommando.ExecuteReader();
        var plater = new List<string>();
        while (leser.Read())
        {
            plater.Add(leser.GetString(0));
        }

        return [.. plater];
    }

    private static async Task<string[]> UtvalgAsync(NpgsqlDataSource kilde)
    {
        await using var kommando = kilde.CreateCommand($"SELECT kjennemerke FROM kjennemerke WHERE til = {long.MaxValue} ORDER BY random() LIMIT 65536");
        await using var leser = await kommando.ExecuteReaderAsync();
        var plater = new List<string>();
        while (await leser.ReadAsync())
        {
            plater.Add(leser.GetString(0));
        }

        return [.. plater];
    }
}
