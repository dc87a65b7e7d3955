namespace Kjoretoyregister.Server.Feil;

/// <summary>
/// The stable <c>errorCode</c>s of the API's error answers. Callers and tests match on these, never on
/// the message text. <see cref="Alle"/> is the one catalogue: the API document lists its codes per
/// status, and a test holds every constant here in it.
/// </summary>
public static class Feilkode
{
    /// <summary>400: the body is not JSON, or a value has the wrong JSON type.</summary>
    public const string UgyldigJson = "UGYLDIG_JSON";

    /// <summary>400: a bulk list with no items.</summary>
    public const string TomListe = "TOM_LISTE";

    /// <summary>400: a bulk list with more than 100 items.</summary>
    public const string ForMangeElementer = "FOR_MANGE_ELEMENTER";

    /// <summary>400: the fiksOrgId in the path is not a UUID.</summary>
    public const string UgyldigFiksOrgId = "UGYLDIG_FIKS_ORG_ID";

    /// <summary>400: an invalid understellsnummer.</summary>
    public const string UgyldigUnderstellsnummer = "UGYLDIG_UNDERSTELLSNUMMER";

    /// <summary>400: an invalid fødselsnummer or D-nummer.</summary>
    public const string UgyldigFodselsnummer = "UGYLDIG_FODSELSNUMMER";

    /// <summary>400: an invalid organisasjonsnummer.</summary>
    public const string UgyldigOrganisasjonsnummer = "UGYLDIG_ORGANISASJONSNUMMER";

    /// <summary>400: an invalid point in time (dtg).</summary>
    public const string UgyldigDtg = "UGYLDIG_DTG";

    /// <summary>400: a paging or search parameter out of range (fra, antall, navn).</summary>
    public const string UgyldigParameter = "UGYLDIG_PARAMETER";

    /// <summary>400: the Formal header is too long or has characters that are not allowed.</summary>
    public const string UgyldigFormal = "UGYLDIG_FORMAL";

    /// <summary>400: the Saksbehandler header is longer than 100 characters or has control characters.</summary>
    public const string UgyldigSaksbehandler = "UGYLDIG_SAKSBEHANDLER";

    /// <summary>400: the Saksreferanse header is longer than 100 characters or has control characters.</summary>
    public const string UgyldigSaksreferanse = "UGYLDIG_SAKSREFERANSE";

    /// <summary>400: the integration requires a purpose ("Formål påkrevd") and the Formal header is missing or empty.</summary>
    public const string FormalMangler = "FORMAL_MANGLER";

    /// <summary>400: the integration requires a purpose ("Formål påkrevd") and the Formal header is not a code in the organisation's catalogue.</summary>
    public const string FormalUkjent = "FORMAL_UKJENT";

    /// <summary>401: the Maskinporten access token is missing or not valid.</summary>
    public const string UgyldigToken = "UGYLDIG_TOKEN";

    /// <summary>401: the integration headers are missing, unknown or do not match.</summary>
    public const string AutentiseringFeilet = "AUTENTISERING_FEILET";

    /// <summary>403: the integration may not search this organisation's register access.</summary>
    public const string ManglerTilgang = "MANGLER_TILGANG";

    /// <summary>404: no such path.</summary>
    public const string IkkeFunnet = "IKKE_FUNNET";

    /// <summary>405: the path exists, not with this method.</summary>
    public const string MetodeIkkeTillatt = "METODE_IKKE_TILLATT";

    /// <summary>413: the body is larger than the limit.</summary>
    public const string ForStorForesporsel = "FOR_STOR_FORESPORSEL";

    /// <summary>415: the body is not sent as application/json.</summary>
    public const string UgyldigInnholdstype = "UGYLDIG_INNHOLDSTYPE";

    /// <summary>429: too many wrong passwords for this integration lately; wait as Retry-After says.</summary>
    public const string ForMangeForsok = "FOR_MANGE_FORSOK";

    /// <summary>503: the lookup could not be written to the audit log, so no data was given out.</summary>
    public const string LoggUtilgjengelig = "OPPSLAGSLOGG_UTILGJENGELIG";

    /// <summary>503: the service's own database (the register, the Fiks data or the audit log) cannot be reached now; no data was given out. It recovers by itself: try again.</summary>
    public const string LagringUtilgjengelig = "LAGRING_UTILGJENGELIG";

    /// <summary>503: the Maskinporten issuer's metadata or keys could not be fetched, so no token can be validated.</summary>
    public const string MaskinportenUtilgjengelig = "MASKINPORTEN_UTILGJENGELIG";

