using Kjoretoyregister.Contracts;
using Kjoretoyregister.Register.Oppslag;

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

    private readonly List<(string Felt, string Arsak)> feil = [];

    public IReadOnlyList<(string Felt, string Arsak)> Feil => feil;

    public NyttKjoretoy? Kjoretoy(ImportLinje linje)
    {
        feil.Clear();
        IngenFelt(linje.Prkid, "prkid", "kjoretoy");
        IngenFelt(linje.Kjennemerke, "kjennemerke", "kjoretoy");
        IngenFelt(linje.Kjennemerketype, "kjennemerketype", "kjoretoy");
        IngenFelt(linje.Eier, "eier", "kjoretoy");
        IngenFelt(linje.FomTidspunkt, "fomTidspunkt", "kjoretoy");
        IngenFelt(linje.TilTidspunkt, "tilTidspunkt", "kjoretoy");
        IngenFelt(linje.Kjoresedler, "kjoresedler", "kjoretoy");

        var kuid = Identifikator<Kuid>(linje.Kuid, "kuid")?.Verdi;
        var understellsnummer = Identifikator<Understellsnummer>(linje.Understellsnummer, "understellsnummer")?.Verdi;
        var kjennemerker = Kjennemerker(linje.Kjennemerker);
        var registreringer = Registreringer(linje.Registreringer);
        var eierskap = Eierskap(linje.Eierskap);
        string? godkjenning = null;
        if (linje.Godkjenning is { } g)
        {
            if (g.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                godkjenning = g.GetRawText();
            }
            else if (g.ValueKind != System.Text.Json.JsonValueKind.Null)
            {
                Legg("godkjenning", "må være et objekt");
            }
        }

        if (feil.Count > 0)
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
        feil.Clear();
        IngenFelt(linje.Kuid, "kuid", "provekjennemerke");
        IngenFelt(linje.Understellsnummer, "understellsnummer", "provekjennemerke");
        IngenFelt(linje.Forstegangsregistrering, "forstegangsregistrering", "provekjennemerke");
        IngenFelt(linje.Kjennemerker, "kjennemerker", "provekjennemerke");
        IngenFelt(linje.Registreringer, "registreringer", "provekjennemerke");
        IngenFelt(linje.Eierskap, "eierskap", "provekjennemerke");
        IngenFelt(linje.Godkjenning, "godkjenning", "provekjennemerke");
        IngenFelt(linje.PeriodiskKjoretoyKontroll, "periodiskKjoretoyKontroll", "provekjennemerke");

        var prkid = Identifikator<Prkid>(linje.Prkid, "prkid")?.Verdi;
        var kjennemerke = Identifikator<Kjennemerke>(linje.Kjennemerke, "kjennemerke");
        var type = Kode(linje.Kjennemerketype, "kjennemerketype", Provekjennemerketyper);
        var eier = Part(linje.Eier, "eier");
        var periode = Periode(linje.FomTidspunkt, linje.TilTidspunkt, "", tilPakrevd: false);
        var kjoresedler = new List<NyKjoreseddel>(linje.Kjoresedler?.Count ?? 0);
        for (var i = 0; i < (linje.Kjoresedler?.Count ?? 0); i++)
        {
            var felt = $"kjoresedler[{i}]";
            if (linje.Kjoresedler![i] is not { } k)
            {
                Legg(felt, "mangler");
                continue;
            }

            var kuid = Identifikator<Kuid>(k.Kuid, felt + ".kuid")?.Verdi;
            var bruker = Part(k.Bruker, felt + ".bruker");
            var p = Periode(k.FomTidspunkt, k.TilTidspunkt, felt + ".", tilPakrevd: false);
            if (kuid is not null && bruker is not null && p is { } gyldig)
            {
                if (periode is { } plate && (gyldig.Fom < plate.Fom || gyldig.Fom >= plate.Til))
                {
                    Legg(felt + ".fomTidspunkt", "kjøreseddelen starter utenfor prøvekjennemerkets gyldighetsperiode");
                }

                kjoresedler.Add(new NyKjoreseddel(kuid, bruker, k.Formal, gyldig.Fom, gyldig.Til));
            }
        }

        IngenOverlapp(kjoresedler, k => (k.Fom, k.Til), "kjoresedler", "kjøresedler for samme prøvekjennemerke overlapper");
        if (feil.Count > 0)
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
            Legg("kjennemerker", "mangler (bruk [] for et kjøretøy uten kjennemerker)");
            return resultat;
        }

        for (var i = 0; i < liste.Count; i++)
        {
            var felt = $"kjennemerker[{i}]";
            if (liste[i] is not { } k)
            {
                Legg(felt, "mangler");
                continue;
            }

            var kjennemerke = Identifikator<Kjennemerke>(k.Kjennemerke, felt + ".kjennemerke");
            var kategori = Kode(k.Kjennemerkekategori, felt + ".kjennemerkekategori", Kjennemerkekategorier);
            var type = Tekst(k.Kjennemerketype, felt + ".kjennemerketype");
            var periode = Periode(k.FomTidspunkt, k.TilTidspunkt, felt + ".", tilPakrevd: false);
            if (kjennemerke is { } km && kategori is not null && type is not null && periode is { } p)
            {
                var visning = kategori == "KJORETOY" ? km.Visning : Visning(km, k.Kjennemerke!);
                resultat.Add(new NyttKjennemerke(km.Sokenokkel, visning, kategori, type, p.Fom, p.Til));
            }
        }

        foreach (var gruppe in resultat.GroupBy(k => k.Sok, StringComparer.Ordinal))
        {
            IngenOverlapp(gruppe.ToList(), k => (k.Fom, k.Til), "kjennemerker", $"kjennemerke {gruppe.First().Visning} er knyttet til kjøretøyet i overlappende perioder");
        }

        return resultat;
    }

    private List<NyRegistrering> Registreringer(List<ImportRegistrering?>? liste)
    {
        var resultat = new List<NyRegistrering>(liste?.Count ?? 0);
        if (liste is null)
        {
            Legg("registreringer", "mangler");
            return resultat;
        }

        for (var i = 0; i < liste.Count; i++)
        {
            var felt = $"registreringer[{i}]";
            if (liste[i] is not { } r)
            {
                Legg(felt, "mangler");
                continue;
            }

            var status = Kode(r.Registreringsstatus, felt + ".registreringsstatus", Registreringsstatuser);
            var periode = Periode(r.FomTidspunkt, r.TilTidspunkt, felt + ".", tilPakrevd: false);
            if (status is not null && periode is { } p)
            {
                resultat.Add(new NyRegistrering(status, r.KjoringensArt, p.Fom, p.Til));
            }
        }

        IngenOverlapp(resultat, r => (r.Fom, r.Til), "registreringer", "registreringsperiodene overlapper");
        return resultat;
    }

    private List<NyttEierskap> Eierskap(List<ImportEierskap?>? liste)
    {
        var resultat = new List<NyttEierskap>(liste?.Count ?? 0);
        if (liste is null)
        {
            Legg("eierskap", "mangler");
            return resultat;
        }

        for (var i = 0; i < liste.Count; i++)
        {
            var felt = $"eierskap[{i}]";
            if (liste[i] is not { } e)
            {
                Legg(felt, "mangler");
                continue;
            }

            var antallFeil = feil.Count;
            var eier = Part(e.Eier, felt + ".eier");
            var medeier = e.Medeier is null ? null : Part(e.Medeier, felt + ".medeier");
            var leasingtaker = e.Leasingtaker is null ? null : Part(e.Leasingtaker, felt + ".leasingtaker");
            var underenhet = e.Underenhet is null ? null : Part(e.Underenhet, felt + ".underenhet");
            var vedtak = e.Vedtakstidspunkt is null ? null : Tidspunkt(e.Vedtakstidspunkt, felt + ".vedtakstidspunkt");
            var periode = Periode(e.FomTidspunkt, e.TilTidspunkt, felt + ".", tilPakrevd: false);
            if (feil.Count == antallFeil && periode is { } p)
            {
                resultat.Add(new NyttEierskap(p.Fom, p.Til, vedtak, eier!, medeier, leasingtaker, underenhet));
            }
        }

        IngenOverlapp(resultat, e => (e.Fom, e.Til), "eierskap", "eierskapsperiodene overlapper");
        return resultat;
    }

    private PartRad? Part(ImportPersonEnhet? part, string felt)
    {
        if (part is null)
        {
            Legg(felt, "mangler");
            return null;
        }

        var adresse = part.Adresse is { } a
            ? new Contracts.Svv.Adresse(a.Adresselinje1, a.Adresselinje2, a.Adresselinje3, a.Postnummer, a.Poststed, a.Kommunenummer, a.Kommunenavn, a.Land, a.Landkode)
            : null;
        switch (part.Person, part.Enhet)
        {
            case ({ } person, null):
                var fnr = Identifikator<Fodselsnummer>(person.Fodselsnummer, felt + ".person.fodselsnummer");
                var fornavn = Tekst(person.Fornavn, felt + ".person.fornavn");
                var etternavn = Tekst(person.Etternavn, felt + ".person.etternavn");
                return fnr is null || fornavn is null || etternavn is null
                    ? null
                    : new PartRad(fnr.Value.Verdi, null, fornavn, string.IsNullOrWhiteSpace(person.Mellomnavn) ? null : person.Mellomnavn, etternavn, null, adresse);
            case (null, { } enhet):
                var orgnr = Identifikator<Organisasjonsnummer>(enhet.Organisasjonsnummer, felt + ".enhet.organisasjonsnummer");
                var navn = Tekst(enhet.Organisasjonsnavn, felt + ".enhet.organisasjonsnavn");
                return orgnr is null || navn is null ? null : new PartRad(null, orgnr.Value.Verdi, null, null, null, navn, adresse);
            default:
                Legg(felt, "må ha enten person eller enhet, ikke begge og ikke ingen");
                return null;
        }
    }

    private (long Fom, long Til)? Periode(string? fom, string? til, string prefiks, bool tilPakrevd)
    {
        var start = Tidspunkt(fom, prefiks + "fomTidspunkt");
        long? slutt = til is null
            ? (tilPakrevd ? Mangler(prefiks + "tilTidspunkt") : Tid.Apen)
            : Tidspunkt(til, prefiks + "tilTidspunkt");
        if (start is null || slutt is null)
        {
            return null;
        }

        if (slutt <= start)
        {
            Legg(prefiks + "tilTidspunkt", $"perioden slutter ({til}) før eller samtidig med at den starter ({fom})");
            return null;
        }

        return (start.Value, slutt.Value);
    }

    private long? Mangler(string felt)
    {
        Legg(felt, "mangler");
        return null;
    }

    private long? Tidspunkt(string? verdi, string felt)
    {
        if (verdi is null)
        {
            return Mangler(felt);
        }

        if (!Dtg.TryParse(verdi, out var dtg, out var arsak))
        {
            Legg(felt, arsak);
            return null;
        }

        if (!HarTidssone(verdi))
        {
            Legg(felt, $"tidspunktet '{verdi}' mangler tidssone (Z eller ±TT:MM)");
            return null;
        }

        return Tid.TilLagret(dtg.Tidspunkt);
    }

    private static bool HarTidssone(string verdi)
    {
        var s = verdi.AsSpan().TrimEnd();
        if (s.Length > 0 && (s[^1] == 'Z' || s[^1] == 'z'))
        {
            return true;
        }

        return (s.Length > 6 && s[^6] is '+' or '-' && s[^3] == ':') || (s.Length > 5 && s[^5] is '+' or '-');
    }

    private T? Identifikator<T>(string? verdi, string felt)
        where T : struct, IIdentifikator<T>
    {
        if (verdi is null)
        {
            Legg(felt, "mangler");
            return null;
        }

        if (!T.TryParse(verdi, out var resultat, out var arsak))
        {
            Legg(felt, arsak);
            return null;
        }

        return resultat;
    }

    private string? Kode(string? verdi, string felt, string[] lovlige)
    {
        if (verdi is null)
        {
            Legg(felt, "mangler");
            return null;
        }

        if (Array.IndexOf(lovlige, verdi) < 0)
        {
            Legg(felt, $"'{verdi}' er ikke en av {string.Join(", ", lovlige)}");
            return null;
        }

        return verdi;
    }

    private string? Tekst(string? verdi, string felt)
    {
        if (string.IsNullOrWhiteSpace(verdi))
        {
            Legg(felt, "mangler eller er tom");
            return null;
        }

        return verdi;
    }

    private void IngenFelt(object? verdi, string felt, string type)
    {
        if (verdi is not null)
        {
            Legg(felt, $"hører ikke til en linje av type {type}");
        }
    }

    private void IngenOverlapp<T>(IReadOnlyList<T> perioder, Func<T, (long Fom, long Til)> periode, string felt, string arsak)
    {
        if (perioder.Count < 2)
        {
            return;
        }

        var sortert = perioder.Select(periode).Order().ToList();
        for (var i = 1; i < sortert.Count; i++)
        {
            if (sortert[i].Fom < sortert[i - 1].Til)
            {
                Legg(felt, arsak);
                return;
            }
        }
    }

    private static string Visning(Kjennemerke kjennemerke, string gitt) =>
        kjennemerke.Visning != kjennemerke.Sokenokkel ? kjennemerke.Visning : gitt.Trim().ToUpperInvariant();

    private void Legg(string felt, string arsak) => feil.Add((felt, arsak));
}
