namespace Kjoretoyregister.Contracts.Svv;

/// <summary>The catalogue of per-item response codes (<c>responskoder[].kode</c>). Tests assert the code, not the prose.</summary>
public static class Responskoder
{
    public const string KjennemerkeUkjent = "KJENNEMERKE_UKJENT";
    public const string KuidUkjent = "KUID_UKJENT";
    public const string UnderstellsnummerUkjent = "UNDERSTELLSNUMMER_UKJENT";
    public const string UgyldigKjennemerke = "UGYLDIG_KJENNEMERKE";
    public const string UgyldigKuid = "UGYLDIG_KUID";
    public const string UgyldigDtg = "UGYLDIG_DTG";

    public static Responskode UkjentKjennemerke(Kjennemerke kjennemerke) =>
        new(KjennemerkeUkjent, $"Fant ikke kjøretøy med kjennemerke {kjennemerke} på oppgitt tidspunkt");

    public static Responskode UkjentKuid(Kuid kuid) =>
        new(KuidUkjent, $"Fant ikke kjøretøy med kuid {kuid}");

    public static Responskode UkjentUnderstellsnummer(Understellsnummer understellsnummer) =>
        new(UnderstellsnummerUkjent, $"Fant ikke kjøretøy med understellsnummer {understellsnummer}");
}
