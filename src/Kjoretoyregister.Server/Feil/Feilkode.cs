namespace Kjoretoyregister.Server.Feil;

/// <summary>
/// The stable <c>errorCode</c>s of the API's error answers. Callers and tests match on these, never on
/// the message text.
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

    /// <summary>429: Statens vegvesen's quota for the platform is used up; wait as Retry-After says.</summary>
    public const string KvoteOppbrukt = "KVOTE_OPPBRUKT";

    /// <summary>
    /// 502/503/504: the register (Statens vegvesen's API, in live mode) could not answer: unreachable or
    /// failing (502), refused or shielded while it recovers (503), or too slow (504). The lookup is logged.
    /// </summary>
    public const string RegisterUtilgjengelig = "REGISTER_UTILGJENGELIG";

    /// <summary>500: an unexpected fault; the errorId finds it in the server's log.</summary>
    public const string InternFeil = "INTERN_FEIL";
}
