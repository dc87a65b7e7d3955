using System.Net;
using Kjoretoyregister.Contracts.Fiks;

namespace Kjoretoyregister.Client;

/// <summary>
/// Fiks kjøretøyregister answered with an error (Fiks's <c>ErrorMessage</c>): <see cref="Status"/>,
/// <see cref="ErrorCode"/> (stable, for code to act on) and <see cref="ErrorId"/> (give it to KS when you
/// ask about the call). 401: the token or the integration's id/password was refused; 403: the integration
/// lacks the right to search for this kommune; 429: wait <see cref="RetryAfter"/>.
/// </summary>
public sealed class KjoretoyregisterException : Exception
{
    public KjoretoyregisterException(HttpStatusCode status, ErrorMessage? feil, TimeSpan? retryAfter, string? utdrag = null)
        : base(Tekst(status, feil, utdrag))
    {
        Status = status;
        Feil = feil;
        RetryAfter = retryAfter;
    }

    public KjoretoyregisterException(string message)
        : base(message)
    {
    }

    public KjoretoyregisterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The whole error body; null when the answer was not Fiks's error shape (a proxy's page, say).</summary>
    public ErrorMessage? Feil { get; }

    /// <summary>The body's <c>errorCode</c>, e.g. <c>UGYLDIG_FODSELSNUMMER</c> or <c>AUTENTISERING_FEILET</c>.</summary>
    public string? ErrorCode => Feil?.ErrorCode;

    /// <summary>The body's <c>errorId</c>, also in the server's log.</summary>
    public Guid? ErrorId => Feil?.ErrorId;

    /// <summary>The server's own message, which names the field at fault.</summary>
    public string? FiksMelding => Feil?.Message;

    /// <summary>The answer's <c>Retry-After</c>, when it had one.</summary>
    public TimeSpan? RetryAfter { get; }

    private static string Tekst(HttpStatusCode status, ErrorMessage? feil, string? utdrag) => feil is null
        ? $"Fiks kjøretøyregister svarte {(int)status} {status}{(string.IsNullOrEmpty(utdrag) ? "" : $": {utdrag}")}"
        : $"Fiks kjøretøyregister svarte {(int)status} {feil.ErrorCode ?? feil.Error}: {feil.Message} (errorId {feil.ErrorId})";
}
