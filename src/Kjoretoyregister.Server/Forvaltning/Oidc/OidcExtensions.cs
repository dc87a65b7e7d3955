using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Kjoretoyregister.Server.Forvaltning.Oidc;

/// <summary>
/// Sign-in to forvaltning with OpenID Connect, when <c>Forvaltning:Oidc:Authority</c> is set: ASP.NET Core's
/// own handler, code flow with PKCE, the answer as a query (a top-level GET carries the handler's Lax
/// correlation cookie, also on plain HTTP). The handler signs in with the same cookie as the login form
/// (<see cref="Innloggingsskjema"/>), security stamp included, so everything after is the same; see
/// <see cref="Oidchendelser"/>. Sign-out is RP-initiated (<c>end_session_endpoint</c> with the ID token).
/// </summary>
public static class OidcExtensions
{
    public const string Skjema = "ForvaltningOidc";

    public const string LoggInnSti = ForvaltningswebExtensions.Sti + "/oidc/logg-inn";

    public const string TilbakekallSti = ForvaltningswebExtensions.Sti + "/oidc/callback";

    public const string UtloggetSti = ForvaltningswebExtensions.Sti + "/oidc/utlogget";

    public const string VidereSti = ForvaltningswebExtensions.Sti + "/oidc/videre";

    public static WebApplicationBuilder AddOidc(this WebApplicationBuilder builder, AuthenticationBuilder autentisering)
    {
        builder.Services.AddOptions<OidcOptions>().BindConfiguration(OidcOptions.Seksjon).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<OidcOptions>, OidcOptionsValidering>();
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{OidcOptions.Seksjon}:{nameof(OidcOptions.Authority)}"]))
        {
            return builder;
        }

        builder.Services.AddSingleton<Klientpastand>();
        autentisering.AddOpenIdConnect(Skjema, o =>
        {
            o.SignInScheme = Innloggingsskjema.Navn;
            o.SignOutScheme = Innloggingsskjema.Navn;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.ResponseMode = OpenIdConnectResponseMode.Query;
            o.UsePkce = true;
            o.CallbackPath = TilbakekallSti;
            o.SignedOutCallbackPath = UtloggetSti;
            o.SignedOutRedirectUri = Innloggingssider.LoggInn;
            o.RemoteSignOutPath = ForvaltningswebExtensions.Sti + "/oidc/frontkanal";
            o.MapInboundClaims = false;
            o.SaveTokens = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            o.DisableTelemetry = true;
            o.CorrelationCookie.Name = "forvaltning-oidc-korrelasjon.";
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.Name = "forvaltning-oidc-nonce.";
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.RemoteAuthenticationTimeout = TimeSpan.FromMinutes(10);
            o.Events = new Oidchendelser();
        });
        builder.Services.AddOptions<OpenIdConnectOptions>(Skjema).Configure<IOptions<OidcOptions>>((o, oidc) =>
        {
            var v = oidc.Value;
            o.Authority = v.Authority;
            o.ClientId = v.ClientId;
            o.ClientSecret = string.IsNullOrWhiteSpace(v.ClientSecret) ? null : v.ClientSecret;
            o.RequireHttpsMetadata = v.RequireHttpsMetadata;
            o.Scope.Clear();
            o.Scope.Add("openid");
            foreach (var scope in v.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s != "openid"))
            {
                o.Scope.Add(scope);
            }
        });
        return builder;
    }

    /// <summary><c>GET /forvaltning/oidc/logg-inn?tilbake=</c>: off to the provider; back through the hop page to a local address.</summary>
    public static WebApplication MapOidc(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<OidcOptions>>().Value.Aktiv)
        {
            return app;
        }

        app.MapGet(LoggInnSti, (string? tilbake) => Results.Challenge(
                new AuthenticationProperties { RedirectUri = VidereSti + "?tilbake=" + Uri.EscapeDataString(Innloggingssider.Tilbake(tilbake)) },
                [Skjema]))
            .ExcludeFromDescription();
        return app;
    }
}
