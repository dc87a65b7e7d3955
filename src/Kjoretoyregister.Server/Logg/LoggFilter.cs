namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// A search in the audit log. <see cref="Fodselsnummer"/> matches rows where the person was the search
/// key or was returned; <see cref="Kjennemerke"/> matches the search key; <see cref="Saksbehandler"/> and
/// <see cref="Saksreferanse"/> match the header values exactly. Times are inclusive-exclusive.
/// </summary>
public sealed record LoggFilter(
    Guid? FiksOrgId = null,
    Guid? IntegrasjonId = null,
    string? Fodselsnummer = null,
    string? Kjennemerke = null,
    string? Saksbehandler = null,
    string? Saksreferanse = null,
    DateTimeOffset? Fra = null,
    DateTimeOffset? Til = null,
    int Hopp = 0,
    int Antall = int.MaxValue);

/// <summary>A stored audit row with its sequence number.</summary>
public sealed record LagretLoggRad(long Id, LoggRad Rad);

/// <summary>Lookups and hits of one integration in one month (Oslo time), the base for cost-price billing.</summary>
public sealed record Forbruk(Guid FiksOrgId, Guid IntegrasjonId, int Ar, int Maned, long Oppslag, long Treff);

/// <summary>Reads the audit log and the usage counts.</summary>
public interface IOppslagsloggLeser
{
    /// <summary>Rows matching the filter, newest first.</summary>
    IAsyncEnumerable<LagretLoggRad> SokAsync(LoggFilter filter, CancellationToken cancellationToken = default);

    /// <summary>How many rows match (ignores Hopp/Antall), for paging.</summary>
    Task<long> TellAsync(LoggFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Usage per organisation, integration and month; all organisations when null.</summary>
    Task<IReadOnlyList<Forbruk>> ForbrukAsync(Guid? fiksOrgId, CancellationToken cancellationToken = default);
}
