using Kjoretoyregister.Contracts;
using Kjoretoyregister.Register.Oppslag;

namespace Kjoretoyregister.Register.Import;

/// <summary>
/// The field checks of one import line: each check either returns the value in stored form or
/// records why not, under the field's JSON path. <see cref="ImportValidering"/> says which fields a
/// line has; this says what a valid field is.
/// </summary>
internal sealed class Feltkontroll
{
    private readonly List<(string Felt, string Arsak)> feil = [];

    public IReadOnlyList<(string Felt, string Arsak)> Feil => feil;

    public void Nullstill() => feil.Clear();

    public PartRad? Part(ImportPersonEnhet? part, string felt)
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

    /// <summary>A half-open period; a missing or null end means still valid.</summary>
    public (long Fom, long Til)? Periode(string? fom, string? til, string prefiks)
    {
        var start = Tidspunkt(fom, prefiks + "fomTidspunkt");
        var slutt = til is null ? Tid.Apen : Tidspunkt(til, prefiks + "tilTidspunkt");
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

    public long? Tidspunkt(string? verdi, string felt)
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

    public T? Identifikator<T>(string? verdi, string felt)
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

    public string? Kode(string? verdi, string felt, string[] lovlige)
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

    public string? Tekst(string? verdi, string felt)
    {
        if (string.IsNullOrWhiteSpace(verdi))
        {
            Legg(felt, "mangler eller er tom");
            return null;
        }

        return verdi;
    }

    public void IngenFelt(object? verdi, string felt, string type)
    {
        if (verdi is not null)
        {
            Legg(felt, $"hører ikke til en linje av type {type}");
        }
    }

    public void IngenOverlapp<T>(IReadOnlyList<T> perioder, Func<T, (long Fom, long Til)> periode, string felt, string arsak)
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

    public void Legg(string felt, string arsak) => feil.Add((felt, arsak));
}
