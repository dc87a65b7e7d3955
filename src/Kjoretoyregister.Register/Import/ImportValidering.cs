using System.Text.Json;
using Kjoretoyregister.Contracts;

namespace Kjoretoyregister.Register.Import;

/// <summary>
/// Checks one parsed import line against the import format and the register's rules, and turns it
/// into the stored form. Every problem is reported with the field's JSON path; a line with any
/// problem yields no model. Checks that need the register (plates on other vehicles, kuids of
/// driving slips) are done by <see cref="RegisterImport"/> when the line is written.
/// </summary>
internal sealed class ImportValidering
{
    private static readonly string[] Registreringsstatuser = ["REGISTRERT", "AVREGISTRERT", "UREGISTRERT", "UTFORT", "VRAKET"];
    private static readonly string[] Kjennemerkekategorier = ["KJORETOY", "PERSONLIG"];
    private static readonly string[] Provekjennemerketyper = ["DAGSPROVEKJENNEMERKE", "ARSPROVEKJENNEMERKE", "ARSPROVEKJENNEMERKE_T"];

    private readonly Feltkontroll kontroll = new();

    public IReadOnlyList<(string Felt, string Arsak)> Feil => kontroll.Feil;

    public NyttKjoretoy? Kjoretoy(ImportLinje linje)
    {
        kontroll.Nullstill();
        kontroll.IngenFelt(linje.Prkid, "prkid", "kjoretoy");
        kontroll.IngenFelt(linje.Kjennemerke, "kjennemerke", "kjoretoy");
        kontroll.IngenFelt(linje.Kjennemerketype, "kjennemerketype", "kjoretoy");
        kontroll.IngenFelt(linje.Eier, "eier", "kjoretoy");
        kontroll.IngenFelt(linje.FomTidspunkt, "fomTidspunkt", "kjoretoy");
        kontroll.IngenFelt(linje.TilTidspunkt, "tilTidspunkt", "kjoretoy");
        kontroll.IngenFelt(linje.Kjoresedler, "kjoresedler", "kjoretoy");

        var kuid = kontroll.Identifikator<Kuid>(linje.Kuid, "kuid")?.Verdi;
        var understellsnummer = kontroll.Identifikator<Understellsnummer>(linje.Understellsnummer, "understellsnummer")?.Verdi;
        var kjennemerker = Kjennemerker(linje.Kjennemerker);
        var registreringer = Registreringer(linje.Registreringer);
        var eierskap = Eierskap(linje.Eierskap);
        string? godkjenning = null;
        if (linje.Godkjenning is { } g)
        {
            if (g.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                godkjenning = JsonSerializer.Serialize(g, ImportJsonContext.Default.JsonElement);
            }
            else if (g.ValueKind != System.Text.Json.JsonValueKind.Null)
            {
                kontroll.Legg("godkjenning", "må være et objekt");
            }
        }

        if (kontroll.Feil.Count > 0)
        {
            return null;
        }

        return new NyttKjoretoy(
            kuid!, understellsnummer!, linje.Forstegangsregistrering?.RegistrertForstegangNorgeDato, godkjenning,
            linje.PeriodiskKjoretoyKontroll?.Kontrollfrist, linje.PeriodiskKjoretoyKontroll?.SistGodkjent,
            kjennemerker, registreringer, eierskap);
    }

    public NyttProvekjennemerke? Provekjennemerke(ImportLinje linje)
    {
        kontroll.Nullstill();
        kontroll.IngenFelt(linje.Kuid, "kuid", "provekjennemerke");
        kontroll.IngenFelt(linje.Understellsnummer, "understellsnummer", "provekjennemerke");
        kontroll.IngenFelt(linje.Forstegangsregistrering, "forstegangsregistrering", "provekjennemerke");
        kontroll.IngenFelt(linje.Kjennemerker, "kjennemerker", "provekjennemerke");
        kontroll.IngenFelt(linje.Registreringer, "registreringer", "provekjennemerke");
        kontroll.IngenFelt(linje.Eierskap, "eierskap", "provekjennemerke");
        kontroll.IngenFelt(linje.Godkjenning, "godkjenning", "provekjennemerke");
        kontroll.IngenFelt(linje.PeriodiskKjoretoyKontroll, "periodiskKjoretoyKontroll", "provekjennemerke");

        var prkid = kontroll.Identifikator<Prkid>(linje.Prkid, "prkid")?.Verdi;
        var kjennemerke = kontroll.Identifikator<Kjennemerke>(linje.Kjennemerke, "kjennemerke");
        var type = kontroll.Kode(linje.Kjennemerketype, "kjennemerketype", Provekjennemerketyper);
        var eier = kontroll.Part(linje.Eier, "eier");
        var periode = kontroll.Periode(linje.FomTidspunkt, linje.TilTidspunkt, "");
        var kjoresedler = new List<NyKjoreseddel>(linje.Kjoresedler?.Count ?? 0);
        for (var i = 0; i < (linje.Kjoresedler?.Count ?? 0); i++)
        {
            var felt = $"kjoresedler[{i}]";
            if (linje.Kjoresedler![i] is not { } k)
            {
                kontroll.Legg(felt, "mangler");
                continue;
            }

            var kuid = kontroll.Identifikator<Kuid>(k.Kuid, felt + ".kuid")?.Verdi;
            var bruker = kontroll.Part(k.Bruker, felt + ".bruker");
            var p = kontroll.Periode(k.FomTidspunkt, k.TilTidspunkt, felt + ".");
            if (kuid is not null && bruker is not null && p is { } gyldig)
            {
                if (periode is { } plate && (gyldig.Fom < plate.Fom || gyldig.Fom >= plate.Til))
                {
                    kontroll.Legg(felt + ".fomTidspunkt", "kjøreseddelen starter utenfor prøvekjennemerkets gyldighetsperiode");
                }

                kjoresedler.Add(new NyKjoreseddel(kuid, bruker, k.Formal, gyldig.Fom, gyldig.Til));
            }
        }

        kontroll.IngenOverlapp(kjoresedler, k => (k.Fom, k.Til), "kjoresedler", "kjøresedler for samme prøvekjennemerke overlapper");
        if (kontroll.Feil.Count > 0)
        {
            return null;
        }

        return new NyttProvekjennemerke(prkid!, kjennemerke!.Value.Sokenokkel, Visning(kjennemerke.Value, linje.Kjennemerke!), type!, eier!, periode!.Value.Fom, periode.Value.Til, kjoresedler);
    }