    /// <summary>
    /// 429: a quota is used up; wait as Retry-After says. Fair use (Kvote/): the integration's own or its
    /// organisation's shared bucket, before the lookup (audited as refused); live mode: Statens vegvesen's quota
    /// for the platform (audited as failed).
    /// </summary>
    public const string KvoteOppbrukt = "KVOTE_OPPBRUKT";

    /// <summary>
    /// 502/503/504: the register (Statens vegvesen's API, in live mode) could not answer: unreachable or
    /// failing (502), refused or shielded while it recovers (503), or too slow (504). The lookup is logged.
    /// </summary>
    public const string RegisterUtilgjengelig = "REGISTER_UTILGJENGELIG";

    /// <summary>500: an unexpected fault; the errorId finds it in the server's log.</summary>
    public const string InternFeil = "INTERN_FEIL";

    /// <summary>
    /// Every code with its statuses and its meaning in bokmål, in the order the API document lists them.
    /// New codes may come: clients must treat an unknown code by its HTTP status.
    /// </summary>
    public static IReadOnlyList<Feilkodebeskrivelse> Alle { get; } =
    [
        new(UgyldigJson, [400], "Innholdet er ikke JSON, eller en verdi har feil JSON-type."),
        new(TomListe, [400], "En bulkliste uten elementer."),
        new(ForMangeElementer, [400], "En bulkliste med mer enn 100 elementer."),
        new(UgyldigFiksOrgId, [400], "fiksOrgId i stien er ikke en UUID."),
        new(UgyldigUnderstellsnummer, [400], "Ugyldig understellsnummer."),
        new(UgyldigFodselsnummer, [400], "Ugyldig fødselsnummer eller D-nummer."),
        new(UgyldigOrganisasjonsnummer, [400], "Ugyldig organisasjonsnummer."),
        new(UgyldigDtg, [400], "Ugyldig tidspunkt (dtg)."),
        new(UgyldigParameter, [400], "En søke- eller sideparameter er utenfor det tillatte (navn, fra, antall, erPerson, postnummer)."),
        new(UgyldigFormal, [400], "Headeren Formal er for lang eller har tegn som ikke er tillatt."),
        new(UgyldigSaksbehandler, [400], "Headeren Saksbehandler er lengre enn 100 tegn eller har kontrolltegn."),
        new(UgyldigSaksreferanse, [400], "Headeren Saksreferanse er lengre enn 100 tegn eller har kontrolltegn."),
        new(FormalMangler, [400], "Integrasjonen krever formål (Formål påkrevd), og headeren Formal mangler eller er tom. Kallet er logget som ugyldig."),
        new(FormalUkjent, [400], "Integrasjonen krever formål (Formål påkrevd), og headeren Formal er ikke en kode i organisasjonens formålskatalog. Kallet er logget som ugyldig."),
        new(UgyldigToken, [401], "Maskinporten-tokenet mangler eller er ikke gyldig."),
        new(AutentiseringFeilet, [401], "Integrasjonsheaderne mangler, integrasjonen er ukjent, eller passordet stemmer ikke."),
        new(ManglerTilgang, [403], "Integrasjonen har ikke rett til å søke i kjøretøyregisteret for denne organisasjonen."),
        new(IkkeFunnet, [404], "Ingen tjeneste på stien."),
        new(MetodeIkkeTillatt, [405], "Stien finnes, men ikke med denne metoden."),
        new(ForStorForesporsel, [413], "Forespørselen er større enn grensen (64 KiB for oppslag)."),
        new(UgyldigInnholdstype, [415], "Innholdet er ikke sendt som application/json."),
        new(ForMangeForsok, [429], "For mange feil passord for integrasjonen i det siste; vent så lenge Retry-After sier."),
        new(KvoteOppbrukt, [429], "En kvote er brukt opp: integrasjonens egen eller organisasjonens felles kvote for rettferdig bruk (message sier hvilken; kallet er logget som avvist), eller Statens vegvesens kvote for plattformen (oppslaget er logget som feilet). Vent så lenge Retry-After sier."),
        new(InternFeil, [500], "En uventet feil; errorId finner den i tjenestens logg."),
        new(RegisterUtilgjengelig, [502, 503, 504], "Registeret (Statens vegvesens API) kunne ikke svare: utilgjengelig eller feilet (502), avviste eller skjermes mens det henter seg inn (503), eller for tregt (504). Oppslaget er logget."),
        new(LoggUtilgjengelig, [503], "Oppslaget kunne ikke skrives til oppslagsloggen, så ingen data ble gitt ut."),
        new(LagringUtilgjengelig, [503], "Tjenestens egen database svarer ikke nå; ingen data ble gitt ut. Prøv igjen om litt."),
        new(MaskinportenUtilgjengelig, [503], "Maskinportens metadata eller nøkler kunne ikke hentes, så ingen token kan valideres nå."),
    ];
}
