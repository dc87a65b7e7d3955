using System.Globalization;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register.Oppslag;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// A read-only connection with its statements prepared once, reused across lookups (see
/// <see cref="SqliteRegisterLager"/>). Each lookup runs inside <see cref="Start"/>/<see cref="Dispose"/>,
/// a read transaction, so it sees one snapshot even while an import commits; its reads are the
/// same index seeks as ever, in-process, so the coarse call costs no more than the fine-grained ones did.
/// </summary>
internal sealed class SqliteRegisterLesing : IDisposable
{
    private readonly SqliteConnection tilkobling;
    private readonly Action<SqliteRegisterLesing>? tilbake;
    private readonly Setning start;
    private readonly Setning slutt;
    private readonly Setning kjennemerkeTilKjoretoy;
    private readonly Setning kuidTilKjoretoy;
    private readonly Setning understellsnummerTilKjoretoy;
    private readonly Setning kjoretoy;
    private readonly Setning kjennemerker;
    private readonly Setning registrering;
    private readonly Setning eierskap;
    private readonly Setning provekjennemerke;
    private readonly Setning kjoreseddel;
    private readonly Setning fnrTilPart;
    private readonly Setning orgnrTilPart;
    private readonly Setning naaSvar;

    public SqliteRegisterLesing(SqliteRegisterDatabase database, Action<SqliteRegisterLesing> tilbake)
        : this(database.ApneLesbar(), tilbake)
    {
    }

    /// <summary>Reads on a connection that stays the caller's, in whatever transaction it has open (no <see cref="Start"/>, no pool).</summary>
    public SqliteRegisterLesing(SqliteConnection tilkobling)
        : this(tilkobling, null)
    {
    }

    private SqliteRegisterLesing(SqliteConnection tilkobling, Action<SqliteRegisterLesing>? tilbake)
    {
        this.tilbake = tilbake;
        this.tilkobling = tilkobling;
        start = new(tilkobling, "BEGIN");
        slutt = new(tilkobling, "COMMIT");
        kjennemerkeTilKjoretoy = new(tilkobling, SqliteSporringer.KjennemerkeTilKjoretoy);
        kuidTilKjoretoy = new(tilkobling, SqliteSporringer.KuidTilKjoretoy);
        understellsnummerTilKjoretoy = new(tilkobling, SqliteSporringer.UnderstellsnummerTilKjoretoy);
        kjoretoy = new(tilkobling, SqliteSporringer.Kjoretoy);
        kjennemerker = new(tilkobling, SqliteSporringer.Kjennemerker);
        registrering = new(tilkobling, SqliteSporringer.Registrering);
        eierskap = new(tilkobling, SqliteSporringer.Eierskap);
        provekjennemerke = new(tilkobling, SqliteSporringer.Provekjennemerke);
        kjoreseddel = new(tilkobling, SqliteSporringer.Kjoreseddel);
        fnrTilPart = new(tilkobling, SqliteSporringer.FnrTilPart);
        orgnrTilPart = new(tilkobling, SqliteSporringer.OrgnrTilPart);
        naaSvar = new(tilkobling, SqliteSporringer.NaaSvar);
    }

    /// <summary>The file this connection was opened on (see <see cref="SqliteRegisterLager"/>).</summary>
    public Filidentitet Fil { get; init; }

    /// <summary>Begins the read transaction of one lookup.</summary>
    public SqliteRegisterLesing Start()
    {
        start.Kjor();
        return this;
    }

    /// <summary>Ends the lookup's read transaction and returns the connection to its pool.</summary>
    public void Dispose()
    {
        if (tilbake is null)
        {
            Lukk();
            return;
        }

        slutt.Kjor();
        tilbake(this);
    }

    /// <summary>Closes the statements, and the connection for good when it is this reader's own (when the pool is full or disposed).</summary>
    public void Lukk()
    {
        foreach (var setning in new[] { start, slutt, kjennemerkeTilKjoretoy, kuidTilKjoretoy, understellsnummerTilKjoretoy, kjoretoy, kjennemerker, registrering, eierskap, provekjennemerke, kjoreseddel, fnrTilPart, orgnrTilPart, naaSvar })
        {
            setning.Dispose();
        }

        if (tilbake is not null)
        {
            tilkobling.Dispose();
        }
    }

