using System.Globalization;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Register.Oppslag;

/// <summary>
/// Builds a vehicle as it stood at time t: plates, registration and ownership valid at t; identity,
/// first registration, approval data and periodic inspection as they stand.
/// </summary>
internal static class KjoretoyBygger
{
    public static Kjoretoy Bygg(Kjoretoyrader rader)
    {
        var rad = rader.Kjoretoy;
        var kjennemerker = rader.Kjennemerker;
        var plater = new KjoretoyKjennemerke[kjennemerker.Count];
        string? hovedkjennemerke = null;
        for (var i = 0; i < plater.Length; i++)
        {
            var k = kjennemerker[i];
            plater[i] = new KjoretoyKjennemerke(k.Kjennemerke, k.Kategori, Kodeverk.Kjennemerketype(k.Type), Tid.FraLagret(k.Fom), Tid.FraLagretSlutt(k.Til));
            if (k.Kategori == "PERSONLIG" || hovedkjennemerke is null)
            {
                hovedkjennemerke = k.Kjennemerke;
            }
        }

        return new Kjoretoy(
            new KjoretoyIdentitet(rad.Kuid, rad.Understellsnummer, hovedkjennemerke),
            rad.ForstegangDato is { } forstegang ? new Forstegangsregistrering(Dato(forstegang)) : null,
            Eierforhold(rader.Eierskap),
            plater,
            Registrering(rader.Registrering),
            rad.Godkjenning is { } godkjenning ? new RawJson(godkjenning) : null,
            rad.Kontrollfrist is not null || rad.SistGodkjent is not null
                ? new PeriodiskKjoretoyKontroll(Dato(rad.Kontrollfrist), Dato(rad.SistGodkjent))
                : null);
    }

    public static PersonEnhet PersonEnhet(PartRad part, long? fom, long? til)
    {
        var person = part.Fnr is { } fnr
            ? new Person(fnr, Fodselsnummer.TryParse(fnr, out var gyldig, out _) ? gyldig.Fodselsdato : null, part.Fornavn ?? "", part.Mellomnavn, part.Etternavn ?? "")
            : null;
        var enhet = part.Orgnr is { } orgnr ? new Enhet(orgnr, part.Orgnavn ?? "") : null;
        return new PersonEnhet(
            person,
            enhet,
            part.Adresse,
            fom is { } f ? Tid.FraLagret(f) : null,
            til is { } s ? Tid.FraLagretSlutt(s) : null);
    }

    private static Eierforhold? Eierforhold(EierskapRad? e)
    {
        if (e is null)
        {
            return null;
        }

        return new Eierforhold(
            PersonEnhet(e.Eier, e.Fom, e.Til),
            Rolle(e.Medeier, e),
            Rolle(e.Leasingtaker, e),
            Rolle(e.Underenhet, e),
            e.Vedtak is { } vedtak ? Tid.FraLagret(vedtak) : null);
    }

    private static PersonEnhet? Rolle(PartRad? part, EierskapRad e) => part is null ? null : PersonEnhet(part, e.Fom, e.Til);

    private static Registrering? Registrering(RegistreringRad? r) =>
        r is null
            ? null
            : new Registrering(
                Kodeverk.Registreringsstatus(r.Status),
                r.KjoringensArt is { } art ? Kodeverk.KjoringensArt(art) : null,
                Tid.FraLagret(r.Fom),
                Tid.FraLagretSlutt(r.Til));

    /// <summary>A stored date, always written <c>yyyy-MM-dd</c> by the import.</summary>
    private static DateOnly? Dato(string? tekst) =>
        tekst is null
            ? null
            : new DateOnly(Tall(tekst.AsSpan(0, 4)), Tall(tekst.AsSpan(5, 2)), Tall(tekst.AsSpan(8, 2)));

    private static int Tall(ReadOnlySpan<char> sifre) => int.Parse(sifre, NumberStyles.None, CultureInfo.InvariantCulture);
}
