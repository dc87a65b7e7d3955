using Kjoretoyregister.Server.Maskinporten;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Kjoretoyregister.Server.Tilgang;

/// <summary>
/// The trusted issuer's metadata (<c>&lt;issuer&gt;.well-known/oauth-authorization-server</c>) and the JWKS it
/// names, kept by Microsoft.IdentityModel's <see cref="ConfigurationManager{T}"/>: fetched on first use,
/// refreshed every <see cref="Levetid"/>, refreshed at once when a token names an unknown <c>kid</c> (the token
/// handler asks for that) but at most once per <see cref="MaskinportenOptions.NokkelOppfriskingSekunder"/>,
/// and when a fetch fails the last known good metadata is kept. Made on first use, because the local
/// issuer's address is only known once the server listens. Needs <see cref="Blokkerendeoppfrisking"/> on,
/// which <see cref="TilgangExtensions.AddTilgang"/> sets before anything reads it.
/// </summary>
public sealed partial class Utstedernokler(IHttpClientFactory http, Utstederadresse utsteder, IOptions<MaskinportenOptions> options, ILogger<Utstedernokler> logger)
{
    /// <summary>
    /// The framework's documented switch: a refresh asked for after an unknown kid is fetched by the next
    /// GetConfigurationAsync before it returns, so a token signed with a freshly rotated key passes on its
    /// first call instead of failing until a background fetch lands. Read once per process by IdentityModel.
    /// </summary>
    public const string Blokkerendeoppfrisking = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    /// <summary>How long fetched keys are used before they are fetched again.</summary>
    public static readonly TimeSpan Levetid = TimeSpan.FromHours(6);

    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>> metadata = new(() =>
    {
        var issuer = utsteder.Issuer;
        return new ConfigurationManager<OpenIdConnectConfiguration>(
            issuer + ".well-known/oauth-authorization-server",
            new OpenIdConnectConfigurationRetriever(),
            new Fabrikkhenter(http, issuer.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            AutomaticRefreshInterval = Levetid,
            RefreshInterval = TimeSpan.FromSeconds(options.Value.NokkelOppfriskingSekunder),
        };
    });

    /// <summary>The manager the token handler validates with (and asks to refresh on an unknown kid).</summary>
    public ConfigurationManager<OpenIdConnectConfiguration> Metadata => metadata.Value;

    /// <summary>The issuer's metadata, fetched when none is known yet.</summary>
    /// <exception cref="InvalidOperationException">No metadata is known and the issuer cannot be reached.</exception>
    public async ValueTask<OpenIdConnectConfiguration> HentAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await Metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException feil)
        {
            LoggFeilet(logger, utsteder.Issuer, feil.Message);
            throw;
        }
        catch (Exception feil) when (feil is not OperationCanceledException)
        {
            LoggFeilet(logger, utsteder.Issuer, feil.Message);
            throw new InvalidOperationException($"Fikk ikke hentet nøklene til Maskinporten ({utsteder.Issuer}).", feil);
        }
    }

    // Only when no metadata is known (the caller gets 503); a failed refresh with keys in hand is IdentityModel's,
    // which keeps the last known good ones.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Fikk ikke hentet nøklene fra Maskinporten {Issuer}: {Feil}")]
    private static partial void LoggFeilet(ILogger logger, string issuer, string feil);

    /// <summary>
    /// Each fetch takes a client from the factory, so the named client's handler (and its DNS refresh and
    /// test stand-ins) is the one used, not one client held for the process's life.
    /// </summary>
    private sealed class Fabrikkhenter(IHttpClientFactory http, bool kreverHttps) : IDocumentRetriever
    {
        public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
            new HttpDocumentRetriever(http.CreateClient(nameof(Tokenvalidering))) { RequireHttps = kreverHttps }.GetDocumentAsync(address, cancel);
    }
}
