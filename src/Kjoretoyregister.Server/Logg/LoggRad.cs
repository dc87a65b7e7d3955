namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// One row of the audit log (oppslagslogg): one looked-up item. Written and committed before the answer
/// leaves the server. <see cref="Parter"/> holds the fødselsnummer or organisasjonsnummer of every
/// person and organisation the answer disclosed, so the log answers "who looked up this person".
/// </summary>
/// <param name="Tidspunkt">When the lookup was answered (UTC).</param>
/// <param name="FiksOrgId">The Fiks organisation the call was made for.</param>
/// <param name="IntegrasjonId">The integration that called.</param>
/// <param name="KonsumentOrgnr">The organisasjonsnummer in the token's <c>consumer.ID</c>.</param>
/// <param name="KlientId">The token's Maskinporten <c>client_id</c>.</param>
/// <param name="Operasjon">The operation, one of <see cref="Operasjoner"/>.</param>
/// <param name="Nokkel">The search key as given (kjennemerke, kuid, understellsnummer, fnr, orgnr or name).</param>
/// <param name="Dtg">The point in time asked for; null = now.</param>
/// <param name="Utfall">Hit, unknown or invalid.</param>
/// <param name="Kuider">The kuid of every vehicle returned.</param>
/// <param name="Parter">The fødselsnummer/organisasjonsnummer of every person and organisation returned.</param>
/// <param name="ErrorId">The request's W3C trace id (32 hex digits; the vendor's own when it sent a <c>traceparent</c>), as its span and the error log lines have it.</param>
/// <param name="Formal">The purpose the caller gave in the <c>Formal</c> header, if any.</param>
/// <param name="Saksbehandler">The fagsystem's pseudonymous id for the employee (header <c>Saksbehandler</c>), if given.</param>
/// <param name="Saksreferanse">The case the lookup was made for (header <c>Saksreferanse</c>), if given.</param>
public sealed record LoggRad(
    DateTimeOffset Tidspunkt,
    Guid FiksOrgId,
    Guid IntegrasjonId,
    string KonsumentOrgnr,
    string KlientId,
    string Operasjon,
    string Nokkel,
    DateTimeOffset? Dtg,
    Utfall Utfall,
    IReadOnlyList<string> Kuider,
    IReadOnlyList<string> Parter,
    string ErrorId,
    string? Formal,
    string? Saksbehandler = null,
    string? Saksreferanse = null);

/// <summary>The operation names in the audit log.</summary>
public static class Operasjoner
{
    public const string Kjennemerke = "kjennemerke";
    public const string Kuid = "kuid";
    public const string Understellsnummer = "understellsnummer";
    public const string Eiernavn = "eiernavn";
    public const string Person = "person";
    public const string Organisasjon = "organisasjon";
}
