using Microsoft.Extensions.Logging;

namespace Kjoretoyregister.Client;

/// <summary>The client's log lines: the operation, the kommune, the integration and the error code; never a token, a password, a name or a fødselsnummer.</summary>
internal static partial class KjoretoyregisterLogg
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Kaller kjøretøyregisteret: {Operasjon} for Fiks-organisasjon {FiksOrgId} som integrasjon {IntegrasjonId}")]
    public static partial void Kaller(ILogger logger, string operasjon, Guid fiksOrgId, Guid integrasjonId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Kjøretøyregisteret svarte {Status} {ErrorCode} på {Operasjon} (errorId {ErrorId})")]
    public static partial void Feilsvar(ILogger logger, string operasjon, int status, string? errorCode, Guid? errorId);
}
