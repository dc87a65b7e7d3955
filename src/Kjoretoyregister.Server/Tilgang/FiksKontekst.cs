namespace Kjoretoyregister.Server.Tilgang;

/// <summary>
/// Who is calling, once the authentication chain has passed: the Fiks organisation, the integration,
/// the Maskinporten client and its organisation, and the purpose, employee and case the caller gave.
/// Set as a request feature by <see cref="FiksTilgangFilter"/>; the lookups log it with every row.
/// </summary>
public sealed record FiksKontekst(Guid FiksOrgId, Guid IntegrasjonId, string KonsumentOrgnr, string KlientId, string? Formal)
{
    /// <summary>The fagsystem's pseudonymous id for the employee behind the lookup (header <c>Saksbehandler</c>).</summary>
    public string? Saksbehandler { get; init; }

    /// <summary>The case the lookup was made for, e.g. a parking fine's number (header <c>Saksreferanse</c>).</summary>
    public string? Saksreferanse { get; init; }
}
