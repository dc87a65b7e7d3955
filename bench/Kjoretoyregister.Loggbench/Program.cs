using System.Diagnostics;
using System.Globalization;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Logg;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

// The audit log measured on each engine (a console program, not a unit test: the numbers depend on the disk).
//   dotnet run -c Release --project bench/Kjoretoyregister.Loggbench -- skriv sqlite DIR [sekunder]
//   dotnet run -c Release --project bench/Kjoretoyregister.Loggbench -- skriv postgres "Host=...;Database=..." [sekunder]
//   dotnet run -c Release --project bench/Kjoretoyregister.Loggbench -- fnr postgres "Host=...;Database=..." ROWS
//   dotnet run -c Release --project bench/Kjoretoyregister.Loggbench -- fnr sqlite DIR ROWS
//   dotnet run -c Release --project bench/Kjoretoyregister.Loggbench -- innsyn sqlite|postgres DIR|TILKOBLING ROWS
// skriv: 64 concurrent callers each writing one row at a time through one Loggskriver; rows/s committed.
// fnr: a year of generated rows (ROWS, one person per row out of ROWS/5 persons; generated only into an empty
// log, so a second run measures the same rows again), then "who looked up this person" (first page of 50 and
// the count) for 50 persons; milliseconds per search.
if (args.Length < 3)
{
    Console.Error.WriteLine("Bruk: skriv|fnr sqlite|postgres DIR|TILKOBLING [sekunder|rader]");
    return 2;
}

var (hva, motor, hvor) = (args[0], args[1], args[2]);
var tall = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : hva == "skriv" ? 20 : 1_000_000;
var options = Options.Create(new OppslagsloggOptions());
NpgsqlDataSource? kilde = null;
OppslagsloggDatabase? fil = null;
if (motor == "postgres")
{
    kilde = NpgsqlDataSource.Create(hvor);
    await Migrering.KjorPostgresAsync(kilde, [Migrasjonssett.Les(typeof(Loggskriver).Assembly, Lagringsmotor.Postgres, "oppslagslogg")]);
}
else
{
    Directory.CreateDirectory(hvor);
    fil = new OppslagsloggDatabase(Path.Combine(hvor, OppslagsloggDatabase.Filnavn));
}

if (hva == "innsyn")
{
    return await Innsynsmaling.KjorAsync(motor, kilde, fil, tall);
}

if (hva == "skriv")
{
    await using var skriver = kilde is null
        ? new Loggskriver(fil!, options, TimeProvider.System, NullLogger<Loggskriver>.Instance)
        : new Loggskriver(kilde, options, TimeProvider.System, NullLogger<Loggskriver>.Instance);
    await skriver.SkrivAsync([Rad(0, DateTimeOffset.UtcNow)]);
    long skrevet = 0;
    using var stopp = new CancellationTokenSource(TimeSpan.FromSeconds(tall));
    var klokke = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, 64).Select(k => Task.Run(async () =>
    {
        while (!stopp.IsCancellationRequested)
        {
            await skriver.SkrivAsync([Rad(Interlocked.Increment(ref skrevet), DateTimeOffset.UtcNow)]);
        }
    })));
    var sekunder = klokke.Elapsed.TotalSeconds;
    Console.WriteLine($"{motor}: {skrevet} rader på {sekunder:F1} s = {skrevet / sekunder:F0} rader/s fra 64 samtidige kall (én rad per kall)");
    return 0;
}

var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
var personer = Math.Max(1, tall / 5);
var generer = Stopwatch.StartNew();
IOppslagsloggLeser leser = kilde is null ? new SqliteOppslagsloggLeser(fil!) : new PostgresOppslagsloggLeser(kilde);
if (await leser.TellAsync(new LoggFilter()) > 0)
{
    Console.WriteLine($"{motor}: loggen har rader fra før; de måles");
}
else if (kilde is not null)
{
    await Kjor(kilde, $"SELECT logg_sikre_maneder(array(SELECT generate_series('2025-01-01'::timestamptz, '2026-01-01', '1 month')))");
    await Kjor(kilde, $"""
        INSERT INTO logg (tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel, sokenokkel, utfall, kuider, parter, error_id)
        SELECT '2025-01-01'::timestamptz + i * (interval '365 days' / {tall}), '6a1f0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
               ('00000000-0000-0000-0000-' || lpad((i % 400)::text, 12, '0'))::uuid, '910000144', 'klient-1', 'kjennemerke',
               'BR ' || (10000 + i % 90000), 'BR' || (10000 + i % 90000), 'treff', '7000000001', 'p' || (i % {personer}), 'e' || i
        FROM generate_series(0, {tall - 1}) AS i
        """);
    await Kjor(kilde, "INSERT INTO logg_part (part, tidspunkt, logg_id) SELECT parter, tidspunkt, id FROM logg");
    await Kjor(kilde, "VACUUM ANALYZE");
}
else
{
    using var tilkobling = fil!.Fil.Apne();
    using var kommando = tilkobling.CreateCommand();
    kommando.CommandTimeout = 0;
    kommando.CommandText = $"""
        BEGIN;
        WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {tall - 1})
        INSERT INTO logg (id, tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel, sokenokkel, utfall, kuider, parter, error_id)
        SELECT i + 1, {start.ToUnixTimeMilliseconds()} + i * (31536000000 / {tall}), '6a1f0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
               printf('00000000-0000-0000-0000-%012d', i % 400), '910000144', 'klient-1', 'kjennemerke',
               'BR ' || (10000 + i % 90000), 'BR' || (10000 + i % 90000), 'treff', '7000000001', 'p' || (i % {personer}), 'e' || i
        FROM n;
        INSERT INTO logg_part (part, logg_id) SELECT parter, id FROM logg;
        COMMIT;
        ANALYZE;
        """;
    kommando.ExecuteNonQuery();
}

Console.WriteLine($"{motor}: {await leser.TellAsync(new LoggFilter())} rader over ett år, klare etter {generer.Elapsed.TotalSeconds:F0} s");
var tider = new List<double>();
for (var n = 0; n < 50; n++)
{
    var filter = new LoggFilter(Fodselsnummer: "p" + (n * 7919 % personer), Antall: 50);
    var klokke = Stopwatch.StartNew();
    var side = await leser.SokAsync(filter).CountAsync();
    var antall = await leser.TellAsync(filter);
    tider.Add(klokke.Elapsed.TotalMilliseconds);
    if (side == 0 || antall < side)
    {
        throw new InvalidOperationException("Søket fant ikke personens rader");
    }
}

tider.Sort();
Console.WriteLine($"{motor}: hvem slo opp person X (side på 50 + antall), 50 personer: median {tider[25]:F2} ms, p95 {tider[47]:F2} ms, maks {tider[^1]:F2} ms");
return 0;

static LoggRad Rad(long i, DateTimeOffset tid) => new(
    tid, Guid.Parse("6a1f0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"), Guid.Parse("0e9d8c7b-6a59-4837-a625-14f3e2d1c0b9"), "910000144", "klient-1",
    Operasjoner.Kjennemerke, "BR 12345", null, Utfall.Treff, ["7000000001"], ["01818510078"], "bench-" + i.ToString(CultureInfo.InvariantCulture), null);

static async Task Kjor(NpgsqlDataSource kilde, string sql)
{
    await using var kommando = kilde.CreateCommand(sql);
    kommando.CommandTimeout = 0;
    await kommando.ExecuteNonQueryAsync();
}
