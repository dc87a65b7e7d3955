using Npgsql;
using NpgsqlTypes;

namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// Commits batches to PostgreSQL in one short transaction of two round trips. The first locks the chain's
/// head (<c>logg_kjede</c>, FOR UPDATE) and takes the batch's ids from <c>logg_id_seq</c> after the lock, so
/// batches from several instances extend the one chain one after the other and chain order is id order.
/// The rows' hashes (<see cref="Loggkjede"/>) are computed here between the two. The second inserts the
/// rows as arrays (one per column, unnested) with their parties and the usage counts, moves the head, and
/// commits; with <c>synchronous_commit</c> on (the default) its answer comes only after the commit is on disk.
/// </summary>
/// <remarks>
/// The connection is held across batches (its statements prepared once) and dropped after a failure (an
/// open transaction is rolled back when the connection goes back to the pool). Each batch, from opening the
/// connection to the commit, is cancelled at the write deadline, so an unreachable server or a held lock
/// fails the batch instead of stalling the queue. Before a batch with a month this process has not seen,
/// the month's partitions (and the next month's, ahead of time) are created.
/// </remarks>
internal sealed class PostgresLoggmotor(NpgsqlDataSource kilde, TimeSpan skrivefrist) : ILoggmotor
{
    private const string LesHode = "SELECT siste_hash FROM logg_kjede WHERE en = 1 FOR UPDATE";

    private const string NesteIder = "SELECT nextval('logg_id_seq') FROM generate_series(1, $1)";

    private const string OppdaterHode = "UPDATE logg_kjede SET siste_id = $1, siste_hash = $2, start_id = coalesce(start_id, $3) WHERE en = 1";

    private const string SettInn = """
        WITH rader AS MATERIALIZED (
            SELECT r.*
            FROM unnest($1::timestamptz[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                        $9::timestamptz[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[],
                        $25::bigint[], $26::bytea[], $27::bytea[]) WITH ORDINALITY
                AS r (tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel, sokenokkel,
                      dtg, utfall, kuider, parter, error_id, formal, saksbehandler, saksreferanse, id, hash, forrige_hash, nr)
        ),
        nye_rader AS (
            INSERT INTO logg (id, tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel, sokenokkel,
                              dtg, utfall, kuider, parter, error_id, formal, saksbehandler, saksreferanse, hash, forrige_hash)
            SELECT id, tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel, sokenokkel,
                   dtg, utfall, kuider, parter, error_id, formal, saksbehandler, saksreferanse, hash, forrige_hash
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
    private readonly Loggkjede kjede = new();
    private NpgsqlBatch? hode;
    private NpgsqlBatch? settInn;

    public async Task SkrivAsync(IReadOnlyList<LoggRad[]> kall)
    {
        using var frist = new CancellationTokenSource(skrivefrist);
        var rader = kall.SelectMany(k => k).ToList();
        if (tilkobling is null)
        {
            tilkobling = await kilde.OpenConnectionAsync(frist.Token);
            hode = null;
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

        // Round trip 1: BEGIN, lock the head, take the ids after the lock.
        hode ??= await ForberedHodeAsync(tilkobling, frist.Token);
        ((NpgsqlParameter<int>)hode.BatchCommands[2].Parameters[0]).TypedValue = rader.Count;
        byte[] forrige;
        var ider = new long[rader.Count];
        await using (var leser = await hode.ExecuteReaderAsync(frist.Token))
        {
            await leser.ReadAsync(frist.Token);
            forrige = await leser.IsDBNullAsync(0, frist.Token) ? Loggkjede.Start : leser.GetFieldValue<byte[]>(0);
            await leser.NextResultAsync(frist.Token);
            for (var i = 0; await leser.ReadAsync(frist.Token); i++)
            {
                ider[i] = leser.GetInt64(0);
            }
        }

        Array.Sort(ider);
        var hasher = new byte[rader.Count][];
        var forrigeHasher = new byte[rader.Count][];
        for (var i = 0; i < rader.Count; i++)
        {
            forrigeHasher[i] = forrige;
            forrige = hasher[i] = kjede.Hash(forrige, ider[i], rader[i]);
        }

        // Round trip 2: the rows, their parties and counts, the new head, COMMIT.
        settInn ??= await ForberedAsync(tilkobling, frist.Token);
        Fyll(settInn.BatchCommands[0], rader);
        var p = settInn.BatchCommands[0].Parameters;
        Sett(p[24], ider);
        Sett(p[25], hasher);
        Sett(p[26], forrigeHasher);
        var h = settInn.BatchCommands[1].Parameters;
        Sett(h[0], ider[^1]);
        Sett(h[1], forrige);
        Sett(h[2], ider[0]);
        await settInn.ExecuteNonQueryAsync(frist.Token);
    }

    public void Forkast()
    {
        Dispose();
        kjenteManeder.Clear();
    }

    public void Dispose()
    {
        hode?.Dispose();
        hode = null;
        settInn?.Dispose();
        settInn = null;
        tilkobling?.Dispose();
        tilkobling = null;
    }

    private static async Task<NpgsqlBatch> ForberedHodeAsync(NpgsqlConnection tilkobling, CancellationToken cancellationToken)
    {
        var batch = new NpgsqlBatch(tilkobling) { BatchCommands = { new("BEGIN"), new(LesHode), new(NesteIder) } };
        batch.BatchCommands[2].Parameters.Add(new NpgsqlParameter<int> { NpgsqlDbType = NpgsqlDbType.Integer });
        await batch.PrepareAsync(cancellationToken);
        return batch;
    }

    private static async Task<NpgsqlBatch> ForberedAsync(NpgsqlConnection tilkobling, CancellationToken cancellationToken)
    {
        var kommando = new NpgsqlBatchCommand(SettInn);
        var oppdater = new NpgsqlBatchCommand(OppdaterHode);
        oppdater.Parameters.Add(new NpgsqlParameter<long> { NpgsqlDbType = NpgsqlDbType.Bigint });
        oppdater.Parameters.Add(new NpgsqlParameter<byte[]> { NpgsqlDbType = NpgsqlDbType.Bytea });
        oppdater.Parameters.Add(new NpgsqlParameter<long> { NpgsqlDbType = NpgsqlDbType.Bigint });
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
        Legg<long[]>(kommando, NpgsqlDbType.Bigint);
        Legg<byte[][]>(kommando, NpgsqlDbType.Bytea);
        Legg<byte[][]>(kommando, NpgsqlDbType.Bytea);
        var batch = new NpgsqlBatch(tilkobling) { BatchCommands = { kommando, oppdater, new("COMMIT") } };
        await batch.PrepareAsync(cancellationToken);
        return batch;
    }

    private static void Legg<T>(NpgsqlBatchCommand kommando, NpgsqlDbType elementtype) =>
        kommando.Parameters.Add(new NpgsqlParameter<T> { NpgsqlDbType = NpgsqlDbType.Array | elementtype });

    private void Fyll(NpgsqlBatchCommand kommando, List<LoggRad> rader)
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
