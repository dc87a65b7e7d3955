using Microsoft.AspNetCore.Diagnostics;

using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Server.Feil;

/// <summary>
/// The last line: an unexpected exception becomes a 500 Fiks ErrorMessage (no stack trace, the
/// errorId in the log), a request the server refused before any endpoint ran (too large, bad
/// request line) keeps its status, and an empty 404/405 gets a Fiks body too.
/// </summary>
internal static partial class Feilhandtering
{
    /// <summary>How long a caller is asked to wait when the storage is unavailable.</summary>
    public const int LagringRetryAfterSekunder = 5;

    public static int Status(Exception feil) => feil switch
    {
        BadHttpRequestException b => b.StatusCode,
        _ when Lagringsfeil.Er(feil) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static Task UventetFeilAsync(HttpContext context)
    {
        var feil = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (feil is BadHttpRequestException b)
        {
            return b.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? FiksFeil.SkrivAsync(context, b.StatusCode, Feilkode.ForStorForesporsel, "Forespørselen er for stor.")
                : FiksFeil.SkrivAsync(context, b.StatusCode, Feilkode.UgyldigJson, "Forespørselen kunne ikke leses.");
        }

        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Kjoretoyregister.Feil");
        if (Lagringsfeil.Er(feil))
        {
            LoggLagring(logger, feil!.GetType().Name, context.Request.Path.Value ?? "", Telemetri.Sporingsid.For(context));
            context.Response.Headers.RetryAfter = LagringRetryAfterSekunder.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Feilside.Gjelder(context)
                ? Feilside.SkrivAsync(context, StatusCodes.Status503ServiceUnavailable, Telemetri.Sporingsid.For(context))
                : FiksFeil.SkrivAsync(context, StatusCodes.Status503ServiceUnavailable, Feilkode.LagringUtilgjengelig, "Tjenestens database svarer ikke nå. Ingen data er gitt ut. Prøv igjen om litt.");
        }

        LoggUventet(logger, feil, context.Request.Path.Value ?? "", Telemetri.Sporingsid.For(context));
        if (Feilside.Gjelder(context))
        {
            return Feilside.SkrivAsync(context, StatusCodes.Status500InternalServerError, Telemetri.Sporingsid.For(context));
        }

        return FiksFeil.SkrivAsync(context, StatusCodes.Status500InternalServerError, Feilkode.InternFeil, "En uventet feil oppstod. Oppgi errorId til KS ved henvendelse.");
    }

    public static Task StatuskodeAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        if (Feilside.Gjelder(context))
        {
            return Feilside.SkrivAsync(context, context.Response.StatusCode);
        }

        return context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => FiksFeil.SkrivAsync(context, 404, Feilkode.IkkeFunnet, $"Fant ingen tjeneste på {context.Request.Path}."),
            StatusCodes.Status405MethodNotAllowed => FiksFeil.SkrivAsync(context, 405, Feilkode.MetodeIkkeTillatt, $"Metoden {context.Request.Method} er ikke tillatt her."),
            StatusCodes.Status413PayloadTooLarge => FiksFeil.SkrivAsync(context, 413, Feilkode.ForStorForesporsel, "Forespørselen er for stor."),
            StatusCodes.Status415UnsupportedMediaType => FiksFeil.SkrivAsync(context, 415, Feilkode.UgyldigInnholdstype, "Innholdet må sendes som application/json."),
            _ => Task.CompletedTask,
        };
    }

    // The exception's message is left out on purpose: a driver's message may quote a statement's values.
    [LoggerMessage(Level = LogLevel.Error, Message = "Databasen svarer ikke ({Feiltype}) på {Sti} (trace {TraceId}); svarte 503")]
    private static partial void LoggLagring(ILogger logger, string feiltype, string sti, string traceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Uventet feil på {Sti} (trace {TraceId})")]
    private static partial void LoggUventet(ILogger logger, Exception? feil, string sti, string traceId);
}