    /// <summary>The vehicle's rows at t, or null when there is no vehicle with the id.</summary>
    public Kjoretoyrader? LesKjoretoy(long id, long t)
    {
        var lest = new Registerrader();
        LesKjoretoy(lest, id, t);
        return lest.Kjoretoy.GetValueOrDefault((id, t));
    }

    /// <summary>
    /// See <see cref="IRegisterLesing.LesAsync"/> and (<paramref name="medSvar"/>) <see cref="IRegisterLesing.LesSvarAsync"/>:
    /// a few index seeks per key, in this lookup's read transaction.
    /// </summary>
    public Registerrader Les(IReadOnlyList<Oppslagsnokkel> nokler, bool medSvar, CancellationToken cancellationToken)
    {
        var lest = new Registerrader();
        for (var i = 0; i < nokler.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (art, verdi, t) = nokler[i];
            switch (art)
            {
                case Nokkelart.Kjennemerke when kjennemerkeTilKjoretoy.Med(verdi, t).Tall() is { } id:
                    Treff(lest, i, id, t, medSvar);
                    break;
                case Nokkelart.Kjennemerke:
                    Provekjennemerke(lest, i, verdi, t);
                    break;
                case Nokkelart.Kuid when kuidTilKjoretoy.Med(verdi).Tall() is { } id:
                    Treff(lest, i, id, t, medSvar);
                    break;
                case Nokkelart.Understellsnummer:
                    foreach (var id in understellsnummerTilKjoretoy.Med(verdi).Rader(r => r.TallI(0)))
                    {
                        Treff(lest, i, id, t, medSvar);
                    }

                    break;
            }
        }

        return lest;
    }

    /// <summary>See <see cref="IRegisterLesing.LesForParterAsync"/>.</summary>
    public Registerrader LesForParter(Partsok sok)
    {
        var lest = new Registerrader();
        var parter = sok.Navneledd is { } ledd
            ? FinnParterMedNavn(ledd, sok.Filter ?? EiernavnFilter.Ingen, sok.MaksParter)
            : (sok.Fnr is not null ? fnrTilPart.Med(sok.Fnr).Tall() : orgnrTilPart.Med(sok.Orgnr).Tall()) is { } part ? [part] : [];
        var (kjoretoy, totalt) = FinnKjoretoyForParter(parter, sok.T, sok.Fra, sok.Antall, sok.Filter?.EkskluderVraketUtfort ?? false);
        lest.Totalt = totalt;
        foreach (var id in kjoretoy)
        {
            Treff(lest, 0, id, sok.T, medSvar: false);
        }

        return lest;
    }

    private void Treff(Registerrader lest, int nokkel, long id, long t, bool medSvar)
    {
        lest.LeggTilTreff(nokkel, id);
        if (medSvar && !lest.Svar.ContainsKey((id, t))
            && naaSvar.Med(id, t).Rad(r => new Naasvar(id, r.TallI(0), r.TallI(1), r.TekstI(2)!, r.TekstI(3)!, r.BytesI(4))) is { } svar)
        {
            lest.Svar[(id, t)] = svar;
            return;
        }

        LesKjoretoy(lest, id, t);
    }

    private void LesKjoretoy(Registerrader lest, long id, long t)
    {
        if (lest.Kjoretoy.ContainsKey((id, t)) || kjoretoy.Med(id).Rad(LesKjoretoyRad) is not { } rad)
        {
            return;
        }

        lest.Kjoretoy[(id, t)] = new Kjoretoyrader(
            rad,
            kjennemerker.Med(id, t).Rader(r => new KjennemerkeRad(r.TekstI(0)!, r.TekstI(1)!, r.TekstI(2)!, r.TallI(3), r.TallI(4))),
            registrering.Med(id, t).Rad(r => new RegistreringRad(r.TekstI(0)!, r.TekstI(1), r.TallI(2), r.TallI(3))),
            eierskap.Med(id, t).Rad(r =>
            {
                const int n = SqliteSporringer.AntallPartKolonner;
                return new EierskapRad(r.TallI(0), r.TallI(1), r.TallEllerNullI(2), Part(r, 3)!, Part(r, 3 + n), Part(r, 3 + (2 * n)), Part(r, 3 + (3 * n)));
            }));
    }

