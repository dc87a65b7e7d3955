using System.Net;
using Microsoft.Extensions.Logging;

namespace Kjoretoyregister.Client.Maskinporten;

/// <summary>The token provider's log lines: scope, client id and expiry, never the token, the assertion or the key.</summary>
internal static partial class MaskinportenLogg
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Henter Maskinporten-token for scope {Scope} som klient {ClientId} fra {TokenEndpoint}")]
    public static partial void Henter(ILogger logger, string scope, string clientId, Uri tokenEndpoint);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Fikk Maskinporten-token for scope {Scope}; det utløper {Utloper:O} (forsøk {Forsok})")]
    public static partial void Fikk(ILogger logger, string scope, DateTimeOffset utloper, int forsok);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Maskinporten svarte {Status}; prøver igjen om {Ventetid} (forsøk {Forsok} av {Maks})")]
    public static partial void ProverIgjenEtterSvar(ILogger logger, HttpStatusCode status, TimeSpan ventetid, int forsok, int maks);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Kallet til Maskinporten feilet ({Grunn}); prøver igjen om {Ventetid} (forsøk {Forsok} av {Maks})")]
    public static partial void ProverIgjenEtterFeil(ILogger logger, Exception feil, string grunn, TimeSpan ventetid, int forsok, int maks);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "Maskinporten avviste tokenforespørselen for scope {Scope}: {Status} {Feilkode} {Beskrivelse}")]
    public static partial void Avvist(ILogger logger, string scope, HttpStatusCode status, string feilkode, string? beskrivelse);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Error, Message = "Fikk ikke Maskinporten-token for scope {Scope} etter {Forsok} forsøk")]
    public static partial void Ga(ILogger logger, Exception feil, string scope, int forsok);
}
