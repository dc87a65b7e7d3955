using System.Text.Json;

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>Fixed values of the import format (SVV's codes), encoded once.</summary>
internal static class Kodeverdi
{
    public static readonly JsonEncodedText Kjoretoy = Tekst.Kod("kjoretoy");
    public static readonly JsonEncodedText Provekjennemerke = Tekst.Kod("provekjennemerke");
    public static readonly JsonEncodedText KategoriKjoretoy = Tekst.Kod("KJORETOY");
    public static readonly JsonEncodedText KategoriPersonlig = Tekst.Kod("PERSONLIG");
    public static readonly JsonEncodedText Ordinart = Tekst.Kod("ORDINART");
    public static readonly JsonEncodedText Veteran = Tekst.Kod("VETERAN");
    public static readonly JsonEncodedText VarebilKlasse2 = Tekst.Kod("VAREBIL_KLASSE_2");
    public static readonly JsonEncodedText Registrert = Tekst.Kod("REGISTRERT");
    public static readonly JsonEncodedText Avregistrert = Tekst.Kod("AVREGISTRERT");
    public static readonly JsonEncodedText Uregistrert = Tekst.Kod("UREGISTRERT");
    public static readonly JsonEncodedText Utfort = Tekst.Kod("UTFORT");
    public static readonly JsonEncodedText Vraket = Tekst.Kod("VRAKET");
    public static readonly JsonEncodedText EgentranspAnnen = Tekst.Kod("EGENTRANSP_ANNEN");
    public static readonly JsonEncodedText Norge = Tekst.Kod("NORGE");
    public static readonly JsonEncodedText Nor = Tekst.Kod("NOR");
    public static readonly JsonEncodedText Dagsprovekjennemerke = Tekst.Kod("DAGSPROVEKJENNEMERKE");
    public static readonly JsonEncodedText Arsprovekjennemerke = Tekst.Kod("ARSPROVEKJENNEMERKE");
    public static readonly JsonEncodedText BensinKode = Tekst.Kod("1");
    public static readonly JsonEncodedText Bensin = Tekst.Kod("Bensin");
    public static readonly JsonEncodedText DieselKode = Tekst.Kod("2");
    public static readonly JsonEncodedText Diesel = Tekst.Kod("Diesel");
    public static readonly JsonEncodedText ElektrisitetKode = Tekst.Kod("5");
    public static readonly JsonEncodedText Elektrisitet = Tekst.Kod("Elektrisitet");

    /// <summary>What a driving slip was for; PROVEKJORING most often.</summary>
    public static readonly JsonEncodedText[] Formal = Tekst.Liste(
        "PROVEKJORING PROVEKJORING PROVEKJORING PROVEKJORING KJORETOYKONTROLL REGISTRERING VERKSTED DEMONSTRASJON");

    public static JsonEncodedText Status(Registreringsstatus status) => status switch
    {
        Registreringsstatus.Registrert => Registrert,
        Registreringsstatus.Avregistrert => Avregistrert,
        Registreringsstatus.Uregistrert => Uregistrert,
        Registreringsstatus.Utfort => Utfort,
        _ => Vraket,
    };
}

internal enum Registreringsstatus : byte
{
    Registrert,
    Avregistrert,
    Uregistrert,
    Utfort,
    Vraket,
}
