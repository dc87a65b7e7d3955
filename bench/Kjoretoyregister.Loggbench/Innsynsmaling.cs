using System.Diagnostics;
using Kjoretoyregister.Server.Logg;
using Npgsql;

/// <summary>
/// <c>innsyn</c>: a year of audit rows at national volume (ROWS, e.g. 20 million), spread over 356 organisations
/// of which one (an Oslo) has a quarter of the rows, each row disclosing one of ROWS/5 persons; plus one person
/// looked up 40 times over the year, 30 of them in the big organisation. Then the innsyn search (that
/// organisation and that person, every row, newest first, as <c>Innsynsrapporter</c> runs it) 20 times;
/// milliseconds per search. Generated only into an empty log, so a second run measures the same rows again.
/// </summary>
internal static class Innsynsmaling
{
    public const string Person = "01818510078";

    private const string StorOrg = "00000000-0000-0000-0001-000000000000";

    public static async Task<int> KjorAsync(string motor, NpgsqlDataSource? kilde, OppslagsloggDatabase? fil, int rader)
    {
        IOppslagsloggLeser leser = kilde is null ? new SqliteOppslagsloggLeser(fil!) : new PostgresOppslagsloggLeser(kilde);
        var generer = Stopwatch.StartNew();
        if (await leser.TellAsync(new LoggFilter()) > 0)
        {
            Console.WriteLine($"{motor}: loggen har rader fra før; de måles");
        }
        else if (kilde is not null)
        {
            await Kjor(kilde, "SELECT logg_sikre_maneder(array(SELECT generate_series('2025-01-01'::timestamptz, '2026-01-01', '1 month')))");
            await Kjor(kilde, $"""
                INSERT INTO logg (tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel, sokenokkel, utfall, kuider, parter, error_id)
                SELECT '2025-01-01'::timestamptz + i * (interval '365 days' / {rader}),
                       ('00000000-0000-0000-0001-' || lpad((CASE WHEN i % 4 = 0 THEN 0 ELSE 1 + i % 355 END)::text, 12, '0'))::uuid,
                       ('00000000-0000-0000-0002-' || lpad((i % 1000)::text, 12, '0'))::uuid, '910000144', 'klient-1', 'kjennemerke',
                       'BR ' || (10000 + i % 90000), 'BR' || (10000 + i % 90000), 'treff', (7000000000 + i % 3000000)::text,
                       lpad(((i * 7919) % {rader / 5})::text, 11, '9'), 'e' || i
                FROM generate_series(0::bigint, {rader - 1}) AS i
                """);
            await Kjor(kilde, $"""
                INSERT INTO logg (tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel, sokenokkel, utfall, kuider, parter, error_id)
                SELECT '2025-01-01'::timestamptz + interval '1 hour' + j * interval '9 days',
                       ('00000000-0000-0000-0001-' || lpad((CASE WHEN j < 30 THEN 0 ELSE j END)::text, 12, '0'))::uuid,
                       '00000000-0000-0000-0002-000000000001', '910000144', 'klient-1', 'kjennemerke', 'EL 12345', 'EL12345', 'treff', '7000000001',
                       '{Person}', 'innsyn-' || j
                FROM generate_series(0, 39) AS j
                """);
            await Kjor(kilde, "INSERT INTO logg_part (part, tidspunkt, logg_id) SELECT parter, tidspunkt, id FROM logg");
            await Kjor(kilde, "VACUUM ANALYZE");
        }
        else
        {
            using var tilkobling = fil!.Fil.Apne();
            using var kommando = tilkobling.CreateCommand();
            kommando.CommandTimeout = 0;
            var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
            kommando.CommandText = $"""
                PRAGMA journal_mode = OFF;
                PRAGMA synchronous = OFF;
                BEGIN;
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {rader - 1})
                INSERT INTO logg (id, tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel, sokenokkel, utfall, kuider, parter, error_id)
                SELECT i + 1, {start} + i * (31536000000 / {rader}),
                       printf('00000000-0000-0000-0001-%012d', CASE WHEN i % 4 = 0 THEN 0 ELSE 1 + i % 355 END),
                       printf('00000000-0000-0000-0002-%012d', i % 1000), '910000144', 'klient-1', 'kjennemerke',
                       'BR ' || (10000 + i % 90000), 'BR' || (10000 + i % 90000), 'treff', 7000000000 + i % 3000000,
                       printf('%011d', (i * 7919) % {rader / 5}), 'e' || i
                FROM n;
                WITH RECURSIVE n(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM n WHERE j < 39)
                INSERT INTO logg (id, tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel, sokenokkel, utfall, kuider, parter, error_id)
                SELECT {rader} + 1 + j, {start} + 3600000 + j * 777600000,
                       printf('00000000-0000-0000-0001-%012d', CASE WHEN j < 30 THEN 0 ELSE j END),
                       '00000000-0000-0000-0002-000000000001', '910000144', 'klient-1', 'kjennemerke', 'EL 12345', 'EL12345', 'treff', '7000000001',
                       '{Person}', 'innsyn-' || j
                FROM n;
                INSERT INTO logg_part (part, logg_id) SELECT parter, id FROM logg ORDER BY parter, id;
                COMMIT;
                ANALYZE;
                """;
            kommando.ExecuteNonQuery();
        }

        Console.WriteLine($"{motor}: {await leser.TellAsync(new LoggFilter())} rader over ett år, klare etter {generer.Elapsed.TotalSeconds:F0} s");
        var filter = new LoggFilter(FiksOrgId: Guid.Parse(StorOrg), Fodselsnummer: Person);
        var tider = new List<double>();
        for (var n = 0; n < 21; n++)
        {
            var klokke = Stopwatch.StartNew();
            var treff = await leser.SokAsync(filter).CountAsync();
            tider.Add(klokke.Elapsed.TotalMilliseconds);
            if (treff != 30)
            {
                throw new InvalidOperationException($"Innsynssøket fant {treff} rader, ikke 30");
            }
        }

        Console.WriteLine($"{motor}: innsyn for én person i den største organisasjonen (30 av personens 40 oppslag), første kall {tider[0]:F1} ms");
        tider.RemoveAt(0);
        tider.Sort();
        Console.WriteLine($"{motor}: de 20 neste: median {tider[10]:F2} ms, maks {tider[^1]:F2} ms");
        return 0;
    }

    private static async Task Kjor(NpgsqlDataSource kilde, string sql)
    {
        await using var kommando = kilde.CreateCommand(sql);
        kommando.CommandTimeout = 0;
        await kommando.ExecuteNonQueryAsync();
    }
}
