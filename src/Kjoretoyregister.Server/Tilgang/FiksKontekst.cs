namespace Kjoretoyregister.Server.Tilgang;

/// <summary>
/// Who is calling, once the authentication chain has passed: the Fiks organisation, the integration,
/// the Maskinporten client and its organisation, and the purpose the caller gave (header <c>Formal</c>).
/// Set as a request feature by <see cref="FiksTilgangFilter"/>; the lookups log it with every row.
/// </summary>
public sealed record FiksKontekst(Guid FiksOrgId, Guid IntegrasjonId, string KonsumentOrgnr, string KlientId, string? Formal);
