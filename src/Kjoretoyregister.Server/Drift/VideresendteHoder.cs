using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Kjoretoyregister.Server.Drift;

/// <summary>
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from the proxies <see cref="VideresendingOptions"/>
/// names: behind a TLS-terminating proxy the request's scheme is https (so the forvaltning cookies,
/// <c>SecurePolicy = SameAsRequest</c>, get <c>Secure</c>) and its client address is the caller's.
/// </summary>
public static class VideresendteHoder
{
    public static WebApplicationBuilder AddVideresendteHoder(this WebApplicationBuilder builder)
    {
        var options = Les(builder.Configuration);
        if (options.Feil() is { } feil)
        {
            throw new InvalidOperationException(feil);
        }

        if (options.Aktiv && builder.Configuration.GetValue<bool>(VideresendingOptions.RammeverketsBryter))
        {
            // Two forwarded-headers steps would each believe one more entry of X-Forwarded-For.
            throw new InvalidOperationException(
                $"Sett enten {VideresendingOptions.Seksjon}:KnownProxies/KnownNetworks eller ASPNETCORE_FORWARDEDHEADERS_ENABLED, ikke begge.");
        }

        if (options.Aktiv)
        {
            builder.Services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                o.ForwardLimit = options.ForwardLimit;
                // Only the named proxies: not even loopback, which the framework believes by default.
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
                foreach (var proxy in options.KnownProxies)
                {
                    o.KnownProxies.Add(IPAddress.Parse(proxy));
                }

                foreach (var nett in options.KnownNetworks)
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(nett));
                }
            });
        }

        return builder;
    }

    /// <summary>The forwarded-headers step, when a proxy is named; first in the pipeline.</summary>
    public static WebApplication UseVideresendteHoder(this WebApplication app)
    {
        if (Les(app.Configuration).Aktiv)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static VideresendingOptions Les(IConfiguration konfigurasjon) =>
        konfigurasjon.GetSection(VideresendingOptions.Seksjon).Get<VideresendingOptions>() ?? new VideresendingOptions();
}