    private List<NyttKjennemerke> Kjennemerker(List<ImportKjennemerke?>? liste)
    {
        var resultat = new List<NyttKjennemerke>(liste?.Count ?? 0);
        if (liste is null)
        {
            kontroll.Legg("kjennemerker", "mangler (bruk [] for et kjøretøy uten kjennemerker)");
            return resultat;
        }

        for (var i = 0; i < liste.Count; i++)
        {
            var felt = $"kjennemerker[{i}]";
            if (liste[i] is not { } k)
            {
                kontroll.Legg(felt, "mangler");
                continue;
            }

            var kjennemerke = kontroll.Identifikator<Kjennemerke>(k.Kjennemerke, felt + ".kjennemerke");
            var kategori = kontroll.Kode(k.Kjennemerkekategori, felt + ".kjennemerkekategori", Kjennemerkekategorier);
            var type = kontroll.Tekst(k.Kjennemerketype, felt + ".kjennemerketype");
            var periode = kontroll.Periode(k.FomTidspunkt, k.TilTidspunkt, felt + ".");
            if (kjennemerke is { } km && kategori is not null && type is not null && periode is { } p)
            {
                var visning = kategori == "KJORETOY" ? km.Visning : Visning(km, k.Kjennemerke!);
                resultat.Add(new NyttKjennemerke(km.Sokenokkel, visning, kategori, type, p.Fom, p.Til));
            }
        }

        foreach (var gruppe in resultat.GroupBy(k => k.Sok, StringComparer.Ordinal))
        {
            kontroll.IngenOverlapp(gruppe.ToList(), k => (k.Fom, k.Til), "kjennemerker", $"kjennemerke {gruppe.First().Visning} er knyttet til kjøretøyet i overlappende perioder");
        }

        return resultat;
    }

    private List<NyRegistrering> Registreringer(List<ImportRegistrering?>? liste)
    {
        var resultat = new List<NyRegistrering>(liste?.Count ?? 0);
        if (liste is null)
        {
            kontroll.Legg("registreringer", "mangler");
            return resultat;
        }

        for (var i = 0; i < liste.Count; i++)
        {
            var felt = $"registreringer[{i}]";
            if (liste[i] is not { } r)
            {
                kontroll.Legg(felt, "mangler");
                continue;
            }

            var status = kontroll.Kode(r.Registreringsstatus, felt + ".registreringsstatus", Registreringsstatuser);
            var periode = kontroll.Periode(r.FomTidspunkt, r.TilTidspunkt, felt + ".");
            if (status is not null && periode is { } p)
            {
                resultat.Add(new NyRegistrering(status, r.KjoringensArt, p.Fom, p.Til));
            }
        }

        kontroll.IngenOverlapp(resultat, r => (r.Fom, r.Til), "registreringer", "registreringsperiodene overlapper");
        return resultat;
    }

    private List<NyttEierskap> Eierskap(List<ImportEierskap?>? liste)
    {
        var resultat = new List<NyttEierskap>(liste?.Count ?? 0);
        if (liste is null)
        {
            kontroll.Legg("eierskap", "mangler");
            return resultat;
        }

        for (var i = 0; i < liste.Count; i++)
        {
            var felt = $"eierskap[{i}]";
            if (liste[i] is not { } e)
            {
                kontroll.Legg(felt, "mangler");
                continue;
            }

            var antallFeil = kontroll.Feil.Count;
            var eier = kontroll.Part(e.Eier, felt + ".eier");
            var medeier = e.Medeier is null ? null : kontroll.Part(e.Medeier, felt + ".medeier");
            var leasingtaker = e.Leasingtaker is null ? null : kontroll.Part(e.Leasingtaker, felt + ".leasingtaker");
            var underenhet = e.Underenhet is null ? null : kontroll.Part(e.Underenhet, felt + ".underenhet");
            var vedtak = e.Vedtakstidspunkt is null ? null : kontroll.Tidspunkt(e.Vedtakstidspunkt, felt + ".vedtakstidspunkt");
            var periode = kontroll.Periode(e.FomTidspunkt, e.TilTidspunkt, felt + ".");
            if (kontroll.Feil.Count == antallFeil && periode is { } p)
            {
                resultat.Add(new NyttEierskap(p.Fom, p.Til, vedtak, eier!, medeier, leasingtaker, underenhet));
            }
        }

        kontroll.IngenOverlapp(resultat, e => (e.Fom, e.Til), "eierskap", "eierskapsperiodene overlapper");
        return resultat;
    }

    private static string Visning(Kjennemerke kjennemerke, string gitt) =>
        kjennemerke.Visning != kjennemerke.Sokenokkel ? kjennemerke.Visning : gitt.Trim().ToUpperInvariant();
}
