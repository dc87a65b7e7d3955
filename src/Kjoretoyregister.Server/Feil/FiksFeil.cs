using Kjoretoyregister.Contracts.Fiks;
using Kjoretoyregister.Contracts.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace Kjoretoyregister.Server.Feil;

/// <summary>
/// Builds Fiks's <see cref="ErrorMessage"/> answers. Every error of the API goes through here, so each
/// has an errorId that is also written to the server's log with the same value.
/// </summary>
public static partial class FiksFeil
{
    /// <summary>The 401 message for a token that does not validate (CONTRACT.md §5).</summary>
    public const string TokenMelding = "Klarte ikke å validere access_token";

    /// <summary>The 403 message (CONTRACT.md §5).</summary>
    public const string TilgangMelding = "Mangler tilgang";

    /// <summary>The 401 message for the integration step, the same whichever part failed.</summary>
    public static string IntegrasjonMelding(string? integrasjonId) =>
        $"Autentisering feilet for integrasjon med id {integrasjonId}";

    /// <summary>An error answer with the given status, code and message.</summary>
    public static JsonHttpResult<ErrorMessage> Svar(HttpContext context, int status, string errorCode, string melding)
    {
        var feil = Lag(context, status, errorCode, melding);
        return TypedResults.Json(feil, KontraktJsonContext.Kompakt.ErrorMessage, statusCode: status);
    }

    /// <summary>Writes an error answer directly (for middleware and filters that have no result pipeline).</summary>
    public static Task SkrivAsync(HttpContext context, int status, string errorCode, string melding)
    {
        var feil = Lag(context, status, errorCode, melding);
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(feil, KontraktJsonContext.Kompakt.ErrorMessage, contentType: "application/json", context.RequestAborted);
    }

    /// <summary>400 with a message that names the field.</summary>
    public static JsonHttpResult<ErrorMessage> UgyldigForesporsel(HttpContext context, string errorCode, string melding) =>
        Svar(context, StatusCodes.Status400BadRequest, errorCode, melding);

    private static ErrorMessage Lag(HttpContext context, int status, string errorCode, string melding)
    {
        var errorId = Guid.NewGuid();
        var tid = context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Kjoretoyregister.Feil");
        LoggFeil(logger, status, errorCode, errorId, context.Request.Path.Value ?? "", Telemetri.Sporingsid.For(context));
        return new ErrorMessage(
            tid.GetUtcNow().ToUnixTimeMilliseconds(),
            status,
            ReasonPhrases.GetReasonPhrase(status),
            errorId,
            context.Request.Path.Value ?? "",
            melding,
            errorCode);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Svarte {Status} {ErrorCode} errorId={ErrorId} på {Sti} (trace {TraceId})")]
    private static partial void LoggFeil(ILogger logger, int status, string errorCode, Guid errorId, string sti, string traceId);
}
