using Kjoretoyregister.Server.Maskinporten;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tilgang;

/// <summary>
/// The trusted issuer's signing keys, from its metadata (<c>&lt;issuer&gt;.well-known/oauth-authorization-server</c>)
/// and the JWKS it names, read with Microsoft.IdentityModel. Fetched once and kept for
/// <see cref="Levetid"/>; fetched again at once when a token names a <c>kid</c> not among them (a key
/// rotation), but at most once per <see cref="MaskinportenOptions.NokkelOppfriskingSekunder"/>, so
/// tokens with made-up kids cannot make the server hammer the issuer. One fetch at a time; when a
/// fetch fails, the keys already known are kept.
/// </summary>
public sealed partial class Utstedernokler(
    IHttpClientFactory http, Utstederadresse utsteder, IOptions<MaskinportenOptions> options, TimeProvider tid, ILogger<Utstedernokler> logger)
{
    /// <summary>How long fetched keys are used before they are fetched again on the next call.</summary>
    public static readonly TimeSpan Levetid = TimeSpan.FromHours(6);

    private readonly SemaphoreSlim hentes = new(1, 1);
    private volatile Hentet? sist;

    /// <summary>The keys (fetching them first if none are known or they are old).</summary>
    /// <exception cref="InvalidOperationException">No keys are known and the issuer cannot be reached.</exception>
    public async ValueTask<IReadOnlyCollection<SecurityKey>> HentAsync(CancellationToken cancellationToken)
    {
        var kjent = sist;
        return kjent is not null && tid.GetUtcNow() - kjent.Tidspunkt < Levetid
            ? kjent.Nokler
            : (await HentNyeAsync(kjent, cancellationToken).ConfigureAwait(false)).Nokler;
    }

    /// <summary>After an unknown kid: the keys fetched anew, or null when the last fetch is too recent to fetch again.</summary>
    public async ValueTask<IReadOnlyCollection<SecurityKey>?> OppfriskAsync(CancellationToken cancellationToken)
    {
        var kjent = sist;
        if (kjent is not null && tid.GetUtcNow() - kjent.Tidspunkt < TimeSpan.FromSeconds(options.Value.NokkelOppfriskingSekunder))
        {
            return null;
        }

        var nye = await HentNyeAsync(kjent, cancellationToken).ConfigureAwait(false);
        return ReferenceEquals(nye, kjent) ? null : nye.Nokler;
    }

    private async Task<Hentet> HentNyeAsync(Hentet? kjent, CancellationToken cancellationToken)
    {
        await hentes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!ReferenceEquals(sist, kjent))
            {
                return sist!;
            }

            var issuer = utsteder.Issuer;
            var henter = new HttpDocumentRetriever(http.CreateClient(nameof(Tokenvalidering)))
            {
                RequireHttps = issuer.StartsWith("https://", StringComparison.OrdinalIgnoreCase),
            };
            try
            {
                var konfig = await OpenIdConnectConfigurationRetriever.GetAsync(issuer + ".well-known/oauth-authorization-server", henter, cancellationToken).ConfigureAwait(false);
                var ny = new Hentet([.. konfig.SigningKeys], tid.GetUtcNow());
                sist = ny;
                LoggHentet(logger, issuer, ny.Nokler.Count);
                return ny;
            }
            catch (Exception feil) when (feil is IOException or HttpRequestException or InvalidOperationException or ArgumentException or TaskCanceledException)
            {
                LoggFeilet(logger, issuer, feil.Message);
                return kjent ?? throw new InvalidOperationException($"Fikk ikke hentet nøklene til Maskinporten ({issuer}).", feil);
            }
        }
        finally
        {
            hentes.Release();
        }
    }

    private sealed record Hentet(IReadOnlyCollection<SecurityKey> Nokler, DateTimeOffset Tidspunkt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hentet {Antall} signeringsnøkler fra Maskinporten {Issuer}")]
    private static partial void LoggHentet(ILogger logger, string issuer, int antall);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fikk ikke hentet nøklene fra Maskinporten {Issuer}: {Feil}")]
    private static partial void LoggFeilet(ILogger logger, string issuer, string feil);
}
