using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Server.Oppslag;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>
/// One answer of the register laid out for a person on the lookup page: a heading, the vehicle's facts
/// (make, model, group, fuel, first registration, status, periodic control), its plates, the parties
/// (eier, medeier, leasingtaker, underenhet) and, for a trial plate, its owner and driving slip. A
/// person's fødselsnummer is masked unless its role is <paramref name="Vist"/>.
/// </summary>
public sealed record Kjoretoyvisning(
    string Tittel,
    IReadOnlyList<(string Navn, string Verdi)> Fakta,
    IReadOnlyList<Platevisning> Kjennemerker,
    IReadOnlyList<Partvisning> Parter,
    Provevisning? Prove,
    string? Vist)
{
    public static Kjoretoyvisning Fra(KjoretoyResponse svar, string? vist)
    {
        ArgumentNullException.ThrowIfNull(svar);
        var fakta = new List<(string, string)>();
        var parter = new List<Partvisning>();
        var kjennemerker = new List<Platevisning>();
        Provevisning? prove = null;
        var tittel = "Kjøretøy";
        if (svar.Kjoretoy is { } k)
        {
            tittel = k.KjoretoyId.Kjennemerke is { } plate ? $"Kjøretøy {plate}" : $"Kjøretøy uten kjennemerke (kuid {k.KjoretoyId.Kuid})";
            if (KsMapping.TekniskeData(k.Godkjenning) is { } data)
            {
                Legg(fakta, "Merke", data.Merke);
                Legg(fakta, "Modell", data.Modell);
                Legg(fakta, "Kjøretøygruppe", data.Gruppe is null ? null : $"{data.Gruppe} ({data.GruppeKode})");
                Legg(fakta, "Drivstoff", data.Drivstoff is { Count: > 0 } d ? string.Join(", ", d) : null);
            }

            Legg(fakta, "Understellsnummer", k.KjoretoyId.Understellsnummer);
            Legg(fakta, "Kuid", k.KjoretoyId.Kuid);
            Legg(fakta, "Først registrert i Norge", k.Forstegangsregistrering?.RegistrertForstegangNorgeDato is { } forst ? ForvaltningSide.Vis(forst) : null);
            if (k.Registrering is { } r)
            {
                Legg(fakta, "Status", $"{Navn(r.Registreringsstatus)} fra {Dato(r.FomTidspunkt)}{(r.TilTidspunkt is { } til ? $" til {Dato(til)}" : "")}");
                Legg(fakta, "Kjøringens art", r.KjoringensArt is { } art ? Navn(art) : null);
            }

            Legg(fakta, "Frist for EU-kontroll", k.PeriodiskKjoretoyKontroll?.Kontrollfrist is { } frist ? ForvaltningSide.Vis(frist) : null);
            Legg(fakta, "Sist godkjent EU-kontroll", k.PeriodiskKjoretoyKontroll?.SistGodkjent is { } sist ? ForvaltningSide.Vis(sist) : null);
            kjennemerker.AddRange(k.Kjennemerke.Select(p => new Platevisning(p.Kjennemerke, Navn(p.Kjennemerketype), Dato(p.FomTidspunkt), p.TilTidspunkt is { } til ? Dato(til) : null)));
            if (k.Eierskap is { } e)
            {
                LeggTil(parter, "eier", "Eier", e.Eier, vist);
                LeggTil(parter, "medeier", "Medeier", e.Medeier, vist);
                LeggTil(parter, "leasingtaker", "Leasingtaker", e.Leasingtaker, vist);
                LeggTil(parter, "underenhet", "Underenhet", e.Underenhet, vist);
            }
        }

        if (svar.Provekjennemerke is { } p)
        {
            tittel = svar.Kjoretoy is null ? $"Prøvekjennemerke {p.Kjennemerke}" : tittel;
            var proveparter = new List<Partvisning>();
            LeggTil(proveparter, "provekjennemerke-eier", "Innehaver av prøvekjennemerket", p.Eier, vist);
            LeggTil(proveparter, "kjoreseddel-bruker", "Bruker etter kjøreseddel", p.Kjoreseddel?.Bruker, vist);
            var seddel = p.Kjoreseddel is { } s
                ? $"Fra {Dato(s.FomTidspunkt)}{(s.TilTidspunkt is { } til ? $" til {Dato(til)}" : "")}{(s.Formal is { } formal ? $", formål {formal}" : "")}"
                : null;
            prove = new Provevisning(p.Kjennemerke, Navn(p.Kjennemerketype), p.Prkid, seddel, proveparter);
        }

        return new Kjoretoyvisning(tittel, fakta, kjennemerker, parter, prove, vist);
    }

    /// <summary>The keys of the parties' roles, as the page names them in a reveal.</summary>
    public static readonly IReadOnlyList<string> Roller = ["eier", "medeier", "leasingtaker", "underenhet", "provekjennemerke-eier", "kjoreseddel-bruker"];

    /// <summary>The fødselsnummer of the party in <paramref name="rolle"/>, if the answer has such a person (what a reveal discloses).</summary>
    public static string? Fodselsnummer(KjoretoyResponse svar, string rolle)
    {
        ArgumentNullException.ThrowIfNull(svar);
        var e = svar.Kjoretoy?.Eierskap;
        var part = rolle switch
        {
            "eier" => e?.Eier,
            "medeier" => e?.Medeier,
            "leasingtaker" => e?.Leasingtaker,
            "underenhet" => e?.Underenhet,
            "provekjennemerke-eier" => svar.Provekjennemerke?.Eier,
            "kjoreseddel-bruker" => svar.Provekjennemerke?.Kjoreseddel?.Bruker,
            _ => null,
        };
        return part?.Person?.Fodselsnummer;
    }

    /// <summary>A fødselsnummer as the page shows it before a reveal: the birth date and five stars.</summary>
    public static string Maskert(string fodselsnummer) =>
        fodselsnummer.Length == 11 ? fodselsnummer[..6] + " *****" : "*****";

    private static void LeggTil(List<Partvisning> parter, string rolle, string rollenavn, PersonEnhet? part, string? vist)
    {
        if (part is null)
        {
            return;
        }

        var adresse = part.Adresse is { } a
            ? string.Join(", ", new[] { a.Adresselinje1, a.Adresselinje2, a.Adresselinje3, $"{a.Postnummer} {a.Poststed}".Trim(), a.Land }.Where(l => !string.IsNullOrWhiteSpace(l)))
            : null;
        var fra = part.FomTidspunkt is { } fom ? Dato(fom) : null;
        if (part.Person is { } person)
        {
            var navn = string.Join(' ', new[] { person.Fornavn, person.Mellomnavn, person.Etternavn }.Where(n => !string.IsNullOrWhiteSpace(n)));
            var vis = rolle == vist;
            parter.Add(new Partvisning(rolle, rollenavn, navn, vis ? person.Fodselsnummer : Maskert(person.Fodselsnummer), vis, null, adresse, fra));
        }
        else if (part.Enhet is { } enhet)
        {
            parter.Add(new Partvisning(rolle, rollenavn, enhet.Organisasjonsnavn, null, false, enhet.Organisasjonsnummer, adresse, fra));
        }
    }

    private static void Legg(List<(string, string)> fakta, string navn, string? verdi)
    {
        if (!string.IsNullOrWhiteSpace(verdi))
        {
            fakta.Add((navn, verdi));
        }
    }

    private static string Navn(KodeverkType kode) => kode.KodeNavn ?? kode.KodeVerdi;

    private static string Dato(DateTimeOffset tidspunkt) => ForvaltningSide.Vis(DateOnly.FromDateTime(NorskTid.TilNorskTid(tidspunkt).DateTime));
}

/// <summary>A plate of the vehicle, with its type and period (Norwegian dates).</summary>
public sealed record Platevisning(string Kjennemerke, string Type, string Fra, string? Til);

/// <summary>
/// A party: role key (<c>eier</c>, <c>medeier</c>, <c>leasingtaker</c>, <c>underenhet</c>,
/// <c>provekjennemerke-eier</c>, <c>kjoreseddel-bruker</c>), its label, name, fødselsnummer (masked unless
/// <see cref="Vist"/>; null for an organisation), organisation number, address and since when.
/// </summary>
public sealed record Partvisning(string Rolle, string Rollenavn, string Navn, string? Fodselsnummer, bool Vist, string? Organisasjonsnummer, string? Adresse, string? Fra);

/// <summary>A trial plate: its plate, type, prkid, its driving slip (period and purpose) and its parties.</summary>
public sealed record Provevisning(string Kjennemerke, string Type, string Prkid, string? Kjoreseddel, IReadOnlyList<Partvisning> Parter);
