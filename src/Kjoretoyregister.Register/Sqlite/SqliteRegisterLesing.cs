using System.Globalization;
using System.Text;
using Kjoretoyregister.Register.Oppslag;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// A read-only connection with its statements prepared once, reused across lookups (see
/// <see cref="SqliteRegisterLager"/>). Each lookup runs inside <see cref="Start"/>/<see cref="Dispose"/>,
/// a read transaction, so it sees one snapshot even while an import commits.
/// </summary>
internal sealed class SqliteRegisterLesing : IRegisterLesing
{
    private readonly SqliteConnection tilkobling;
    private readonly Action<SqliteRegisterLesing> tilbake;
    private readonly SqliteCommand kjennemerkeTilKjoretoy;
    private readonly SqliteCommand kuidTilKjoretoy;
    private readonly SqliteCommand understellsnummerTilKjoretoy;
    private readonly SqliteCommand kjoretoy;
    private readonly SqliteCommand kjennemerker;
    private readonly SqliteCommand registrering;
    private readonly SqliteCommand eierskap;
    private readonly SqliteCommand provekjennemerke;
    private readonly SqliteCommand kjoreseddel;
    private readonly SqliteCommand fnrTilPart;
    private readonly SqliteCommand orgnrTilPart;
    private SqliteTransaction? transaksjon;

    public SqliteRegisterLesing(SqliteRegisterDatabase database, Action<SqliteRegisterLesing> tilbake)
    {
        this.tilbake = tilbake;
        tilkobling = database.ApneLesbar();
        kjennemerkeTilKjoretoy = Lag(SqliteSporringer.KjennemerkeTilKjoretoy, 2);
        kuidTilKjoretoy = Lag(SqliteSporringer.KuidTilKjoretoy, 1);
        understellsnummerTilKjoretoy = Lag(SqliteSporringer.UnderstellsnummerTilKjoretoy, 1);
        kjoretoy = Lag(SqliteSporringer.Kjoretoy, 1);
        kjennemerker = Lag(SqliteSporringer.Kjennemerker, 2);
        registrering = Lag(SqliteSporringer.Registrering, 2);
        eierskap = Lag(SqliteSporringer.Eierskap, 2);
        provekjennemerke = Lag(SqliteSporringer.Provekjennemerke, 2);
        kjoreseddel = Lag(SqliteSporringer.Kjoreseddel, 2);
        fnrTilPart = Lag(SqliteSporringer.FnrTilPart, 1);
        orgnrTilPart = Lag(SqliteSporringer.OrgnrTilPart, 1);
    }

    /// <summary>Begins the read transaction of one lookup.</summary>
    public SqliteRegisterLesing Start()
    {
        transaksjon = tilkobling.BeginTransaction(deferred: true);
        return this;
    }

    /// <summary>Ends the lookup's read transaction and returns the connection to its pool.</summary>
    public void Dispose()
    {
        transaksjon?.Dispose();
        transaksjon = null;
        tilbake(this);
    }

    /// <summary>Closes the connection for good (when the pool is full or disposed).</summary>
    public void Lukk() => tilkobling.Dispose();

    public long? FinnKjoretoyMedKjennemerke(string sok, long t) => Tall(kjennemerkeTilKjoretoy.Med(sok, t));

    public long? FinnKjoretoyMedKuid(string kuid) => Tall(kuidTilKjoretoy.Med(kuid));

    public IReadOnlyList<long> FinnKjoretoyMedUnderstellsnummer(string understellsnummer) => Ider(Klar(understellsnummerTilKjoretoy.Med(understellsnummer)));

    public KjoretoyRad? HentKjoretoy(long id)
    {
        using var leser = Klar(kjoretoy.Med(id)).ExecuteReader();
        return leser.Read()
            ? new KjoretoyRad(leser.GetInt64(0), leser.GetString(1), leser.GetString(2), leser.TekstEllerNull(3), leser.TekstEllerNull(4), leser.TekstEllerNull(5), leser.TekstEllerNull(6))
            : null;
    }

    public IReadOnlyList<KjennemerkeRad> HentKjennemerker(long kjoretoyId, long t)
    {
        using var leser = Klar(kjennemerker.Med(kjoretoyId, t)).ExecuteReader();
        var rader = new List<KjennemerkeRad>(2);
        while (leser.Read())
        {
            rader.Add(new KjennemerkeRad(leser.GetString(0), leser.GetString(1), leser.GetString(2), leser.GetInt64(3), leser.GetInt64(4)));
        }

        return rader;
    }

    public RegistreringRad? HentRegistrering(long kjoretoyId, long t)
    {
        using var leser = Klar(registrering.Med(kjoretoyId, t)).ExecuteReader();
        return leser.Read() ? new RegistreringRad(leser.GetString(0), leser.TekstEllerNull(1), leser.GetInt64(2), leser.GetInt64(3)) : null;
    }

