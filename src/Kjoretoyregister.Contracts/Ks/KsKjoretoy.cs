namespace Kjoretoyregister.Contracts.Ks;

/// <summary>A vehicle as KS's v1 person lookup shows it (schema <c>Kjoretoy</c>).</summary>
public sealed record KsKjoretoy(
    string? Kjennemerke,
    DateOnly? Forstegangsregistrering,
    KsEierskap? Eierskap,
    KsRegistrering? Registrering,
    KsTekniskeData? TekniskeData);

/// <summary>A vehicle as KS's v1 organisation lookup shows it (schema <c>KjoretoyOrganisasjon</c>).</summary>
public sealed record KsKjoretoyOrganisasjon(
    string? Kjennemerke,
    DateOnly? Forstegangsregistrering,
    KsEierskapOrganisasjon? Eierskap,
    KsRegistrering? Registrering,
    KsTekniskeData? TekniskeData);

/// <summary>Schema <c>Eierskap</c>: the owner when a person.</summary>
public sealed record KsEierskap(KsEier? Eier);

/// <summary>Schema <c>Eier</c>: the owning person and the date the ownership began.</summary>
public sealed record KsEier(KsPerson? Person, DateOnly? Fra);

/// <summary>Schema <c>Person</c> (no fødselsnummer: it is the answer's <c>fnr</c>).</summary>
public sealed record KsPerson(string? Fornavn, string? Mellomnavn, string? Etternavn);

/// <summary>Schema <c>EierskapOrganisasjon</c>.</summary>
public sealed record KsEierskapOrganisasjon(KsEierOrganisasjon? Eier);

/// <summary>Schema <c>EierOrganisasjon</c>.</summary>
public sealed record KsEierOrganisasjon(KsOrganisasjon? Organisasjon, DateOnly? Fra);

/// <summary>Schema <c>Organisasjon</c>.</summary>
public sealed record KsOrganisasjon(string? Organisasjonsnummer, string? Organisasjonsnavn);

/// <summary>Schema <c>Registrering</c>: the registration status code (e.g. REGISTRERT).</summary>
public sealed record KsRegistrering(string? Status);

/// <summary>Schema <c>TekniskeData</c>, taken from SVV's approval data.</summary>
public sealed record KsTekniskeData(string? Gruppe, string? GruppeKode, string? Merke, string? Modell, IReadOnlyList<string>? Drivstoff);
