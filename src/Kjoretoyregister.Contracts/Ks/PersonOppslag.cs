namespace Kjoretoyregister.Contracts.Ks;

/// <summary>The body of KS's v1 <c>POST .../ks/{fiksOrgId}/person</c> (schema <c>KjoretoyPersonOppslag</c>).</summary>
public sealed record PersonOppslag(string? Fnr);

/// <summary>The body of KS's v1 <c>POST .../ks/{fiksOrgId}/organisasjon</c> (schema <c>KjoretoyOrganisasjonOppslag</c>).</summary>
public sealed record OrganisasjonOppslag(string? Organisasjonsnummer, int? Fra = null, int? Antall = null);