    public EierskapRad? HentEierskap(long kjoretoyId, long t)
    {
        using var leser = Klar(eierskap.Med(kjoretoyId, t)).ExecuteReader();
        if (!leser.Read())
        {
            return null;
        }

        const int n = PartRad.AntallKolonner;
        return new EierskapRad(
            leser.GetInt64(0), leser.GetInt64(1), leser.TallEllerNull(2),
            PartRad.Les(leser, 3)!, PartRad.Les(leser, 3 + n), PartRad.Les(leser, 3 + (2 * n)), PartRad.Les(leser, 3 + (3 * n)));
    }

    public ProvekjennemerkeRad? FinnProvekjennemerke(string sok, long t)
    {
        using var leser = Klar(provekjennemerke.Med(sok, t)).ExecuteReader();
        return leser.Read()
            ? new ProvekjennemerkeRad(leser.GetInt64(0), leser.GetString(1), leser.GetString(2), leser.GetString(3), leser.GetInt64(4), leser.GetInt64(5), PartRad.Les(leser, 6)!)
            : null;
    }

    public KjoreseddelRad? FinnKjoreseddel(long provekjennemerkeId, long t)
    {
        using var leser = Klar(kjoreseddel.Med(provekjennemerkeId, t)).ExecuteReader();
        return leser.Read()
            ? new KjoreseddelRad(leser.GetString(0), leser.TekstEllerNull(1), leser.GetInt64(2), leser.GetInt64(3), PartRad.Les(leser, 4)!)
            : null;
    }

    public long? FinnPart(string? fnr, string? orgnr) => fnr is not null ? Tall(fnrTilPart.Med(fnr)) : Tall(orgnrTilPart.Med(orgnr));

    public (IReadOnlyList<long> Kjoretoy, int Totalt) FinnKjoretoyForParter(IReadOnlyList<long> partIder, long t, int fra, int antall)
    {
        if (partIder.Count == 0)
        {
            return ([], 0);
        }

        // Ids are our own integers, so they are written into the statement; t is a parameter.
        var ider = string.Join(",", partIder.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        var treff = string.Format(CultureInfo.InvariantCulture, SqliteSporringer.KjoretoyForParter, ider);
        using var telling = Klar(Kommandoer.Lag(tilkobling, $"SELECT count(*) FROM ({treff})", 1).Med(t));
        var totalt = Convert.ToInt32(telling.ExecuteScalar(), CultureInfo.InvariantCulture);
        using var side = Klar(Kommandoer.Lag(tilkobling, $"{treff} ORDER BY 1 LIMIT $2 OFFSET $3", 3).Med(t, antall, fra));
        return (Ider(side), totalt);
    }

    public IReadOnlyList<long> FinnParterMedNavn(IReadOnlyList<string> ledd, EiernavnFilter filter, int maks)
    {
        var sql = new StringBuilder("SELECT p.id FROM part p WHERE ");
        for (var i = 0; i < ledd.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"EXISTS (SELECT 1 FROM navneledd n WHERE n.ledd = ${i + 1} AND n.part_id = p.id) AND ");
        }

        sql.Append(filter.ErPerson switch { true => "p.fnr IS NOT NULL", false => "p.orgnr IS NOT NULL", null => "1 = 1" });
        var verdier = new List<object?>(ledd);
        if (filter.Postnummer is { } postnummer)
        {
            verdier.Add(postnummer);
            sql.Append(CultureInfo.InvariantCulture, $" AND p.postnummer = ${verdier.Count}");
        }

        if (filter.Poststed is { } poststed)
        {
            verdier.Add(poststed);
            sql.Append(CultureInfo.InvariantCulture, $" AND upper(p.poststed) = upper(${verdier.Count})");
        }

        verdier.Add(maks);
        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY p.id LIMIT ${verdier.Count}");
        using var kommando = Klar(Kommandoer.Lag(tilkobling, sql.ToString(), verdier.Count).Med([.. verdier]));
        return Ider(kommando);
    }

    private SqliteCommand Lag(string sql, int antall)
    {
        var kommando = Kommandoer.Lag(tilkobling, sql, antall);
        kommando.Prepare();
        return kommando;
    }

    private SqliteCommand Klar(SqliteCommand kommando)
    {
        kommando.Transaction = transaksjon;
        return kommando;
    }

    private long? Tall(SqliteCommand kommando) => Klar(kommando).ExecuteScalar() is long verdi ? verdi : null;

    private static List<long> Ider(SqliteCommand kommando)
    {
        using var leser = kommando.ExecuteReader();
        var ider = new List<long>();
        while (leser.Read())
        {
            ider.Add(leser.GetInt64(0));
        }

        return ider;
    }
}
