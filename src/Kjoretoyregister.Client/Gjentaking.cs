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
    /// <summary>429, which netstandard2.0's <see cref="HttpStatusCode"/> does not name.</summary>
    private const HttpStatusCode ForMangeForesporsler = (HttpStatusCode)429;

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
    private static async Task<bool> ErForMangeFeilPassordAsync(HttpResponseMessage? svar, CancellationToken cancellationToken)
    {
        if (svar is not { StatusCode: ForMangeForesporsler })
        {
            return false;
        }

#if NET
        await svar.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
        await svar.Content.LoadIntoBufferAsync().ConfigureAwait(false);
#endif
        var tekst = await svar.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return tekst.Contains("\"FOR_MANGE_FORSOK\"", StringComparison.Ordinal);
    }

    public static bool SkalProvesIgjen(Outcome<HttpResponseMessage> utfall, TimeSpan maksVentetid, DateTimeOffset naa)
    {
        if (utfall.Exception is HttpRequestException e && IkkeTilkoblet(e))
        {
            return true;
        }

        return utfall.Result is { StatusCode: HttpStatusCode.ServiceUnavailable or ForMangeForesporsler } svar
            && (RetryAfter(svar, naa) ?? TimeSpan.Zero) <= maksVentetid;
    }

    /// <summary>The connection could not be opened, so the request never reached the server.</summary>
    private static bool IkkeTilkoblet(HttpRequestException e) =>
#if NET
        e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError;
#else
        // .NET Framework: a WebException that says so; .NET (running the netstandard2.0 build): the socket's error.
        e.InnerException is System.Net.Sockets.SocketException
            || e.InnerException is WebException { Status: WebExceptionStatus.ConnectFailure or WebExceptionStatus.NameResolutionFailure };
#endif

    /// <summary>The answer's <c>Retry-After</c> as a wait from now (seconds or a date).</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage svar, DateTimeOffset naa) => svar.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } dato } => dato - naa is var igjen && igjen > TimeSpan.Zero ? igjen : TimeSpan.Zero,
        _ => null,
    };
}
