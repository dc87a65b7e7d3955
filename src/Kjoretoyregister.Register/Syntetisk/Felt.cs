using System.Text.Json;

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>The import format's property names and fixed values, encoded once.</summary>
internal static class Felt
{
    public static readonly JsonEncodedText Type = Tekst.Kod("type");
    public static readonly JsonEncodedText Kuid = Tekst.Kod("kuid");
    public static readonly JsonEncodedText Prkid = Tekst.Kod("prkid");
    public static readonly JsonEncodedText Understellsnummer = Tekst.Kod("understellsnummer");
    public static readonly JsonEncodedText Forstegangsregistrering = Tekst.Kod("forstegangsregistrering");
    public static readonly JsonEncodedText RegistrertForstegangNorgeDato = Tekst.Kod("registrertForstegangNorgeDato");
    public static readonly JsonEncodedText Kjennemerker = Tekst.Kod("kjennemerker");
    public static readonly JsonEncodedText Kjennemerke = Tekst.Kod("kjennemerke");
    public static readonly JsonEncodedText Kjennemerkekategori = Tekst.Kod("kjennemerkekategori");
    public static readonly JsonEncodedText Kjennemerketype = Tekst.Kod("kjennemerketype");
    public static readonly JsonEncodedText FomTidspunkt = Tekst.Kod("fomTidspunkt");
    public static readonly JsonEncodedText TilTidspunkt = Tekst.Kod("tilTidspunkt");
    public static readonly JsonEncodedText Registreringer = Tekst.Kod("registreringer");
    public static readonly JsonEncodedText Registreringsstatus = Tekst.Kod("registreringsstatus");
    public static readonly JsonEncodedText KjoringensArt = Tekst.Kod("kjoringensArt");
    public static readonly JsonEncodedText Eierskap = Tekst.Kod("eierskap");
    public static readonly JsonEncodedText Vedtakstidspunkt = Tekst.Kod("vedtakstidspunkt");
    public static readonly JsonEncodedText Eier = Tekst.Kod("eier");
    public static readonly JsonEncodedText Medeier = Tekst.Kod("medeier");
    public static readonly JsonEncodedText Leasingtaker = Tekst.Kod("leasingtaker");
    public static readonly JsonEncodedText Underenhet = Tekst.Kod("underenhet");
    public static readonly JsonEncodedText Person = Tekst.Kod("person");
    public static readonly JsonEncodedText Fodselsnummer = Tekst.Kod("fodselsnummer");
    public static readonly JsonEncodedText Fornavn = Tekst.Kod("fornavn");
    public static readonly JsonEncodedText Mellomnavn = Tekst.Kod("mellomnavn");
    public static readonly JsonEncodedText Etternavn = Tekst.Kod("etternavn");
    public static readonly JsonEncodedText Enhet = Tekst.Kod("enhet");
    public static readonly JsonEncodedText Organisasjonsnummer = Tekst.Kod("organisasjonsnummer");
    public static readonly JsonEncodedText Organisasjonsnavn = Tekst.Kod("organisasjonsnavn");
    public static readonly JsonEncodedText Adresse = Tekst.Kod("adresse");
    public static readonly JsonEncodedText Adresselinje1 = Tekst.Kod("adresselinje1");
    public static readonly JsonEncodedText Postnummer = Tekst.Kod("postnummer");
    public static readonly JsonEncodedText Poststed = Tekst.Kod("poststed");
    public static readonly JsonEncodedText Kommunenummer = Tekst.Kod("kommunenummer");
    public static readonly JsonEncodedText Kommunenavn = Tekst.Kod("kommunenavn");
    public static readonly JsonEncodedText Land = Tekst.Kod("land");
    public static readonly JsonEncodedText Landkode = Tekst.Kod("landkode");
    public static readonly JsonEncodedText Godkjenning = Tekst.Kod("godkjenning");
    public static readonly JsonEncodedText TekniskGodkjenning = Tekst.Kod("tekniskGodkjenning");
    public static readonly JsonEncodedText Kjoretoyklassifisering = Tekst.Kod("kjoretoyklassifisering");
    public static readonly JsonEncodedText Beskrivelse = Tekst.Kod("beskrivelse");
    public static readonly JsonEncodedText TekniskKode = Tekst.Kod("tekniskKode");
    public static readonly JsonEncodedText KodeVerdi = Tekst.Kod("kodeVerdi");
    public static readonly JsonEncodedText KodeNavn = Tekst.Kod("kodeNavn");
    public static readonly JsonEncodedText TekniskeData = Tekst.Kod("tekniskeData");
    public static readonly JsonEncodedText Generelt = Tekst.Kod("generelt");
    public static readonly JsonEncodedText Merke = Tekst.Kod("merke");
    public static readonly JsonEncodedText MerkeKode = Tekst.Kod("merkeKode");
    public static readonly JsonEncodedText Handelsbetegnelse = Tekst.Kod("handelsbetegnelse");
    public static readonly JsonEncodedText Miljodata = Tekst.Kod("miljodata");
    public static readonly JsonEncodedText MiljoOgdrivstoffGruppe = Tekst.Kod("miljoOgdrivstoffGruppe");
    public static readonly JsonEncodedText DrivstoffKodeMiljodata = Tekst.Kod("drivstoffKodeMiljodata");
    public static readonly JsonEncodedText PeriodiskKjoretoyKontroll = Tekst.Kod("periodiskKjoretoyKontroll");
    public static readonly JsonEncodedText Kontrollfrist = Tekst.Kod("kontrollfrist");
    public static readonly JsonEncodedText SistGodkjent = Tekst.Kod("sistGodkjent");
    public static readonly JsonEncodedText Kjoresedler = Tekst.Kod("kjoresedler");
    public static readonly JsonEncodedText Bruker = Tekst.Kod("bruker");
    public static readonly JsonEncodedText Formal = Tekst.Kod("formal");
}
