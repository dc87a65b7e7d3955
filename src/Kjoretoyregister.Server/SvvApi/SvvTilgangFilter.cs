using Kjoretoyregister.Server.Feil;
using Kjoretoyregister.Server.Oppslag;
using Kjoretoyregister.Server.Registerkilde;
using Kjoretoyregister.Server.Tilgang;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Kjoretoyregister.Server.SvvApi;

/// <summary>
/// SVV's protection of its API, on every SVV path: a body larger than the lookup limit is refused
/// first (413), then the Maskinporten access token is validated against the trusted issuer (the same
/// one as the Fiks side: the local issuer by default) and must carry SVV's scope
/// (<see cref="SvvOptions.Scope"/>); otherwise 401 with <c>WWW-Authenticate: Bearer</c>. No Fiks
/// integration headers, no audit rows (SVV's own business); each call's client and operation is logged.
/// </summary>
public sealed partial class SvvTilgangFilter(Tokenvalidering tokens, IOptions<RegisterOptions> options, ILogger<SvvTilgangFilter> logger) : IEndpointFilter
{
    /// <summary>The 401 description for a missing or invalid token.</summary>
    public const string TokenMelding = "Klarte ikke å validere access_token";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var operasjon = Operasjon(http);
        if (http.Request.ContentLength > JsonKropp.MaksBytes)
        {
            return SvvFeil.Svar(StatusCodes.Status413PayloadTooLarge, Feilkode.ForStorForesporsel,
                $"Forespørselen er for stor: høyst {JsonKropp.MaksBytes} byte.");
        }

        var autorisasjon = http.Request.Headers.Authorization.ToString();
        if (!autorisasjon.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            LoggAvvist(logger, operasjon, "mangler Bearer-token");
            return Uautorisert(http, TokenMelding);
        }

        MaskinportenToken? token;
        try
        {
            token = await tokens.ValiderAsync(autorisasjon[7..].Trim(), http.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            LoggAvvist(logger, operasjon, "Maskinportens nøkler er utilgjengelige");
            return SvvFeil.Svar(StatusCodes.Status503ServiceUnavailable, Feilkode.MaskinportenUtilgjengelig,
                "Fikk ikke hentet nøklene til Maskinporten for å validere access_token. Prøv igjen senere.");
        }

        if (token is null)
        {
            LoggAvvist(logger, operasjon, "ugyldig token");
            return Uautorisert(http, TokenMelding);
        }

        var scope = options.Value.Svv.Scope;
        if (!token.HarScope(scope))
        {
            LoggManglerScope(logger, operasjon, token.KlientId);
            return Uautorisert(http, $"access_token mangler scope {scope}");
        }

        LoggKall(logger, operasjon, token.KlientId, token.KonsumentOrgnr);
        return await next(context).ConfigureAwait(false);
    }

    private static IResult Uautorisert(HttpContext http, string beskrivelse)
    {
        http.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return SvvFeil.Svar(StatusCodes.Status401Unauthorized, Feilkode.UgyldigToken, beskrivelse);
    }

    private static string Operasjon(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? http.Request.Method;

    [LoggerMessage(Level = LogLevel.Information, Message = "SVV-API: {Operasjon} fra client_id {KlientId} (organisasjon {Orgnr})")]
    private static partial void LoggKall(ILogger logger, string operasjon, string klientId, string orgnr);

    [LoggerMessage(Level = LogLevel.Information, Message = "SVV-API: avviste {Operasjon}: {Grunn}")]
    private static partial void LoggAvvist(ILogger logger, string operasjon, string grunn);

    [LoggerMessage(Level = LogLevel.Information, Message = "SVV-API: avviste {Operasjon} fra client_id {KlientId}: tokenet mangler SVVs scope")]
    private static partial void LoggManglerScope(ILogger logger, string operasjon, string klientId);
}
