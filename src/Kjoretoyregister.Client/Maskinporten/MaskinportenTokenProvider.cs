using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kjoretoyregister.Client.Maskinporten;

/// <summary>
/// Gets Maskinporten access tokens with the JWT grant (RFC 7523) as Digdir specifies it: an assertion
/// signed RS256 with the client's certificate (<c>x5c</c>, the chain leaf first, with <c>kid</c> when set) or
/// registered key (<c>kid</c>), claims <c>aud</c>, <c>iss</c>, <c>scope</c>, <c>iat</c>, <c>exp</c>, <c>jti</c>
/// and optionally <c>resource</c> and <c>consumer_org</c>. A token is kept per scope and consumer until shortly
/// before it expires, and callers asking at the same time share one request; a transient failure is tried
/// again (<see cref="MaskinportenTokenOptions.MaksNyeForsok"/>). Thread-safe; keep one per client (a singleton).
/// </summary>
public sealed class MaskinportenTokenProvider : IMaskinportenTokenProvider
{
    private readonly MaskinportenTokenOptions options;
    private readonly TimeProvider tid;
    private readonly Tokenforesporsel foresporsel;
    private readonly ConcurrentDictionary<(string Scope, string? ConsumerOrg), Tokenplass> plasser = new();

    /// <summary>With an <see cref="HttpClient"/> of your own (kept for the provider's lifetime).</summary>
    /// <param name="http">The client the token requests go through.</param>
    /// <param name="options">Which Maskinporten, which client, which key.</param>
    /// <param name="tid">The clock; the system's when null.</param>
    /// <param name="logger">Where the provider logs (scopes, expiry and failures; never a token); nowhere when null.</param>
    /// <exception cref="MaskinportenKonfigurasjonException">The options cannot work; the message names the option.</exception>
    public MaskinportenTokenProvider(HttpClient http, MaskinportenTokenOptions options, TimeProvider? tid = null, ILogger<MaskinportenTokenProvider>? logger = null)
        : this(() => http, options, tid, logger)
    {
        ArgumentNullException.ThrowIfNull(http);
    }

    internal MaskinportenTokenProvider(Func<HttpClient> http, MaskinportenTokenOptions options, TimeProvider? tid, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Maskinportenvalidering.Innstillingsfeil(options) is [var forste, ..])
        {
            throw new MaskinportenKonfigurasjonException(forste);
        }

        this.options = options;
        this.tid = tid ?? TimeProvider.System;
        foresporsel = new Tokenforesporsel(http, options, Signeringsnokkel.Les(options), this.tid, logger ?? NullLogger.Instance);
    }

    /// <summary>The number of token requests sent to Maskinporten so far (successful or not, each attempt counted).</summary>
    public long AntallTokenforesporsler => foresporsel.Antall;

    /// <summary>An access token for <paramref name="scope"/> (the options' scope when null), from the cache when it has a fresh one.</summary>
    /// <param name="scope">One or more scopes, space-separated.</param>
    /// <param name="consumerOrg">The organisation number a supplier acts for (<c>consumer_org</c>); the options' when null.</param>
    /// <param name="cancellationToken">Cancels this caller's wait; a request other callers share goes on.</param>
    /// <exception cref="MaskinportenException">Maskinporten refused; carries its error code.</exception>
    /// <exception cref="TimeoutException">Maskinporten did not answer in time, after every attempt.</exception>
    public async Task<string> HentTokenAsync(string? scope = null, string? consumerOrg = null, CancellationToken cancellationToken = default) =>
        (await HentAsync(scope, consumerOrg, cancellationToken).ConfigureAwait(false)).AccessToken;

    /// <summary>As <see cref="HentTokenAsync"/>, with the token's expiry.</summary>
    public async Task<Maskinportentoken> HentAsync(string? scope = null, string? consumerOrg = null, CancellationToken cancellationToken = default)
    {
        var nokkelen = Nokkel(scope, consumerOrg);
        var plass = plasser.GetOrAdd(nokkelen, _ => new Tokenplass());
        Task<Maskinportentoken> henting;
        lock (plass)
        {
            if (plass.Token is { } token && tid.GetUtcNow() < token.Utloper - Margin(token))
            {
                return token;
            }

            plass.Henting ??= HentNyttAsync(plass, nokkelen.Scope, nokkelen.ConsumerOrg);
            henting = plass.Henting;
        }

        return await henting.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets the cached token (after the API refused it, say), so the next call gets a new one.</summary>
    public void Glem(string? scope = null, string? consumerOrg = null)
    {
        if (plasser.TryGetValue(Nokkel(scope, consumerOrg), out var plass))
        {
            lock (plass)
            {
                plass.Token = null;
            }
        }
    }

    /// <summary>What is wrong with the options, each message naming the option, the key read too; empty when they can work.</summary>
    public static IReadOnlyList<string> Valider(MaskinportenTokenOptions options)
    {
        var feil = Maskinportenvalidering.Innstillingsfeil(options);
        if (feil.Count == 0 && Maskinportenvalidering.Nokkelfeil(options) is { } nokkelfeil)
        {
            feil.Add(nokkelfeil);
        }

        return feil;
    }

    private (string Scope, string? ConsumerOrg) Nokkel(string? scope, string? consumerOrg) =>
        (scope ?? options.Scope, string.IsNullOrWhiteSpace(consumerOrg) ? options.ConsumerOrg : consumerOrg);

    private TimeSpan Margin(Maskinportentoken token) =>
        TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(options.FornyingsmarginSekunder).Ticks, (token.Utloper - token.Hentet).Ticks / 2));

    private async Task<Maskinportentoken> HentNyttAsync(Tokenplass plass, string scope, string? consumerOrg)
    {
        try
        {
            await Task.Yield(); // the first caller returns to its own wait before the request runs
            var token = await foresporsel.SendAsync(scope, consumerOrg).ConfigureAwait(false);
            lock (plass)
            {
                plass.Token = token;
            }

            return token;
        }
        finally
        {
            lock (plass)
            {
                plass.Henting = null;
            }
        }
    }

    private sealed class Tokenplass
    {
        public Maskinportentoken? Token { get; set; }

        public Task<Maskinportentoken>? Henting { get; set; }
    }
}
