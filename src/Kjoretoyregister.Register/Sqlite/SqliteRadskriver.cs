using Kjoretoyregister.Register.Import;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// The rows of an import on one SQLite connection, with its prepared statements: a vehicle with its
/// plates, registrations and ownerships (a later version of a kuid replaces the earlier), and trial
/// plates with their driving slips. Shared by the ordinary import (<see cref="SqliteRegisterSkriving"/>)
/// and the initial load (<see cref="SqliteForstelasting"/>); what differs is checked by them.
/// </summary>
internal sealed class SqliteRadskriver : IDisposable
{
    private const string KjoretoyKolonner = "kuid, understellsnummer, forstegang_dato, godkjenning, kontrollfrist, sist_godkjent";

    private readonly SqliteConnection tilkobling;
    private readonly SqlitePartSkriving parter;
    private readonly bool settInnForst;
    private readonly HashSet<long>? skrevne;
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
    private readonly Setning provekonflikt;
    private readonly Setning finnProvekjennemerke;
    private readonly Setning settInnProvekjennemerke;
    private readonly Setning oppdaterProvekjennemerke;
    private readonly Setning slettKjoresedler;
    private readonly Setning settInnKjoreseddel;

    /// <param name="tilkobling">The connection, in the import's transaction.</param>
    /// <param name="parter">Where the parties go.</param>
    /// <param name="settInnForst">
    /// True where a kuid is nearly always new (an initial load): a vehicle is inserted first and looked up
    /// only when its kuid is already there; false: looked up first.
    /// </param>
    /// <param name="skrevne">Gets the id of every vehicle written, when given.</param>
    public SqliteRadskriver(SqliteConnection tilkobling, SqlitePartSkriving parter, bool settInnForst, HashSet<long>? skrevne)
    {
        this.tilkobling = tilkobling;
        this.parter = parter;
        this.settInnForst = settInnForst;
        this.skrevne = skrevne;
        try
        {
            finnKjoretoy = Lag("SELECT id FROM kjoretoy WHERE kuid = ?1");
            settInnKjoretoy = Lag(settInnForst
                ? $"INSERT INTO kjoretoy ({KjoretoyKolonner}) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (kuid) DO NOTHING RETURNING id"
                : $"INSERT INTO kjoretoy ({KjoretoyKolonner}) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id");
            oppdaterKjoretoy = Lag("UPDATE kjoretoy SET understellsnummer = ?2, forstegang_dato = ?3, godkjenning = ?4, kontrollfrist = ?5, sist_godkjent = ?6 WHERE id = ?1");
            slettKjennemerker = Lag("DELETE FROM kjennemerke WHERE kjoretoy_id = ?1");
            slettRegistreringer = Lag("DELETE FROM registrering WHERE kjoretoy_id = ?1");
            slettEierskap = Lag("DELETE FROM eierskap WHERE kjoretoy_id = ?1");
            settInnKjennemerke = Lag("INSERT INTO kjennemerke (kjoretoy_id, sok, kjennemerke, kategori, type, fom, til) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
            settInnRegistrering = Lag("INSERT INTO registrering (kjoretoy_id, status, kjoringens_art, fom, til) VALUES (?1, ?2, ?3, ?4, ?5)");
            settInnEierskap = Lag(
                "INSERT INTO eierskap (kjoretoy_id, fom, til, vedtak, eier_id, medeier_id, leasingtaker_id, underenhet_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
            provekonflikt = Lag("SELECT prkid FROM provekjennemerke WHERE sok = ?1 AND fom < ?3 AND til > ?2 AND prkid <> ?4 LIMIT 1");
            finnProvekjennemerke = Lag("SELECT id FROM provekjennemerke WHERE prkid = ?1");
            settInnProvekjennemerke = Lag(
                "INSERT INTO provekjennemerke (prkid, sok, kjennemerke, type, eier_id, fom, til) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
            oppdaterProvekjennemerke = Lag(
                "UPDATE provekjennemerke SET sok = ?2, kjennemerke = ?3, type = ?4, eier_id = ?5, fom = ?6, til = ?7 WHERE id = ?1");
            slettKjoresedler = Lag("DELETE FROM kjoreseddel WHERE provekjennemerke_id = ?1");
            settInnKjoreseddel = Lag("INSERT INTO kjoreseddel (provekjennemerke_id, kuid, bruker_id, formal, fom, til) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>A further prepared statement on the same connection, disposed with the others.</summary>
    public Setning Lag(string sql)
    {
        var setning = new Setning(tilkobling, sql);
        alle.Add(setning);
        return setning;
    }

    /// <summary>Writes the vehicle with all its rows; an earlier version of its kuid is replaced.</summary>
    public void LagreKjoretoy(NyttKjoretoy k)
    {
        var verdier = new object?[]
        {
            k.Kuid, k.Understellsnummer, Dato(k.ForstegangsregistrertDato), k.Godkjenning, Dato(k.Kontrollfrist), Dato(k.SistGodkjent),
        };
        if ((settInnForst ? settInnKjoretoy.Med(verdier).Tall() : null) is not { } id)
        {
            if (finnKjoretoy.Med(k.Kuid).Tall() is { } eksisterende)
            {
                // The kuid is there already: the later version replaces the earlier, as in any import.
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
        }

        Skriv(id, k);
    }

    /// <summary>
    /// Writes each trial plate whose characters no other trial plate has in an overlapping period and
    /// whose driving slips name known vehicles; the others are answered with their conflict, unwritten.
    /// </summary>
    public IReadOnlyList<Provekjennemerkekonflikt?> LagreProvekjennemerker(IReadOnlyList<NyttProvekjennemerke> provekjennemerker)
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

        return svar;
    }

    public void Dispose()
    {
        foreach (var setning in alle)
        {
            setning.Dispose();
        }

        alle.Clear();
    }

    private void Skriv(long id, NyttKjoretoy k)
    {
        skrevne?.Add(id);
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
}
