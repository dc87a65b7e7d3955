using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Drift;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Forvaltning.Oidc;
using Kjoretoyregister.Server.Lagring;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.FileProviders;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// Fiks forvaltning, the web UI under <c>/forvaltning</c>: Razor Pages in <c>Forvaltning/Sider</c>,
/// a cookie session (HttpOnly, SameSite=Strict, Secure on HTTPS), antiforgery on every form, and the
/// Data Protection keys where every server instance reads them, so all read the same cookies: in the data
/// directory on SQLite, in the database on PostgreSQL.
/// The lookup API does not pass through any of it: there is no default authentication scheme.
/// </summary>
public static class ForvaltningswebExtensions
{
    public const string Sti = "/forvaltning";

    public static WebApplicationBuilder AddForvaltningsweb(this WebApplicationBuilder builder)
    {
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("Kjoretoyregister");
        if (LagringExtensions.Motor(builder.Configuration) == Lagringsmotor.Postgres)
        {
            builder.Services.AddSingleton<PostgresDataProtectionRepository>();
            builder.Services.AddOptions<KeyManagementOptions>()
                .Configure<PostgresDataProtectionRepository>((o, repository) => o.XmlRepository = repository);
        }
        else
        {
            var data = new DataKatalog(builder.Configuration[DataKatalog.Nokkel]);
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(data.Fil("dataprotection-nokler")));
        }

        builder.Services.AddOptions<InnloggingOptions>().BindConfiguration(InnloggingOptions.Seksjon).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<Innloggingsforsok>();
        builder.Services.AddSingleton<Passordsjekk>();
        builder.Services.AddSingleton<Sikkerhetsdokumenter>();

        // One registered scheme would otherwise become the default one, and every API request would
        // then read the forvaltning cookie.
        AppContext.SetSwitch("Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme", true);
        var okt = builder.Configuration.GetValue($"{InnloggingOptions.Seksjon}:{nameof(InnloggingOptions.OktMinutter)}", new InnloggingOptions().OktMinutter);
        var autentisering = builder.Services.AddAuthentication()
            .AddCookie(Innloggingsskjema.Navn, o =>
            {
                o.Cookie.Name = "forvaltning";
                o.Cookie.Path = Sti;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = Sti + "/logg-inn";
                o.LogoutPath = Sti + "/logg-ut";
                o.AccessDeniedPath = Sti + "/ingen-tilgang";
                o.ReturnUrlParameter = "tilbake";
                o.ExpireTimeSpan = TimeSpan.FromMinutes(okt);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = Innloggingsskjema.ValiderAsync;
            });
        builder.AddOidc(autentisering);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Innloggingsskjema.Policy, p => p.AddAuthenticationSchemes(Innloggingsskjema.Navn).RequireAuthenticatedUser())
            .AddPolicy(Innloggingsskjema.KsPolicy, p => p.AddAuthenticationSchemes(Innloggingsskjema.Navn).RequireClaim(Innloggingsskjema.KsClaim, "true"));

        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "forvaltning-antiforgery";
            o.Cookie.Path = Sti;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__skjemanokkel";
        });
        builder.Services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = "forvaltning-melding";
            o.Cookie.Path = Sti;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Forvaltning/Sider";
            o.Conventions.AuthorizeFolder("/", Innloggingsskjema.Policy);
            o.Conventions.AuthorizeFolder("/Ks", Innloggingsskjema.KsPolicy);
            o.Conventions.AllowAnonymousToPage("/Index");
            o.Conventions.AllowAnonymousToPage("/LoggInn");
            o.Conventions.AllowAnonymousToPage("/Oidc/Videre");
            o.Conventions.AllowAnonymousToFolder("/Sikkerhetsdokumentasjon");
        }).AddMvcOptions(o =>
        {
            o.Filters.Add(new ResponseCacheAttribute { NoStore = true, Location = ResponseCacheLocation.None });
            o.Filters.Add(new Sider.Rollekrav());
        });
        return builder;
    }

    /// <summary>
    /// The UI's headers and static files apply only under <see cref="Sti"/>. Authentication runs in the
    /// main pipeline (inside the error handling), but with no default scheme it does nothing for a
    /// request whose endpoint has no forvaltning policy: the API never reads the session cookie.
    /// </summary>
    public static WebApplication UseForvaltningsweb(this WebApplication app)
    {
        var ressurser = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "forvaltning");
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Sti), ui =>
        {
            ui.Use((context, neste) =>
            {
                Sikkerhetshoder(context.Response);
                return neste(context);
            });
            ui.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = Sti + "/ressurser",
                FileProvider = new PhysicalFileProvider(ressurser),
                OnPrepareResponse = f => f.Context.Response.Headers.CacheControl = "no-cache",
            });
        });
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The UI's security headers (also set again by the error pages, since error handling clears headers).</summary>
    /// <remarks>
    /// With OpenID Connect on, <c>form-action</c> also allows the provider's origin: the sign-out form's
    /// answer redirects there, and a browser holds a form's redirects to the same rule.
    /// </remarks>
    public static void Sikkerhetshoder(HttpResponse svar)
    {
        ArgumentNullException.ThrowIfNull(svar);
        var headere = svar.Headers;
        var leverandor = svar.HttpContext.RequestServices.GetService<Microsoft.Extensions.Options.IOptions<OidcOptions>>()?.Value.Opphav;
        headere.ContentSecurityPolicy = $"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'{(leverandor is null ? "" : " " + leverandor)}; base-uri 'none'";
        headere.XContentTypeOptions = "nosniff";
        headere.XFrameOptions = "DENY";
        headere.CacheControl = "no-store";
        headere["Referrer-Policy"] = "no-referrer";
    }

    public static WebApplication MapForvaltningsweb(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapOidc();
        app.MapGet(Sti + "/sikkerhetsdokumentasjon/{navn}.md", (string navn, Sikkerhetsdokumenter dokumenter) =>
                dokumenter.Hent(navn) is { } dokument
                    ? Results.File(System.Text.Encoding.UTF8.GetBytes(dokument.Markdown), "text/markdown; charset=utf-8", dokument.Filnavn)
                    : Results.NotFound())
            .ExcludeFromDescription();

        // The server's front page is forvaltning; the icon is the UI's, also for the API reference page.
        app.MapGet("/", () => Results.Redirect(Sti)).ExcludeFromDescription();
        var ikon = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "forvaltning", "favicon.ico");
        app.MapGet("/favicon.ico", () => TypedResults.PhysicalFile(ikon, "image/x-icon")).ExcludeFromDescription();
        return app;
    }
}
