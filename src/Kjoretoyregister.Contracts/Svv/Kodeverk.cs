using System.Collections.Frozen;

namespace Kjoretoyregister.Contracts.Svv;

/// <summary>
/// SVV's code lists for the codes this register returns. Known codes get their name and description;
/// an unknown code is returned with its value alone, never refused.
/// </summary>
public static class Kodeverk
{
    private static readonly FrozenDictionary<string, KodeverkType> Registreringsstatuser = Lag(
        ("REGISTRERT", "Registrert", "Registrert"),
        ("AVREGISTRERT", "Avregistrert", "Avregistrert"),
        ("UREGISTRERT", "Uregistrert", "Uregistrert"),
        ("UTFORT", "Utført", "Utført av landet"),
        ("VRAKET", "Vraket", "Vraket"));

    private static readonly FrozenDictionary<string, KodeverkType> Kjennemerketyper = Lag(
        ("ORDINART", "Ordinære kjennemerker", "Sorte tegn på hvit bunn"),
        ("VAREBIL_KLASSE_2", "Varebil klasse 2", "Sorte tegn på grønn bunn"),
        ("VETERAN", "Veterankjennemerker", "Sorte tegn på hvit bunn, veteran"),
        ("AMBASSADE", "Ambassadekjennemerker", "Hvite tegn på blå bunn"),
        ("MIDLERTIDIG", "Midlertidige kjennemerker", "Midlertidige kjennemerker"),
        ("DAGSPROVEKJENNEMERKE", "Dagsprøvekjennemerke", "Prøvekjennemerke for én dag"),
        ("ARSPROVEKJENNEMERKE", "Årsprøvekjennemerke", "Prøvekjennemerke for ett år"),
        ("ARSPROVEKJENNEMERKE_T", "Årsprøvekjennemerke traktor", "Prøvekjennemerke for ett år, traktor"));

    private static readonly FrozenDictionary<string, KodeverkType> KjoringensArter = Lag(
        ("EGENTRANSP_ANNEN", "Egentransport", "Egentransport, annen"),
        ("LEIEBIL", "Leiebil", "Utleie uten fører"),
        ("DROSJE", "Drosje", "Drosjeløyve"),
        ("GODSTRANSP", "Godstransport", "Godstransport for andre"));

    public static KodeverkType Registreringsstatus(string kode) => Finn(Registreringsstatuser, kode);

    public static KodeverkType Kjennemerketype(string kode) => Finn(Kjennemerketyper, kode);

    public static KodeverkType KjoringensArt(string kode) => Finn(KjoringensArter, kode);

    private static KodeverkType Finn(FrozenDictionary<string, KodeverkType> liste, string kode) =>
        liste.TryGetValue(kode, out var kjent) ? kjent : new KodeverkType(kode);

    private static FrozenDictionary<string, KodeverkType> Lag(params (string Verdi, string Navn, string Beskrivelse)[] koder) =>
        koder.ToFrozenDictionary(k => k.Verdi, k => new KodeverkType(k.Verdi, k.Navn, k.Beskrivelse), StringComparer.Ordinal);
}