    private void Provekjennemerke(Registerrader lest, int nokkel, string sok, long t)
    {
        if (provekjennemerke.Med(sok, t).Rad(r => new ProvekjennemerkeRad(r.TallI(0), r.TekstI(1)!, r.TekstI(2)!, r.TekstI(3)!, r.TallI(4), r.TallI(5), Part(r, 6)!)) is not { } plate)
        {
            return;
        }

        var seddel = kjoreseddel.Med(plate.Id, t).Rad(r => new KjoreseddelRad(r.TekstI(0)!, r.TekstI(1), r.TallI(2), r.TallI(3), Part(r, 4)!));
        lest.Provekjennemerker[nokkel] = new Provekjennemerkerader(plate, seddel);
        if (seddel is not null && kuidTilKjoretoy.Med(seddel.Kuid).Tall() is { } id)
        {
            LesKjoretoy(lest, id, t);
        }
    }

    private static KjoretoyRad LesKjoretoyRad(Setning r) =>
        new(r.TallI(0), r.TekstI(1)!, r.TekstI(2)!, r.TekstI(3), r.TekstI(4), r.TekstI(5), r.TekstI(6));

    private (IReadOnlyList<long> Kjoretoy, int Totalt) FinnKjoretoyForParter(IReadOnlyList<long> partIder, long t, int fra, int antall, bool ekskluderVraketUtfort)
    {
        if (partIder.Count == 0)
        {
            return ([], 0);
        }

        // Ids are our own integers, so they are written into the statement; t is a parameter.
        var ider = string.Join(",", partIder.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        var treff = string.Format(CultureInfo.InvariantCulture, SqliteSporringer.KjoretoyForParter, ider);
        if (ekskluderVraketUtfort)
        {
            treff = $"SELECT e.kjoretoy_id FROM ({treff}) e WHERE {SqliteEiernavnsok.UtenVraketUtfort}";
        }

        using var telling = new Setning(tilkobling, $"SELECT count(*) FROM ({treff})");
        var totalt = (int)telling.Med(t).Tall()!.Value;
        using var side = new Setning(tilkobling, $"{treff} ORDER BY 1 LIMIT ?2 OFFSET ?3");
        return (side.Med(t, antall, fra).Rader(r => r.TallI(0)), totalt);
    }

    private IReadOnlyList<long> FinnParterMedNavn(IReadOnlyList<Navneprefiks> ledd, EiernavnFilter filter, int maks)
    {
        var (sql, verdier) = SqliteEiernavnsok.Parter(ledd, filter, maks);
        using var setning = new Setning(tilkobling, sql);
        return setning.Med(verdier).Rader(r => r.TallI(0));
    }

    /// <summary>A party from <see cref="SqliteSporringer.AntallPartKolonner"/> columns from <paramref name="forste"/>; null when fnr and orgnr are both NULL.</summary>
    private static PartRad? Part(Setning r, int forste)
    {
        var fnr = r.TekstI(forste);
        var orgnr = r.TekstI(forste + 1);
        if (fnr is null && orgnr is null)
        {
            return null;
        }

        var a = forste + 6;
        Adresse? adresse = null;
        for (var i = a; i < forste + SqliteSporringer.AntallPartKolonner; i++)
        {
            if (r.TekstI(i) is not null)
            {
                adresse = new Adresse(r.TekstI(a), r.TekstI(a + 1), r.TekstI(a + 2), r.TekstI(a + 3), r.TekstI(a + 4), r.TekstI(a + 5), r.TekstI(a + 6), r.TekstI(a + 7), r.TekstI(a + 8));
                break;
            }
        }

        return new PartRad(fnr, orgnr, r.TekstI(forste + 2), r.TekstI(forste + 3), r.TekstI(forste + 4), r.TekstI(forste + 5), adresse);
    }
}
