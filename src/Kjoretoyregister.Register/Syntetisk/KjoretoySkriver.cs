using System.Text.Json;

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// Writes a <see cref="KjoretoyUtkast"/> as one <c>"type": "kjoretoy"</c> object of the import format;
/// with <paramref name="tekniskeData"/>, its <c>godkjenning</c> is the full one.
/// </summary>
internal sealed class KjoretoySkriver(Parter parter, TekniskeData? tekniskeData = null)
{
    /// <summary>kuid = base + index: 10 digits, unique per vehicle.</summary>
    public const long KuidBase = 1_000_000_000;

    public void Skriv(Utf8JsonWriter w, KjoretoyUtkast u)
    {
        Span<byte> tekst = stackalloc byte[Oslotid.TidspunktLengde];
        w.WriteStartObject();
        w.WriteString(Felt.Type, Kodeverdi.Kjoretoy);
        w.WriteString(Felt.Kuid, tekst[..Tekst.Legg(tekst, 0, KuidBase + u.Indeks)]);
        w.WriteString(Felt.Understellsnummer, u.Understellsnummer);
        if (u.Forstegangsdag >= 0)
        {
            w.WriteStartObject(Felt.Forstegangsregistrering);
            SkrivDato(w, Felt.RegistrertForstegangNorgeDato, u.Forstegangsdag);
            w.WriteEndObject();
        }

        w.WriteStartArray(Felt.Kjennemerker);
        for (var i = 0; i < u.AntallKjennemerker; i++)
        {
            var k = u.Kjennemerker[i];
            w.WriteStartObject();
            w.WriteString(Felt.Kjennemerke, k.Tekst.AsSpan(0, k.Lengde));
            w.WriteString(Felt.Kjennemerkekategori, k.Personlig ? Kodeverdi.KategoriPersonlig : Kodeverdi.KategoriKjoretoy);
            w.WriteString(Felt.Kjennemerketype, k.Type);
            SkrivPeriode(w, k.Fom, k.Til);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray(Felt.Registreringer);
        for (var i = 0; i < u.AntallRegistreringer; i++)
        {
            var r = u.Registreringer[i];
            w.WriteStartObject();
            w.WriteString(Felt.Registreringsstatus, Kodeverdi.Status(r.Status));
            if (r.Status == Registreringsstatus.Registrert)
            {
                w.WriteString(Felt.KjoringensArt, Kodeverdi.EgentranspAnnen);
            }

            SkrivPeriode(w, r.Fom, r.Til);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray(Felt.Eierskap);
        for (var i = 0; i < u.AntallEierskap; i++)
        {
            SkrivEierskap(w, u.Eierskap[i]);
        }

        w.WriteEndArray();
        if (tekniskeData is null)
        {
            SkrivGodkjenning(w, u);
        }
        else
        {
            w.WritePropertyName(Felt.Godkjenning);
            w.WriteRawValue(tekniskeData.For(u), skipInputValidation: true);
        }
        if (u.Kontrollfrist >= 0)
        {
            w.WriteStartObject(Felt.PeriodiskKjoretoyKontroll);
            SkrivDato(w, Felt.Kontrollfrist, u.Kontrollfrist);
            if (u.SistGodkjent >= 0)
            {
                SkrivDato(w, Felt.SistGodkjent, u.SistGodkjent);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>Writes <c>fomTidspunkt</c> and <c>tilTidspunkt</c> (null when open).</summary>
    public static void SkrivPeriode(Utf8JsonWriter w, int fom, int til)
    {
        SkrivTidspunkt(w, Felt.FomTidspunkt, fom);
        SkrivTidspunkt(w, Felt.TilTidspunkt, til);
    }

    public static void SkrivTidspunkt(Utf8JsonWriter w, JsonEncodedText navn, int minutt)
    {
        if (minutt == KjoretoyUtkast.Apen)
        {
            w.WriteNull(navn);
            return;
        }

        Span<byte> tekst = stackalloc byte[Oslotid.TidspunktLengde];
        Oslotid.SkrivTidspunkt(minutt, tekst);
        w.WriteString(navn, tekst);
    }

    private static void SkrivDato(Utf8JsonWriter w, JsonEncodedText navn, int dag)
    {
        Span<byte> tekst = stackalloc byte[Oslotid.DatoLengde];
        Oslotid.SkrivDato(dag, tekst);
        w.WriteString(navn, tekst);
    }

    private void SkrivEierskap(Utf8JsonWriter w, Eierskapsperiode e)
    {
        w.WriteStartObject();
        SkrivPeriode(w, e.Fom, e.Til);
        SkrivTidspunkt(w, Felt.Vedtakstidspunkt, e.Fom);
        parter.Skriv(w, Felt.Eier, e.Eier, medAdresse: true);
        if (e.Medeier.Finnes)
        {
            parter.Skriv(w, Felt.Medeier, e.Medeier, medAdresse: false);
        }

        if (e.Leasingtaker.Finnes)
        {
            parter.Skriv(w, Felt.Leasingtaker, e.Leasingtaker, medAdresse: false);
        }

        if (e.Underenhet.Finnes)
        {
            parter.Skriv(w, Felt.Underenhet, e.Underenhet, medAdresse: true);
        }

        w.WriteEndObject();
    }

    private static void SkrivGodkjenning(Utf8JsonWriter w, KjoretoyUtkast u)
    {
        var modell = u.Modell;
        w.WriteStartObject(Felt.Godkjenning);
        w.WriteStartObject(Felt.TekniskGodkjenning);
        w.WriteStartObject(Felt.Kjoretoyklassifisering);
        w.WriteString(Felt.Beskrivelse, modell.Klassebeskrivelse);
        w.WriteStartObject(Felt.TekniskKode);
        w.WriteString(Felt.KodeVerdi, modell.Klasse);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject(Felt.TekniskeData);
        w.WriteStartObject(Felt.Generelt);
        w.WriteStartArray(Felt.Merke);
        w.WriteStartObject();
        w.WriteString(Felt.Merke, modell.Merke);
        w.WriteString(Felt.MerkeKode, modell.MerkeKode);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray(Felt.Handelsbetegnelse);
        w.WriteStringValue(modell.Handelsbetegnelse);
        w.WriteEndArray();
        w.WriteEndObject();
        if (u.Drivstoff != Drivstoff.Ingen)
        {
            w.WriteStartObject(Felt.Miljodata);
            w.WriteStartArray(Felt.MiljoOgdrivstoffGruppe);
            if (u.Drivstoff is Drivstoff.Bensin or Drivstoff.Hybrid)
            {
                SkrivDrivstoff(w, Kodeverdi.BensinKode, Kodeverdi.Bensin);
            }

            if (u.Drivstoff == Drivstoff.Diesel)
            {
                SkrivDrivstoff(w, Kodeverdi.DieselKode, Kodeverdi.Diesel);
            }

            if (u.Drivstoff is Drivstoff.Elektrisitet or Drivstoff.Hybrid)
            {
                SkrivDrivstoff(w, Kodeverdi.ElektrisitetKode, Kodeverdi.Elektrisitet);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void SkrivDrivstoff(Utf8JsonWriter w, JsonEncodedText kode, JsonEncodedText navn)
    {
        w.WriteStartObject();
        w.WriteStartObject(Felt.DrivstoffKodeMiljodata);
        w.WriteString(Felt.KodeVerdi, kode);
        w.WriteString(Felt.KodeNavn, navn);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
