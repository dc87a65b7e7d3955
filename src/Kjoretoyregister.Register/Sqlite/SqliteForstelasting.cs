using Kjoretoyregister.Register.Import;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// The initial load: an import into an empty SQLite register, written into a new file beside it
/// (<see cref="SqliteForstelastingFil"/>) without a journal, its secondary indexes built after the
/// rows, and renamed into place when complete. A vehicle's plates are not checked against the other
/// vehicles as they are written: the whole file is checked once at the end, and a conflict there
/// throws <see cref="ForstelastingAvbruttException"/> so that the import is run again the ordinary
/// way, which reports it as ever. Disposed without <see cref="FullforAsync"/>, the new file is deleted
/// and the register is left as it was.
/// </summary>
internal sealed class SqliteForstelasting : IRegisterSkriving
{
    /// <summary>Parties remembered between vehicles; beyond it they are found through the fnr/orgnr index.</summary>
    private const int MaksHusketeParter = 100_000;

    private readonly SqliteForstelastingFil fil;
    private readonly SqlitePartSkriving parter;
    private readonly List<Setning> alle = [];
    private readonly Setning settInnKjoretoy;
    private readonly Setning finnKjoretoy;
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

    public SqliteForstelasting(SqliteRegisterDatabase database)
    {
        fil = new SqliteForstelastingFil(database);
        try
        {
            var tilkobling = fil.Tilkobling;
            parter = new SqlitePartSkriving(tilkobling, navneledd: false, maksHusket: MaksHusketeParter);
            settInnKjoretoy = Lag(
                "INSERT INTO kjoretoy (kuid, understellsnummer, forstegang_dato, godkjenning, kontrollfrist, sist_godkjent) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (kuid) DO NOTHING RETURNING id");
            finnKjoretoy = Lag("SELECT id FROM kjoretoy WHERE kuid = ?1");
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
            oppdaterProvekjennemerke = Lag("UPDATE provekjennemerke SET sok = ?2, kjennemerke = ?3, type = ?4, eier_id = ?5, fom = ?6, til = ?7 WHERE id = ?1");
            slettKjoresedler = Lag("DELETE FROM kjoreseddel WHERE provekjennemerke_id = ?1");
            settInnKjoreseddel = Lag("INSERT INTO kjoreseddel (provekjennemerke_id, kuid, bruker_id, formal, fom, til) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        }
        catch
        {
            Lukk();
            throw;
        }
    }

    public ValueTask<IReadOnlyList<IReadOnlyList<Kjennemerkekonflikt>>> LagreKjoretoyAsync(IReadOnlyList<NyttKjoretoy> kjoretoy, CancellationToken cancellationToken)
    {
        var svar = new IReadOnlyList<Kjennemerkekonflikt>[kjoretoy.Count];
        for (var i = 0; i < svar.Length; i++)
        {
            LagreKjoretoy(kjoretoy[i]);
            svar[i] = [];
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
        parter.Dispose();
        foreach (var setning in alle)
        {
            setning.Dispose();
        }

        alle.Clear();
        fil.Fullfor(cancellationToken);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Lukk();
        return ValueTask.CompletedTask;
    }

    private void Lukk()
    {
        parter?.Dispose();
        foreach (var setning in alle)
        {
            setning.Dispose();
        }

        alle.Clear();
        fil.Dispose();
    }

    private void LagreKjoretoy(NyttKjoretoy k)
    {
        var verdier = new object?[]
        {
            k.Kuid, k.Understellsnummer, Dato(k.ForstegangsregistrertDato), k.Godkjenning, Dato(k.Kontrollfrist), Dato(k.SistGodkjent),
        };
        if (settInnKjoretoy.Med(verdier).Tall() is not { } id)
        {
            // The same kuid again in this file: the later version replaces the earlier, as in any import.
            id = finnKjoretoy.Med(k.Kuid).Tall()!.Value;
            verdier[0] = id;
            oppdaterKjoretoy.Med(verdier).Kjor();
            slettKjennemerker.Med(id).Kjor();
            slettRegistreringer.Med(id).Kjor();
            slettEierskap.Med(id).Kjor();
        }

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
        var setning = new Setning(fil.Tilkobling, sql);
        alle.Add(setning);
        return setning;
    }
}
