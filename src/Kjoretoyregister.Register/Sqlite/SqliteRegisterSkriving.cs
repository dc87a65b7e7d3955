using Kjoretoyregister.Register.Import;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// An import's single write transaction on a SQLite register file. Before it commits, it rebuilds the
/// stored answers for "now" (<see cref="SqliteNaaSvar"/>) of the vehicles it wrote and of those with an
/// ownership that names a party it changed.
/// </summary>
internal sealed class SqliteRegisterSkriving : IRegisterSkriving
{
    private const string KjoretoyKolonner = "kuid, understellsnummer, forstegang_dato, godkjenning, kontrollfrist, sist_godkjent";

    private readonly SqliteConnection tilkobling;
    private readonly SqliteTransaction transaksjon;
    private readonly TimeProvider tid;

    /// <summary>The vehicles this import wrote.</summary>
    private readonly HashSet<long> skrevne = [];
    private readonly SqlitePartSkriving parter;
    private readonly List<Setning> alle = [];
    private readonly Setning finnKjoretoy;
    private readonly Setning settInnKjoretoy;
    private readonly Setning oppdaterKjoretoy;
    private readonly Setning slettKjennemerker;
    private readonly Setning slettRegistreringer;
    private readonly Setning slettEierskap;
    private readonly Setning settInnKjennemerke;
    private readonly Setning settInnRegistrering;
    private readonly Setning settInnEierskap;
    private readonly Setning kjennemerkekonflikt;
    private readonly Setning provekonflikt;
    private readonly Setning finnProvekjennemerke;
    private readonly Setning settInnProvekjennemerke;
    private readonly Setning oppdaterProvekjennemerke;
    private readonly Setning slettKjoresedler;
    private readonly Setning settInnKjoreseddel;

