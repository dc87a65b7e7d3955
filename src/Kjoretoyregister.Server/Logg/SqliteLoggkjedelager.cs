using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Server.Logg;

/// <summary>The chain of <see cref="OppslagsloggDatabase"/>: the file's write lock serialises the writer, the anchor and the retention.</summary>
public sealed class SqliteLoggkjedelager(OppslagsloggDatabase database) : ILoggkjedelager
{
    /// <summary>Rows deleted per transaction by the retention: short, so a lookup's audit write waits milliseconds at most.</summary>
    public const int Slettebatch = 1_000;

    private const string Hode = "SELECT start_id, siste_id, siste_hash, kutt_id, kutt_forrige_hash FROM logg_kjede WHERE en = 1";

    private const string TaAnkerpunkt = """
        INSERT INTO logg_ankerpunkt (dato, logg_id, hash, skrevet)
        SELECT @dato, siste_id, siste_hash, @skrevet FROM logg_kjede WHERE en = 1
        ON CONFLICT (dato) DO NOTHING
        RETURNING logg_id, hash
        """;

    // The last old row by id (the index on tidspunkt holds the id); the cut is the next row by id. Rows are
    // timed just before they are queued, so a row with a lower id than an old row is old too, to within
    // milliseconds: the cut by id deletes what the limit says.
    private const string SisteGamle = "SELECT max(id) FROM logg WHERE tidspunkt < @grense";

    private const string ForsteBeholdte = "SELECT id, forrige_hash FROM logg WHERE id > @id ORDER BY id LIMIT 1";

    private const string Kutt = """
        UPDATE logg_kjede SET kutt_id = @kutt_id, kutt_forrige_hash = @kutt_forrige_hash
        WHERE en = 1 AND (kutt_id IS NULL OR kutt_id < @kutt_id)
        """;

