using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// A real OpenID Connect provider for the tests, built on OpenIddict's server, on its own loopback Kestrel
/// port: discovery, JWKS, the authorization endpoint (code flow only, PKCE required, the answer as a query),
/// the token endpoint (one client, <see cref="KlientId"/> with <see cref="Klienthemmelighet"/>), and an
/// end-session endpoint that records each sign-out (<see cref="Utlogginger"/>). No login screen: the
/// authorization endpoint signs in <see cref="NestePerson"/>, whom the test chooses. <see cref="Koble"/>
/// points a test server at it.
/// </summary>
internal sealed partial class OidcUtsteder : IAsyncDisposable
{
    public const string KlientId = "forvaltning-test";

    public const string Klienthemmelighet = "testutstederens-klienthemmelighet";

    public const string Knappetekst = "Testutsteder";

    private const string Skjema = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    private readonly WebApplication app;

    private OidcUtsteder(WebApplication app, Uri adresse, RsaSecurityKey nokkel)
    {
        this.app = app;
        Adresse = adresse;
        Signeringsnokkel = nokkel;
    }

    /// <summary>The issuer, e.g. http://127.0.0.1:40123/.</summary>
    public Uri Adresse { get; }

    /// <summary>The key the provider signs ID tokens with.</summary>
    public RsaSecurityKey Signeringsnokkel { get; }

    /// <summary>Who the next authorization request signs in; null answers <c>access_denied</c>.</summary>
    public Oidcperson? NestePerson { get; set; }

    /// <summary>Each authorization request as it arrived.</summary>
    public ConcurrentQueue<OpenIddictRequest> Autorisasjoner { get; } = new();

    /// <summary>Each call of the end-session endpoint: the ID token hint and where the browser was sent back.</summary>
    public ConcurrentQueue<(string? IdTokenHint, string? Tilbake)> Utlogginger { get; } = new();

    public static async Task<OidcUtsteder> StartAsync()
    {
        var adresse = new Uri($"http://127.0.0.1:{Ledigport.Finn()}/");
        var nokkel = new RsaSecurityKey(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };
        OidcUtsteder? utsteder = null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(adresse.ToString().TrimEnd('/'));
        builder.Services.AddAuthentication();
        builder.Services.AddOpenIddict().AddServer(o =>
        {
            o.SetIssuer(adresse);
            o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token").SetEndSessionEndpointUris("connect/endsession");
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            o.AddSigningKey(nokkel).AddEphemeralEncryptionKey().DisableAccessTokenEncryption();
            o.EnableDegradedMode();
            o.UseAspNetCore().DisableTransportSecurityRequirement()
                .EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().EnableEndSessionEndpointPassthrough();
            o.AddEventHandler<ValidateAuthorizationRequestContext>(b => b.UseInlineHandler(SjekkAutorisasjon));
            o.AddEventHandler<ValidateTokenRequestContext>(b => b.UseInlineHandler(SjekkKlient));
            o.AddEventHandler<ValidateEndSessionRequestContext>(b => b.UseInlineHandler(SjekkUtlogging));
            o.AddEventHandler<ApplyTokenResponseContext>(b => b.UseInlineHandler(c => utsteder!.Forfalsk(c)));
        });

        var app = builder.Build();
        utsteder = new OidcUtsteder(app, adresse, nokkel);
        app.UseAuthentication();
        app.MapMethods("/connect/authorize", ["GET", "POST"], utsteder.Autoriser);
        app.MapPost("/connect/token", (Func<HttpContext, Task<IResult>>)Token);
        app.MapMethods("/connect/endsession", ["GET", "POST"], utsteder.Utlogging);
        await app.StartAsync();
        return utsteder;
    }

    /// <summary>Config that points a test server's forvaltning sign-in at this provider (before the server starts).</summary>
    public void Koble(ServerFabrikk server, string? subjectClaim = null)
    {
        server.Konfig["Forvaltning:Oidc:Authority"] = Adresse.ToString();
        server.Konfig["Forvaltning:Oidc:ClientId"] = KlientId;
        server.Konfig["Forvaltning:Oidc:ClientSecret"] = Klienthemmelighet;
        server.Konfig["Forvaltning:Oidc:RequireHttpsMetadata"] = "false";
        server.Konfig["Forvaltning:Oidc:Knappetekst"] = Knappetekst;
        if (subjectClaim is not null)
        {
            server.Konfig["Forvaltning:Oidc:SubjectClaim"] = subjectClaim;
        }
    }

    private IResult Autoriser(HttpContext context)
    {
        var foresporsel = context.GetOpenIddictServerRequest()!;
        Autorisasjoner.Enqueue(foresporsel);
        if (NestePerson is not { } person)
        {
            return Results.Forbid(authenticationSchemes: [Skjema]);
        }

        var identitet = new ClaimsIdentity(Skjema, Claims.Name, Claims.Role);
        identitet.AddClaim(new Claim(Claims.Subject, person.Sub));
        identitet.AddClaim(new Claim("pid", person.Pid));
        identitet.SetScopes(foresporsel.GetScopes());
        identitet.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identitet), authenticationScheme: Skjema);
    }

    private static async Task<IResult> Token(HttpContext context)
    {
        var kode = await context.AuthenticateAsync(Skjema);
        return kode.Principal is { } principal ? Results.SignIn(principal, authenticationScheme: Skjema) : Results.Forbid(authenticationSchemes: [Skjema]);
    }

    private IResult Utlogging(HttpContext context)
    {
        var foresporsel = context.GetOpenIddictServerRequest()!;
        Utlogginger.Enqueue((foresporsel.IdTokenHint, foresporsel.PostLogoutRedirectUri));
        return Results.SignOut(authenticationSchemes: [Skjema]);
    }

    private static ValueTask SjekkAutorisasjon(ValidateAuthorizationRequestContext context)
    {
        if (context.ClientId != KlientId)
        {
            context.Reject(Errors.InvalidClient, "Ukjent klient.");
        }
        else if (!Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var tilbake) || tilbake.AbsolutePath != "/forvaltning/oidc/callback")
        {
            context.Reject(Errors.InvalidRequest, "Ukjent redirect_uri.");
        }

        return default;
    }

    private static ValueTask SjekkKlient(ValidateTokenRequestContext context)
    {
        if (context.ClientId != KlientId || context.Request.ClientSecret != Klienthemmelighet)
        {
            context.Reject(Errors.InvalidClient, "Feil klient eller klienthemmelighet.");
        }

        return default;
    }

    private static ValueTask SjekkUtlogging(ValidateEndSessionRequestContext context)
    {
        if (context.PostLogoutRedirectUri is { } tilbake
            && (!Uri.TryCreate(tilbake, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/forvaltning/oidc/utlogget"))
        {
            context.Reject(Errors.InvalidRequest, "Ukjent post_logout_redirect_uri.");
        }

        return default;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Signeringsnokkel.Rsa.Dispose();
    }
}