    public SqliteRegisterSkriving(SqliteRegisterDatabase database, TimeProvider tid)
    {
        this.tid = tid;
        tilkobling = database.ApneSkrivbar();
        using (var pragma = tilkobling.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size = -262144;";
            pragma.ExecuteNonQuery();
        }

        transaksjon = tilkobling.BeginTransaction();
        parter = new SqlitePartSkriving(tilkobling);
        finnKjoretoy = Lag("SELECT id FROM kjoretoy WHERE kuid = ?1");
        settInnKjoretoy = Lag($"INSERT INTO kjoretoy ({KjoretoyKolonner}) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id");
        oppdaterKjoretoy = Lag("UPDATE kjoretoy SET understellsnummer = ?2, forstegang_dato = ?3, godkjenning = ?4, kontrollfrist = ?5, sist_godkjent = ?6 WHERE id = ?1");
        slettKjennemerker = Lag("DELETE FROM kjennemerke WHERE kjoretoy_id = ?1");
        slettRegistreringer = Lag("DELETE FROM registrering WHERE kjoretoy_id = ?1");
        slettEierskap = Lag("DELETE FROM eierskap WHERE kjoretoy_id = ?1");
        settInnKjennemerke = Lag("INSERT INTO kjennemerke (kjoretoy_id, sok, kjennemerke, kategori, type, fom, til) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        settInnRegistrering = Lag("INSERT INTO registrering (kjoretoy_id, status, kjoringens_art, fom, til) VALUES (?1, ?2, ?3, ?4, ?5)");
        settInnEierskap = Lag(
            "INSERT INTO eierskap (kjoretoy_id, fom, til, vedtak, eier_id, medeier_id, leasingtaker_id, underenhet_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        kjennemerkekonflikt = Lag(
            """
            SELECT k.kuid FROM kjennemerke m JOIN kjoretoy k ON k.id = m.kjoretoy_id
            WHERE m.sok = ?1 AND m.fom < ?3 AND m.til > ?2 AND k.kuid <> ?4 LIMIT 1
            """);
        provekonflikt = Lag("SELECT prkid FROM provekjennemerke WHERE sok = ?1 AND fom < ?3 AND til > ?2 AND prkid <> ?4 LIMIT 1");
        finnProvekjennemerke = Lag("SELECT id FROM provekjennemerke WHERE prkid = ?1");
        settInnProvekjennemerke = Lag(
            "INSERT INTO provekjennemerke (prkid, sok, kjennemerke, type, eier_id, fom, til) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
        oppdaterProvekjennemerke = Lag(
            "UPDATE provekjennemerke SET sok = ?2, kjennemerke = ?3, type = ?4, eier_id = ?5, fom = ?6, til = ?7 WHERE id = ?1");
        slettKjoresedler = Lag("DELETE FROM kjoreseddel WHERE provekjennemerke_id = ?1");
        settInnKjoreseddel = Lag(
            "INSERT INTO kjoreseddel (provekjennemerke_id, kuid, bruker_id, formal, fom, til) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    }

    public ValueTask<IReadOnlyList<IReadOnlyList<Kjennemerkekonflikt>>> LagreKjoretoyAsync(IReadOnlyList<NyttKjoretoy> kjoretoy, CancellationToken cancellationToken)
    {
        // In-process, one vehicle at a time: each check sees what the vehicles before it wrote.
        var svar = new IReadOnlyList<Kjennemerkekonflikt>[kjoretoy.Count];
        for (var i = 0; i < svar.Length; i++)
        {
            var k = kjoretoy[i];
            List<Kjennemerkekonflikt>? konflikter = null;
            for (var j = 0; j < k.Kjennemerker.Count; j++)
            {
                var m = k.Kjennemerker[j];
                if (kjennemerkekonflikt.Med(m.Sok, m.Fom, m.Til, k.Kuid).Tekst() is { } annen)
                {
                    (konflikter ??= []).Add(new Kjennemerkekonflikt(j, annen));
                }
            }

            if (konflikter is null)
            {
                LagreKjoretoy(k);
            }

            svar[i] = konflikter ?? (IReadOnlyList<Kjennemerkekonflikt>)[];
        }

        return new(svar);
    }

    public ValueTask<IReadOnlyList<Provekjennemerkekonflikt?>> LagreProvekjennemerkerAsync(IReadOnlyList<NyttProvekjennemerke> provekjennemerker, CancellationToken cancellationToken)
    {
        var svar = new Provekjennemerkekonflikt?[provekjennemerker.Count];
        for (var i = 0; i < svar.Length; i++)
        {
            var p = provekjennemerker[i];
            var annen = provekonflikt.Med(p.Sok, p.Fom, p.Til, p.Prkid).Tekst();
            var ukjente = new List<int>();
            for (var j = 0; j < p.Kjoresedler.Count; j++)
            {
                if (finnKjoretoy.Med(p.Kjoresedler[j].Kuid).Tall() is null)
                {
                    ukjente.Add(j);
                }
            }

            if (annen is null && ukjente.Count == 0)
            {
                LagreProvekjennemerke(p);
            }
            else
            {
                svar[i] = new Provekjennemerkekonflikt(annen, ukjente);
            }
        }

        return new(svar);
    }

    public ValueTask FullforAsync(CancellationToken cancellationToken)
    {
        var t = Tid.TilLagret(tid.GetUtcNow());
        var berorte = SqliteNaaSvar.KjoretoyForParter(tilkobling, parter.Endrede);
        berorte.UnionWith(skrevne);
        SqliteNaaSvar.Bygg(tilkobling, t, berorte);
        transaksjon.Commit();
        using var sjekkpunkt = tilkobling.CreateCommand();
        sjekkpunkt.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        sjekkpunkt.ExecuteNonQuery();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var kommando in alle)
        {
            kommando.Dispose();
        }

        parter.Dispose();
        transaksjon.Dispose();
        tilkobling.Dispose();
        return ValueTask.CompletedTask;
    }

    private void LagreKjoretoy(NyttKjoretoy k)
    {
        var verdier = new object?[]
        {
            k.Kuid, k.Understellsnummer, Dato(k.ForstegangsregistrertDato), k.Godkjenning, Dato(k.Kontrollfrist), Dato(k.SistGodkjent),
        };
        long id;
        if (finnKjoretoy.Med(k.Kuid).Tall() is { } eksisterende)
        {
            id = eksisterende;
            verdier[0] = id;
            oppdaterKjoretoy.Med(verdier).Kjor();
            slettKjennemerker.Med(id).Kjor();
            slettRegistreringer.Med(id).Kjor();
            slettEierskap.Med(id).Kjor();
        }
        else
        {
            id = settInnKjoretoy.Med(verdier).Tall()!.Value;
        }

        skrevne.Add(id);

        foreach (var m in k.Kjennemerker)
        {
            settInnKjennemerke.Med(id, m.Sok, m.Visning, m.Kategori, m.Type, m.Fom, m.Til).Kjor();
        }

        foreach (var r in k.Registreringer)
        {
            settInnRegistrering.Med(id, r.Status, r.KjoringensArt, r.Fom, r.Til).Kjor();
        }

        foreach (var e in k.Eierskap)
        {
            settInnEierskap.Med(
                id, e.Fom, e.Til, e.Vedtak, parter.Lagre(e.Eier), parter.LagreValgfri(e.Medeier),
                parter.LagreValgfri(e.Leasingtaker), parter.LagreValgfri(e.Underenhet)).Kjor();
        }
    }

    private void LagreProvekjennemerke(NyttProvekjennemerke p)
    {
        var eier = parter.Lagre(p.Eier);
        long id;
        if (finnProvekjennemerke.Med(p.Prkid).Tall() is { } eksisterende)
        {
            id = eksisterende;
            oppdaterProvekjennemerke.Med(id, p.Sok, p.Visning, p.Type, eier, p.Fom, p.Til).Kjor();
            slettKjoresedler.Med(id).Kjor();
        }
        else
        {
            id = settInnProvekjennemerke.Med(p.Prkid, p.Sok, p.Visning, p.Type, eier, p.Fom, p.Til).Tall()!.Value;
        }

        foreach (var k in p.Kjoresedler)
        {
            settInnKjoreseddel.Med(id, k.Kuid, parter.Lagre(k.Bruker), k.Formal, k.Fom, k.Til).Kjor();
        }
    }

    private static string? Dato(DateOnly? dato) =>
        dato?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private Setning Lag(string sql)
    {
        var setning = new Setning(tilkobling, sql);
        alle.Add(setning);
        return setning;
    }
}