    public async Task<IKjedelesing> LesAsync(CancellationToken cancellationToken = default)
    {
        var tilkobling = database.Fil.Apne();
        try
        {
            // A read transaction: the head and the rows from one snapshot, while the writer goes on.
            var transaksjon = tilkobling.BeginTransaction(deferred: true);
            using var kommando = tilkobling.CreateCommand();
            kommando.CommandText = Hode;
            using var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await leser.ReadAsync(cancellationToken).ConfigureAwait(false);
            var hode = new Kjedehode(Tall(leser, 0), Tall(leser, 1), Bytes(leser, 2), Tall(leser, 3), Bytes(leser, 4));
            return new Lesing(tilkobling, transaksjon, hode);
        }
        catch
        {
            await tilkobling.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<Ankerpunkt?> TaAnkerpunktAsync(DateOnly dato, DateTimeOffset na, CancellationToken cancellationToken = default)
    {
        using var tilkobling = database.Fil.Apne();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = TaAnkerpunkt;
        kommando.Parameters.AddWithValue("@dato", dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        kommando.Parameters.AddWithValue("@skrevet", na.ToUnixTimeMilliseconds());
        using var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await leser.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new Ankerpunkt(dato, Tall(leser, 0), Bytes(leser, 1), DateTimeOffset.FromUnixTimeMilliseconds(na.ToUnixTimeMilliseconds()))
            : null;
    }

    public async Task<IReadOnlyList<Ankerpunkt>> SisteAnkerpunkterAsync(int antall, CancellationToken cancellationToken = default)
    {
        using var tilkobling = database.Fil.Apne();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = "SELECT dato, logg_id, hash, skrevet FROM logg_ankerpunkt ORDER BY dato DESC LIMIT @antall";
        kommando.Parameters.AddWithValue("@antall", antall);
        var svar = new List<Ankerpunkt>();
        using var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            svar.Add(new Ankerpunkt(
                DateOnly.ParseExact(leser.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Tall(leser, 1),
                Bytes(leser, 2),
                DateTimeOffset.FromUnixTimeMilliseconds(leser.GetInt64(3))));
        }

        return svar;
    }

    public async Task<long> SlettForAsync(DateTimeOffset grense, CancellationToken cancellationToken = default)
    {
        using var tilkobling = database.Fil.Apne();

        // The scan for the last old row reads outside the write lock (rows below the limit are not written any more).
        if (Skalar(tilkobling, null, SisteGamle, ("@grense", grense.ToUnixTimeMilliseconds())) is not long sisteGamle)
        {
            return 0;
        }

        long kuttId;
        using (var transaksjon = tilkobling.BeginTransaction(deferred: false))
        {

            byte[]? kuttForrige;
            using (var kommando = Kommando(tilkobling, transaksjon, ForsteBeholdte, ("@id", sisteGamle)))
            using (var leser = kommando.ExecuteReader())
            {
                if (leser.Read())
                {
                    (kuttId, kuttForrige) = (leser.GetInt64(0), Bytes(leser, 1));
                }
                else
                {
                    // Every row is old: the next row written starts after the head.
                    using var hode = Kommando(tilkobling, transaksjon, "SELECT coalesce(siste_id, @id), siste_hash FROM logg_kjede WHERE en = 1", ("@id", sisteGamle));
                    using var h = hode.ExecuteReader();
                    h.Read();
                    (kuttId, kuttForrige) = (Math.Max(h.GetInt64(0), sisteGamle) + 1, Bytes(h, 1));
                }
            }

            using (var kutt = Kommando(tilkobling, transaksjon, Kutt, ("@kutt_id", kuttId), ("@kutt_forrige_hash", (object?)kuttForrige ?? DBNull.Value)))
            {
                kutt.ExecuteNonQuery();
            }

            transaksjon.Commit();
        }

        long slettet = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var antall = SlettBatch(tilkobling, kuttId);
            if (antall == 0)
            {
                return slettet;
            }

            slettet += antall;
            await Task.Yield();
        }
    }

    /// <summary>Deletes up to <see cref="Slettebatch"/> rows before the cut and their parties, in one short transaction.</summary>
    private static int SlettBatch(SqliteConnection tilkobling, long kuttId)
    {
        using var transaksjon = tilkobling.BeginTransaction(deferred: false);
        var rader = new List<(long Id, string Operasjon, string Nokkel, string Parter)>();
        using (var kommando = Kommando(tilkobling, transaksjon, "SELECT id, operasjon, nokkel, parter FROM logg WHERE id < @kutt ORDER BY id LIMIT @antall", ("@kutt", kuttId), ("@antall", Slettebatch)))
        using (var leser = kommando.ExecuteReader())
        {
            while (leser.Read())
            {
                rader.Add((leser.GetInt64(0), leser.GetString(1), leser.GetString(2), leser.GetString(3)));
            }
        }

        if (rader.Count == 0)
        {
            return 0;
        }

        // logg_part is keyed by (part, logg_id): each row's parties are known from the row itself, as the writer put them.
        using var part = Kommando(tilkobling, transaksjon, "DELETE FROM logg_part WHERE part = @part AND logg_id = @id", ("@part", ""), ("@id", 0L));
        foreach (var r in rader)
        {
            var parter = Loggkolonner.Liste(r.Parter).Select(Loggkolonner.Part);
            if (Loggkolonner.NokkelErPart(r.Operasjon))
            {
                parter = parter.Append(Loggkolonner.Part(r.Nokkel));
            }

            foreach (var p in parter.Distinct())
            {
                part.Parameters[0].Value = p;
                part.Parameters[1].Value = r.Id;
                part.ExecuteNonQuery();
            }
        }

        using (var logg = Kommando(tilkobling, transaksjon, "DELETE FROM logg WHERE id <= @til AND id < @kutt", ("@til", rader[^1].Id), ("@kutt", kuttId)))
        {
            logg.ExecuteNonQuery();
        }

        transaksjon.Commit();
        return rader.Count;
    }

    private static SqliteCommand Kommando(SqliteConnection tilkobling, SqliteTransaction? transaksjon, string sql, params (string Navn, object Verdi)[] parametre)
    {
        var kommando = tilkobling.CreateCommand();
        kommando.Transaction = transaksjon;
        kommando.CommandText = sql;
        foreach (var (navn, verdi) in parametre)
        {
            kommando.Parameters.AddWithValue(navn, verdi);
        }

        return kommando;
    }

    private static object? Skalar(SqliteConnection tilkobling, SqliteTransaction? transaksjon, string sql, params (string Navn, object Verdi)[] parametre)
    {
        using var kommando = Kommando(tilkobling, transaksjon, sql, parametre);
        return kommando.ExecuteScalar();
    }

    private static long? Tall(SqliteDataReader leser, int i) => leser.IsDBNull(i) ? null : leser.GetInt64(i);

    private static byte[]? Bytes(SqliteDataReader leser, int i) => leser.IsDBNull(i) ? null : (byte[])leser.GetValue(i);

    private sealed class Lesing(SqliteConnection tilkobling, SqliteTransaction transaksjon, Kjedehode hode) : IKjedelesing
    {
        public Kjedehode Hode { get; } = hode;

        public async IAsyncEnumerable<Kjederad> RaderAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            using var kommando = tilkobling.CreateCommand();
            kommando.Transaction = transaksjon;
            kommando.CommandText = $"SELECT {Loggkolonner.Kolonner}, hash, forrige_hash FROM logg ORDER BY id";
            using var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return new Kjederad(
                    new Kjedeinnhold(
                        leser.GetInt64(0),
                        leser.GetInt64(1),
                        leser.GetString(2),
                        leser.GetString(3),
                        leser.GetString(4),
                        leser.GetString(5),
                        leser.GetString(6),
                        leser.GetString(7),
                        Tall(leser, 8),
                        leser.GetString(9),
                        leser.GetString(10),
                        leser.GetString(11),
                        leser.GetString(12),
                        Tekst(leser, 13),
                        Tekst(leser, 14),
                        Tekst(leser, 15)),
                    Bytes(leser, 16),
                    Bytes(leser, 17));
            }
        }

        public async ValueTask DisposeAsync()
        {
            await transaksjon.DisposeAsync().ConfigureAwait(false);
            await tilkobling.DisposeAsync().ConfigureAwait(false);
        }

        private static string? Tekst(SqliteDataReader leser, int i) => leser.IsDBNull(i) ? null : leser.GetString(i);
    }
}
