using Kjoretoyregister.Server.Drift;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// The writer's connection and its prepared commands, reused across rows and batches: writes many
/// callers' rows, their parties and the usage counts in one transaction. Dispose it after a failure;
/// the next batch opens a fresh connection (so a repaired file is picked up).
/// </summary>
internal sealed class Loggtransaksjon : IDisposable
{
    private const string SettInnRad = $"""
        INSERT INTO logg ({Loggkolonner.Kolonner}, sokenokkel, hash, forrige_hash)
        VALUES (@id, @tidspunkt, @fiks_org_id, @integrasjon_id, @konsument_orgnr, @klient_id, @operasjon, @nokkel, @dtg, @utfall, @kuider, @parter, @error_id, @formal, @saksbehandler, @saksreferanse, @sokenokkel, @hash, @forrige_hash)
        """;

    // The head of the chain and the next id: above both the last row and the head (rows removed by the
    // retention never give their ids again).
    private const string LesHode = "SELECT max(coalesce((SELECT max(id) FROM logg), 0), coalesce(siste_id, 0)), siste_hash FROM logg_kjede WHERE en = 1";

    private const string OppdaterHode = "UPDATE logg_kjede SET siste_id = @id, siste_hash = @hash, start_id = coalesce(start_id, @start_id) WHERE en = 1";

    private const string SettInnPart = "INSERT OR IGNORE INTO logg_part (part, logg_id) VALUES (@part, @logg_id)";

    private const string OppdaterForbruk = """
        INSERT INTO forbruk (fiks_org_id, integrasjon_id, ar, maned, oppslag, treff)
        VALUES (@fiks_org_id, @integrasjon_id, @ar, @maned, @oppslag, @treff)
        ON CONFLICT (fiks_org_id, integrasjon_id, ar, maned)
        DO UPDATE SET oppslag = oppslag + excluded.oppslag, treff = treff + excluded.treff
        """;

    private readonly SqliteConnection tilkobling;
    private readonly SqliteCommand hode;
    private readonly SqliteCommand nyttHode;
    private readonly Loggkjede kjede = new();
    private readonly SqliteCommand rad;
    private readonly SqliteCommand part;
    private readonly SqliteCommand forbruk;
    private readonly Forbrukstelling telling = new();

    private readonly SqliteFil fil;

    /// <param name="fil">The audit file.</param>
    /// <param name="ventetid">How long a statement waits for another connection's lock before the batch fails.</param>
    public Loggtransaksjon(SqliteFil fil, TimeSpan ventetid)
    {
        this.fil = fil;
        tilkobling = fil.Apne(ventetid);
        hode = Kommando(LesHode);
        nyttHode = Kommando(OppdaterHode, "@id", "@hash", "@start_id");
        rad = Kommando(SettInnRad, "@id", "@tidspunkt", "@fiks_org_id", "@integrasjon_id", "@konsument_orgnr", "@klient_id", "@operasjon",
            "@nokkel", "@dtg", "@utfall", "@kuider", "@parter", "@error_id", "@formal", "@saksbehandler", "@saksreferanse", "@sokenokkel", "@hash", "@forrige_hash");
        part = Kommando(SettInnPart, "@part", "@logg_id");
        forbruk = Kommando(OppdaterForbruk, "@fiks_org_id", "@integrasjon_id", "@ar", "@maned", "@oppslag", "@treff");
    }

    /// <summary>Writes every row of every batch in one transaction and commits; returns the number of rows.</summary>
    public int Skriv(IEnumerable<IReadOnlyList<LoggRad>> batcher)
    {
        using var transaksjon = tilkobling.BeginTransaction(deferred: false);
        hode.Transaction = nyttHode.Transaction = rad.Transaction = part.Transaction = forbruk.Transaction = transaksjon;
        long id;
        byte[] forrige;
        using (var leser = hode.ExecuteReader())
        {
            leser.Read();
            id = leser.GetInt64(0);
            forrige = leser.IsDBNull(1) ? Loggkjede.Start : (byte[])leser.GetValue(1);
        }

        var startId = id + 1;
        var antall = 0;
        telling.Clear();
        foreach (var rader in batcher)
        {
            foreach (var r in rader)
            {
                forrige = SkrivRad(++id, r, forrige);
                antall++;
            }
        }

        if (antall > 0)
        {
            Sett(nyttHode, id, forrige, startId);
            nyttHode.ExecuteNonQuery();
        }

        foreach (var f in telling.Telt)
        {
            Sett(forbruk, Loggkolonner.Tekst(f.FiksOrgId), Loggkolonner.Tekst(f.IntegrasjonId), f.Ar, f.Maned, f.Oppslag, f.Treff);
            forbruk.ExecuteNonQuery();
        }

        transaksjon.Commit();
        fil.RememberSharedMemory();
        return antall;
    }

    /// <summary>After a failure: closes the connection and empties the pool, so the next batch opens the file afresh.</summary>
    public void Forkast()
    {
        SqliteConnection.ClearPool(tilkobling);
        Dispose();
    }

    public void Dispose()
    {
        hode.Dispose();
        nyttHode.Dispose();
        rad.Dispose();
        part.Dispose();
        forbruk.Dispose();
        tilkobling.Dispose();
    }

    private byte[] SkrivRad(long id, LoggRad r, byte[] forrige)
    {
        // The columns get exactly the values the hash is taken over.
        var c = Kjedeinnhold.Fra(id, r);
        var hash = kjede.Hash(forrige, c);
        Sett(rad,
            c.Id,
            c.Tidspunkt,
            c.FiksOrgId,
            c.IntegrasjonId,
            c.KonsumentOrgnr,
            c.KlientId,
            c.Operasjon,
            c.Nokkel,
            c.Dtg,
            c.Utfall,
            c.Kuider,
            c.Parter,
            c.ErrorId,
            c.Formal,
            c.Saksbehandler,
            c.Saksreferanse,
            Loggkolonner.Sokenokkel(r.Operasjon, r.Nokkel),
            hash,
            forrige);
        rad.ExecuteNonQuery();

        foreach (var p in r.Parter)
        {
            SkrivPart(Loggkolonner.Part(p), id);
        }

        if (Loggkolonner.NokkelErPart(r.Operasjon))
        {
            SkrivPart(Loggkolonner.Part(r.Nokkel), id);
        }

        telling.Tell(r);
        return hash;
    }

    private void SkrivPart(string verdi, long id)
    {
        Sett(part, verdi, id);
        part.ExecuteNonQuery();
    }

    private SqliteCommand Kommando(string sql, params string[] parametre)
    {
        var kommando = tilkobling.CreateCommand();
        kommando.CommandText = sql;
        foreach (var navn in parametre)
        {
            kommando.Parameters.Add(new SqliteParameter { ParameterName = navn });
        }

        kommando.Prepare();
        return kommando;
    }

    private static void Sett(SqliteCommand kommando, params object?[] verdier)
    {
        for (var i = 0; i < verdier.Length; i++)
        {
            kommando.Parameters[i].Value = verdier[i] ?? DBNull.Value;
        }
    }
}
