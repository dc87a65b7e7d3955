using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Kjoretoyregister.Client;

/// <summary>
/// What the client tries again, and how: a connection that could not be opened (the request never
/// reached the server), 503 and 429 (the server refused it before doing anything), with jittered
/// exponential back-off, <c>Retry-After</c> honoured, and a bounded budget. Nothing else is tried
/// again: a lookup that reached the server is logged there, so repeating it would log it twice. Nor is
/// a 429 for too many wrong passwords: the same password would be one more failure.
/// </summary>
internal static class Gjentaking
{
    public static HttpRetryStrategyOptions Strategi(KjoretoyregisterOptions options, TimeProvider tid) => new()
    {
        MaxRetryAttempts = Math.Max(options.MaksNyeForsok, 1),
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = TimeSpan.FromMilliseconds(200),
        MaxDelay = TimeSpan.FromSeconds(Math.Max(options.MaksVentetidSekunder, 1)),
        ShouldRetryAfterHeader = true,
        ShouldHandle = async args => options.MaksNyeForsok > 0
            && SkalProvesIgjen(args.Outcome, TimeSpan.FromSeconds(options.MaksVentetidSekunder), tid.GetUtcNow())
            && !await ErForMangeFeilPassordAsync(args.Outcome.Result, args.Context.CancellationToken).ConfigureAwait(false),
    };

    /// <summary>
    /// A 429 for wrong passwords (<c>FOR_MANGE_FORSOK</c>): trying again with the same password would only
    /// count as one more failure and lengthen the wait, so it goes to the caller. The body is buffered, so
    /// the caller can still read it.
    /// </summary>
    private static async Task<bool> ErForMangeFeilPassordAsync(HttpResponseMessage? svar, CancellationToken ct)
    {
        if (svar is not { StatusCode: HttpStatusCode.TooManyRequests })
        {
            return false;
        }

        await svar.Content.LoadIntoBufferAsync(ct).ConfigureAwait(false);
        var tekst = await svar.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        return tekst.Contains("\"FOR_MANGE_FORSOK\"", StringComparison.Ordinal);
    }

    public static bool SkalProvesIgjen(Outcome<HttpResponseMessage> utfall, TimeSpan maksVentetid, DateTimeOffset naa)
    {
        if (utfall.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
        {
            return true;
        }

        return utfall.Result is { StatusCode: HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests } svar
            && (RetryAfter(svar, naa) ?? TimeSpan.Zero) <= maksVentetid;
    }

    /// <summary>The answer's <c>Retry-After</c> as a wait from now (seconds or a date).</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage svar, DateTimeOffset naa) => svar.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } dato } => dato - naa is var igjen && igjen > TimeSpan.Zero ? igjen : TimeSpan.Zero,
        _ => null,
    };
}
