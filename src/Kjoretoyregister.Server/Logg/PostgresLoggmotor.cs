using Npgsql;
using NpgsqlTypes;

namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// Commits batches to PostgreSQL in one statement, so one round trip: the rows go in as arrays (one per
/// column, unnested), take their ids from <c>logg_id_seq</c> in batch order, and the same statement adds
/// their parties and the usage counts. A single statement is atomic on its own, and with
/// <c>synchronous_commit</c> on (the default) its answer comes only after the commit is on disk.
/// </summary>
/// <remarks>
/// The connection is held across batches (its statement prepared once) and dropped after a failure. Each
/// batch, from opening the connection to the commit, is cancelled at the write deadline, so an unreachable
/// server or a held lock fails the batch instead of stalling the queue. Before a batch with a month this
/// process has not seen, the month's partitions (and the next month's, ahead of time) are created.
/// </remarks>
internal sealed class PostgresLoggmotor(NpgsqlDataSource kilde, TimeSpan skrivefrist) : ILoggmotor
{
    private const string SettInn = """
        WITH rader AS MATERIALIZED (
            SELECT nextval('logg_id_seq') AS id, r.*
            FROM unnest($1::timestamptz[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                        $9::timestamptz[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[]) WITH ORDINALITY
                AS r (tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel, sokenokkel,
                      dtg, utfall, kuider, parter, error_id, formal, saksbehandler, saksreferanse, nr)
            ORDER BY r.nr
        ),
        nye_rader AS (
            INSERT INTO logg (id, tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel, sokenokkel,
                              dtg, utfall, kuider, parter, error_id, formal, saksbehandler, saksreferanse)
            SELECT id, tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel, sokenokkel,
                   dtg, utfall, kuider, parter, error_id, formal, saksbehandler, saksreferanse
            FROM rader
        ),
        nye_parter AS (
            INSERT INTO logg_part (part, tidspunkt, logg_id)
            SELECT DISTINCT p.part, r.tidspunkt, r.id
            FROM unnest($17::text[], $18::bigint[]) AS p (part, nr) JOIN rader r ON r.nr = p.nr
        )
        -- Sorted by key: concurrent batches from several instances lock the same counters in one order, never a cycle.
        INSERT INTO forbruk (fiks_org_id, integrasjon_id, ar, maned, oppslag, treff)
        SELECT * FROM unnest($19::uuid[], $20::uuid[], $21::integer[], $22::integer[], $23::bigint[], $24::bigint[])
        ORDER BY 1, 2, 3, 4
        ON CONFLICT (fiks_org_id, integrasjon_id, ar, maned)
        DO UPDATE SET oppslag = forbruk.oppslag + excluded.oppslag, treff = forbruk.treff + excluded.treff
        """;

    private readonly HashSet<DateTime> kjenteManeder = [];
    private readonly Forbrukstelling telling = new();
    private NpgsqlConnection? tilkobling;
    private NpgsqlCommand? settInn;

    public async Task SkrivAsync(IReadOnlyList<LoggRad[]> kall)
    {
        using var frist = new CancellationTokenSource(skrivefrist);
        var rader = kall.SelectMany(k => k).ToList();
        if (tilkobling is null)
        {
            tilkobling = await kilde.OpenConnectionAsync(frist.Token);
            settInn = null;
        }

        var nyeManeder = rader.Select(r => Maned(r.Tidspunkt)).Distinct().SelectMany(m => new[] { m, m.AddMonths(1) })
            .Where(m => !kjenteManeder.Contains(m)).Distinct().ToArray();
        if (nyeManeder.Length > 0)
        {
            await using var sikre = new NpgsqlCommand("SELECT logg_sikre_maneder($1)", tilkobling);
            sikre.Parameters.Add(new NpgsqlParameter<DateTime[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, TypedValue = nyeManeder });
            await sikre.ExecuteNonQueryAsync(frist.Token);
            kjenteManeder.UnionWith(nyeManeder);
        }

        settInn ??= await ForberedAsync(tilkobling, frist.Token);
        Fyll(settInn, rader);
        await settInn.ExecuteNonQueryAsync(frist.Token);
    }

    public void Forkast()
    {
        Dispose();
        kjenteManeder.Clear();
    }

    public void Dispose()
    {
        settInn?.Dispose();
        settInn = null;
        tilkobling?.Dispose();
        tilkobling = null;
    }

