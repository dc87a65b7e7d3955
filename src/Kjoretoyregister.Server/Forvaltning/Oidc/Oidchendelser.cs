using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Forvaltning.Oidc;

/// <summary>
/// What forvaltning adds to the standard handler: the client assertion at the token endpoint; a signed ID
/// token required; after the handler has validated it (signature, issuer, audience, lifetime, nonce, PKCE,
/// state), the person's account <c>oidc:&lt;subject&gt;</c>, created with no role on first sign-in, becomes the
/// session's principal exactly as a password login makes it; the ID token is kept in the session only for
/// the sign-out at the provider. A failed sign-in goes back to the login page with a message.
/// </summary>
public sealed partial class Oidchendelser : OpenIdConnectEvents
{
    public const string Feilparameter = "oidcfeil";

    public override Task AuthorizationCodeReceived(AuthorizationCodeReceivedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var oidc = context.HttpContext.RequestServices.GetRequiredService<IOptions<OidcOptions>>().Value;
        if (!string.IsNullOrWhiteSpace(oidc.ClientAssertionKeyFile) && context.TokenEndpointRequest is { } foresporsel)
        {
            foresporsel.ClientSecret = null;
            foresporsel.ClientAssertionType = Klientpastand.Type;
            foresporsel.ClientAssertion = context.HttpContext.RequestServices.GetRequiredService<Klientpastand>()
                .Lag(context.Options.Configuration?.Issuer ?? oidc.Authority!);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The handler lets an unsigned ID token (<c>alg: none</c>) from the token endpoint through, as the
    /// specification allows for a token fetched over TLS; forvaltning does not: it must be signed by a key
    /// of the provider (a signature the handler has checked). Kept for the sign-out at the provider.
    /// </summary>
    public override Task TokenValidated(TokenValidatedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var idToken = context.TokenEndpointResponse?.IdToken ?? context.ProtocolMessage?.IdToken;
        var jwt = idToken is null ? null : new JsonWebToken(idToken);
        if (jwt is null || string.IsNullOrEmpty(jwt.EncodedSignature) || jwt.Alg is null || string.Equals(jwt.Alg, SecurityAlgorithms.None, StringComparison.OrdinalIgnoreCase))
        {
            context.Fail("ID-tokenet er ikke signert.");
            return Task.CompletedTask;
        }

        context.Properties!.StoreTokens([new AuthenticationToken { Name = OpenIdConnectParameterNames.IdToken, Value = idToken! }]);
        return Task.CompletedTask;
    }

    /// <summary>After every check of the handler (nonce, <c>at_hash</c> included): the person's account, created on first sign-in, becomes the session.</summary>
    public override async Task TicketReceived(TicketReceivedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tjenester = context.HttpContext.RequestServices;
        var oidc = tjenester.GetRequiredService<IOptions<OidcOptions>>().Value;
        var subjekt = context.Principal?.FindFirst(oidc.SubjectClaim)?.Value ?? context.Principal?.FindFirst("sub")?.Value;
        if (Oidcidentitet.Gyldig(subjekt) is not { } brukernavn)
        {
            context.Fail($"ID-tokenet mangler et gyldig {oidc.SubjectClaim} eller sub.");
            return;
        }

        var na = tjenester.GetRequiredService<TimeProvider>().GetUtcNow();
        var bruker = await tjenester.GetRequiredService<IBrukerStore>().OpprettOidcAsync(brukernavn,
            new Endring(na, brukernavn, null, "Konto opprettet ved første innlogging med OIDC", null), context.HttpContext.RequestAborted);
        context.Principal = Innloggingsskjema.Prinsipal(bruker);
        LoggInnlogget(tjenester.GetRequiredService<ILogger<Oidchendelser>>());
    }

    public override Task RemoteFailure(RemoteFailureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        LoggFeilet(context.HttpContext.RequestServices.GetRequiredService<ILogger<Oidchendelser>>(), context.Failure?.GetType().Name ?? "ukjent", context.Failure?.Message ?? "");
        context.Response.Redirect($"{Innloggingssider.LoggInn}?{Feilparameter}=1");
        context.HandleResponse();
        return Task.CompletedTask;
    }

    // Not the subject: ID-porten's pid is a fødselsnummer. The change log names the person where it must.
    [LoggerMessage(Level = LogLevel.Information, Message = "Forvaltning: innlogget med OIDC")]
    private static partial void LoggInnlogget(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forvaltning: innlogging med OIDC avvist ({Feiltype}: {Feil})")]
    private static partial void LoggFeilet(ILogger logger, string feiltype, string feil);
}
