namespace Kjoretoyregister.Contracts.Ks;

/// <summary>KS v1's answer to a person lookup (schema <c>KjoretoyResponse</c> of the v1 API): the vehicles the person owns now.</summary>
public sealed record PersonKjoretoyResponse(string Fnr, IReadOnlyList<KsKjoretoy> Kjoretoy);

/// <summary>KS v1's answer to an organisation lookup (schema <c>KjoretoyOrganisasjonResponse</c>).</summary>
public sealed record OrganisasjonKjoretoyResponse(string Organisasjonsnummer, IReadOnlyList<KsKjoretoyOrganisasjon> Kjoretoy);