    private static async Task<NpgsqlCommand> ForberedAsync(NpgsqlConnection tilkobling, CancellationToken cancellationToken)
    {
        var kommando = new NpgsqlCommand(SettInn, tilkobling);
        Legg<DateTime[]>(kommando, NpgsqlDbType.TimestampTz);
        Legg<Guid[]>(kommando, NpgsqlDbType.Uuid);
        Legg<Guid[]>(kommando, NpgsqlDbType.Uuid);
        for (var i = 0; i < 5; i++)
        {
            Legg<string[]>(kommando, NpgsqlDbType.Text);
        }

        Legg<DateTime?[]>(kommando, NpgsqlDbType.TimestampTz);
        for (var i = 0; i < 7; i++)
        {
            Legg<string?[]>(kommando, NpgsqlDbType.Text);
        }

        Legg<string[]>(kommando, NpgsqlDbType.Text);
        Legg<long[]>(kommando, NpgsqlDbType.Bigint);
        Legg<Guid[]>(kommando, NpgsqlDbType.Uuid);
        Legg<Guid[]>(kommando, NpgsqlDbType.Uuid);
        Legg<int[]>(kommando, NpgsqlDbType.Integer);
        Legg<int[]>(kommando, NpgsqlDbType.Integer);
        Legg<long[]>(kommando, NpgsqlDbType.Bigint);
        Legg<long[]>(kommando, NpgsqlDbType.Bigint);
        await kommando.PrepareAsync(cancellationToken);
        return kommando;
    }

    private static void Legg<T>(NpgsqlCommand kommando, NpgsqlDbType elementtype) =>
        kommando.Parameters.Add(new NpgsqlParameter<T> { NpgsqlDbType = NpgsqlDbType.Array | elementtype });

    private void Fyll(NpgsqlCommand kommando, List<LoggRad> rader)
    {
        var parter = new List<string>();
        var partRad = new List<long>();
        telling.Clear();
        for (var i = 0; i < rader.Count; i++)
        {
            var r = rader[i];
            foreach (var part in r.Parter)
            {
                parter.Add(Loggkolonner.Part(part));
                partRad.Add(i + 1);
            }

            if (Loggkolonner.NokkelErPart(r.Operasjon))
            {
                parter.Add(Loggkolonner.Part(r.Nokkel));
                partRad.Add(i + 1);
            }

            telling.Tell(r);
        }

        var forbruk = telling.Telt.ToList();
        var p = kommando.Parameters;
        Sett(p[0], rader.Select(r => Tid(r.Tidspunkt)).ToArray());
        Sett(p[1], rader.Select(r => r.FiksOrgId).ToArray());
        Sett(p[2], rader.Select(r => r.IntegrasjonId).ToArray());
        Sett(p[3], rader.Select(r => r.KonsumentOrgnr).ToArray());
        Sett(p[4], rader.Select(r => r.KlientId).ToArray());
        Sett(p[5], rader.Select(r => r.Operasjon).ToArray());
        Sett(p[6], rader.Select(r => r.Nokkel).ToArray());
        Sett(p[7], rader.Select(r => Loggkolonner.Sokenokkel(r.Operasjon, r.Nokkel)).ToArray());
        Sett(p[8], rader.Select(r => r.Dtg is { } dtg ? Tid(dtg) : (DateTime?)null).ToArray());
        Sett(p[9], rader.Select(r => Loggkolonner.Tekst(r.Utfall)).ToArray());
        Sett(p[10], rader.Select(r => Loggkolonner.Liste(r.Kuider)).ToArray());
        Sett(p[11], rader.Select(r => Loggkolonner.Liste(r.Parter)).ToArray());
        Sett(p[12], rader.Select(r => r.ErrorId).ToArray());
        Sett(p[13], rader.Select(r => r.Formal).ToArray());
        Sett(p[14], rader.Select(r => r.Saksbehandler).ToArray());
        Sett(p[15], rader.Select(r => r.Saksreferanse).ToArray());
        Sett(p[16], parter.ToArray());
        Sett(p[17], partRad.ToArray());
        Sett(p[18], forbruk.Select(f => f.FiksOrgId).ToArray());
        Sett(p[19], forbruk.Select(f => f.IntegrasjonId).ToArray());
        Sett(p[20], forbruk.Select(f => f.Ar).ToArray());
        Sett(p[21], forbruk.Select(f => f.Maned).ToArray());
        Sett(p[22], forbruk.Select(f => f.Oppslag).ToArray());
        Sett(p[23], forbruk.Select(f => f.Treff).ToArray());
    }

    private static void Sett<T>(NpgsqlParameter parameter, T verdi) => ((NpgsqlParameter<T>)parameter).TypedValue = verdi;

    /// <summary>A time as stored: UTC, to the millisecond like the SQLite log, so both engines read back the same.</summary>
    internal static DateTime Tid(DateTimeOffset t) => DateTime.UnixEpoch.AddMilliseconds(t.ToUnixTimeMilliseconds());

    /// <summary>The first instant of the time's UTC month: the partition it lands in.</summary>
    private static DateTime Maned(DateTimeOffset t) => new(t.UtcDateTime.Year, t.UtcDateTime.Month, 1, 0, 0, 0, DateTimeKind.Utc);
}
