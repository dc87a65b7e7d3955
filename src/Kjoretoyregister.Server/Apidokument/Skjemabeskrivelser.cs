using System.Collections.Frozen;

namespace Kjoretoyregister.Server.Apidokument;

/// <summary>
/// The bokmål descriptions of the contract's schemas and of the properties a vendor needs explained. The
/// records' own XML comments are written for developers in English and would leak C# into the document,
/// so the server does not feed them to it (Kjoretoyregister.Server.csproj); these texts are the document's.
/// </summary>
internal static class Skjemabeskrivelser
{
    private static readonly FrozenDictionary<string, string> Skjemaer = new Dictionary<string, string>
    {
        ["Adresse"] = "En postadresse slik Statens vegvesen gir den.",
        ["Eierforhold"] = "Eierskapet på oppslagstidspunktet: eier, medeier, leasingtaker og underenhet, hver utelatt når det ikke finnes.",
        ["Enhet"] = "En organisasjon.",
        ["ErrorMessage"] = "Fiks-plattformens feilkropp, i hvert feilsvar. errorId står også i tjenestens logg.",
        ["Forstegangsregistrering"] = "Første registrering i Norge.",
        ["KjennemerkeForesporsel"] = "Ett kjennemerke å slå opp, med valgfritt tidspunkt.",
        ["Kjoreseddel"] = "Kjøreseddelen et prøvekjennemerke er brukt på: bruker, periode og formål.",
        ["Kjoretoy"] = "Et kjøretøy slik Statens vegvesen gir det på oppslagstidspunktet.",
        ["KjoretoyIdentitet"] = "Kjøretøyets identitet: kuid, understellsnummer og hovedkjennemerket på tidspunktet.",
        ["KjoretoyKjennemerke"] = "Et kjennemerke som satt på kjøretøyet på tidspunktet.",
        ["KjoretoyResponse"] = "Ett svar i et oppslag: kjøretøyet, responskodene for elementet, og for et prøvekjennemerke også provekjennemerke (denne kontraktens utvidelse). Et element uten treff har bare responskoder.",
        ["KjoretoysokResponse"] = "En side av et søk (sok/eiernavn).",
        ["KodeverkType"] = "En kode fra Statens vegvesens kodeverk, med navn og beskrivelse.",
        ["KsEier"] = "Eieren (en person) og datoen eierskapet gjelder fra.",
        ["KsEierOrganisasjon"] = "Eieren (en organisasjon) og datoen eierskapet gjelder fra.",
        ["KsEierskap"] = "Eierskapet til et kjøretøy en person har.",
        ["KsEierskapOrganisasjon"] = "Eierskapet til et kjøretøy en organisasjon har.",
        ["KsKjoretoy"] = "Et kjøretøy i KS' v1-form (personoppslag).",
        ["KsKjoretoyOrganisasjon"] = "Et kjøretøy i KS' v1-form (organisasjonsoppslag).",
        ["KsOrganisasjon"] = "En organisasjon i KS' v1-form.",
        ["KsPerson"] = "En person i KS' v1-form (uten fødselsnummer: det står i svarets fnr).",
        ["KsRegistrering"] = "Registreringsstatus i KS' v1-form.",
        ["KsTekniskeData"] = "Tekniske data i KS' v1-form.",
        ["KuidForesporsel"] = "Én kuid å slå opp, med valgfritt tidspunkt.",
        ["OrganisasjonKjoretoyResponse"] = "Kjøretøyene en organisasjon eier, er medeier i eller leaser nå.",
        ["OrganisasjonOppslag"] = "Et organisasjonsoppslag, med valgfri side (fra, antall).",
        ["PeriodiskKjoretoyKontroll"] = "EU-kontrollen: frist og siste godkjente kontroll.",
        ["Person"] = "En person. fodselsdato er utledet av fodselsnummer.",
        ["PersonEnhet"] = "En person eller en organisasjon (aldri begge) i en rolle, med perioden rollen gjaldt.",
        ["PersonKjoretoyResponse"] = "Kjøretøyene en person eier, er medeier i eller leaser nå.",
        ["PersonOppslag"] = "Et personoppslag.",
        ["Provekjennemerke"] = "Et prøvekjennemerke (dags- eller årsprøvekjennemerke): eieren og eventuelt kjøreseddelen på tidspunktet.",
        ["RawJson"] = "Godkjenningsdata som JSON, slik Statens vegvesen gir dem.",
        ["Registrering"] = "Registreringen på tidspunktet.",
        ["Responskode"] = "En responskode for ett element: KJENNEMERKE_UKJENT, KUID_UKJENT, UNDERSTELLSNUMMER_UKJENT, UGYLDIG_KJENNEMERKE, UGYLDIG_KUID eller UGYLDIG_DTG.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Egenskaper = new Dictionary<string, string>
    {
        ["ErrorMessage.timestamp"] = "Tidspunktet for feilen, millisekunder siden 1970-01-01T00:00:00Z.",
        ["ErrorMessage.status"] = "HTTP-statusen.",
        ["ErrorMessage.error"] = "HTTP-statusens navn.",
        ["ErrorMessage.errorId"] = "Feilens id, også skrevet i tjenestens logg: oppgi den til KS ved henvendelse.",
        ["ErrorMessage.path"] = "Stien som ble kalt.",
        ["ErrorMessage.message"] = "Feilen forklart for et menneske. Teksten kan endres; bruk errorCode.",
        ["ErrorMessage.errorJson"] = "Mer om feilen som JSON, når det finnes.",
        ["KjennemerkeForesporsel.kjennemerke"] = "Kjennemerket: store og små bokstaver likt, mellomrom og bindestrek ignoreres.",
        ["KjennemerkeForesporsel.dtg"] = "Tidspunktet, ISO 8601 eller datotidsgruppe. Uten: nå.",
        ["KuidForesporsel.kuid"] = "Kjøretøyets id hos Statens vegvesen: 1–20 sifre.",
        ["KuidForesporsel.dtg"] = "Tidspunktet, ISO 8601 eller datotidsgruppe. Uten: nå.",
        ["PersonOppslag.fnr"] = "Fødselsnummer eller D-nummer, 11 sifre.",
        ["OrganisasjonOppslag.organisasjonsnummer"] = "Organisasjonsnummeret, 9 sifre.",
        ["OrganisasjonOppslag.fra"] = "Første treff på siden, fra 0 (standard 0).",
        ["OrganisasjonOppslag.antall"] = "Høyst så mange treff (1–1000, standard 100).",
        ["Person.fodselsnummer"] = "Fødselsnummer eller D-nummer.",
        ["Person.fodselsdato"] = "Fødselsdatoen, utledet av fodselsnummer.",
        ["KjoretoysokResponse.antallITreffliste"] = "Antall treff på denne siden.",
        ["KjoretoysokResponse.antallTreffTotalt"] = "Antall treff i alt.",
        ["KodeverkType.tidligereKodeVerdi"] = "Tidligere verdier av koden.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // A lookup's key is required in the request even though the record lets it be null (an item without
    // one is answered in its place, not refused), so generated clients always send it.
    private static readonly FrozenSet<string> Paakrevd = FrozenSet.Create(StringComparer.Ordinal,
        "KjennemerkeForesporsel.kjennemerke", "KuidForesporsel.kuid", "PersonOppslag.fnr", "OrganisasjonOppslag.organisasjonsnummer");

    public static string? For(string skjema) => Skjemaer.GetValueOrDefault(skjema);

    public static string? For(string skjema, string egenskap) => Egenskaper.GetValueOrDefault(skjema + "." + egenskap);

    public static bool PaakrevdIForesporsel(string skjema, string egenskap) => Paakrevd.Contains(skjema + "." + egenskap);
}
