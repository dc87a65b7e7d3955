#if NET
using System.Text;
#endif
using System.Text.Json;
using System.Text.Json.Nodes;
using Kjoretoyregister.Client.Maskinporten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Kjoretoyregister.Client;

/// <summary>Registers <see cref="KjoretoyregisterClient"/> and its <see cref="IMaskinportenTokenProvider"/>: the SDK's <see cref="MaskinportenTokenProvider"/>, or one of your own.</summary>
public static class KjoretoyregisterServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the token provider talks to Maskinporten with.</summary>
    public const string MaskinportenHttpKlient = "Kjoretoyregister.Maskinporten";

    /// <summary>
    /// Registers the client with options bound from <paramref name="konfigurasjon"/> (a section with
    /// demo.json's shape: <c>BaseUrl</c> or <c>Miljo</c>, <c>FiksOrgId</c>, <c>IntegrasjonId</c>,
    /// <c>IntegrasjonPassord</c>, <c>Maskinporten</c>; <c>Maskinporten:Jwk</c> may be an object). The options
    /// are checked when the host starts, and again when the client is first made: a missing password or a
    /// key that cannot be read stops the program with a message naming the setting.
    /// </summary>
    /// <returns>The client's <see cref="IHttpClientBuilder"/>, for handlers of your own.</returns>
    public static IHttpClientBuilder AddKjoretoyregisterClient(this IServiceCollection services, IConfiguration konfigurasjon)
    {
        ArgumentNullException.ThrowIfNull(konfigurasjon);
        return services.AddKjoretoyregisterClient(o =>
        {
            var jwk = JwkFraObjekt(konfigurasjon.GetSection("Maskinporten:Jwk"));
            UtenJwkObjekt(konfigurasjon, jwk is not null).Bind(o);
            if (jwk is not null)
            {
                o.Maskinporten.Jwk = jwk;
            }
        });
    }

    /// <summary>As above, with the options set in code.</summary>
    public static IHttpClientBuilder AddKjoretoyregisterClient(this IServiceCollection services, Action<KjoretoyregisterOptions> konfigurer)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHttpClient(MaskinportenHttpKlient);
        services.TryAddSingleton(sp =>
        {
            var fabrikk = sp.GetRequiredService<IHttpClientFactory>();
            return new MaskinportenTokenProvider(
                () => fabrikk.CreateClient(MaskinportenHttpKlient),
                sp.GetRequiredService<IOptions<KjoretoyregisterOptions>>().Value.Maskinporten,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILoggerFactory>()?.CreateLogger<MaskinportenTokenProvider>());
        });
        services.TryAddSingleton<IMaskinportenTokenProvider>(sp => sp.GetRequiredService<MaskinportenTokenProvider>());
        return Registrer(services, konfigurer, medMaskinporten: true);
    }

    /// <summary>
    /// Registers the client with tokens from a provider of your own (<typeparamref name="TTokenProvider"/>, a
    /// singleton; an adapter around KS's or Altinn's Maskinporten client, say) and options bound from
    /// <paramref name="konfigurasjon"/>; its <c>Maskinporten</c> section is not read.
    /// </summary>
    public static IHttpClientBuilder AddKjoretoyregisterClient<TTokenProvider>(this IServiceCollection services, IConfiguration konfigurasjon)
        where TTokenProvider : class, IMaskinportenTokenProvider
    {
        ArgumentNullException.ThrowIfNull(konfigurasjon);
        return services.AddKjoretoyregisterClient<TTokenProvider>(o => konfigurasjon.Bind(o));
    }

    /// <summary>As above, with the options set in code.</summary>
    public static IHttpClientBuilder AddKjoretoyregisterClient<TTokenProvider>(this IServiceCollection services, Action<KjoretoyregisterOptions> konfigurer)
        where TTokenProvider : class, IMaskinportenTokenProvider
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<TTokenProvider>();
        services.TryAddSingleton<IMaskinportenTokenProvider>(sp => sp.GetRequiredService<TTokenProvider>());
        return Registrer(services, konfigurer, medMaskinporten: false);
    }

    private static IHttpClientBuilder Registrer(IServiceCollection services, Action<KjoretoyregisterOptions> konfigurer, bool medMaskinporten)
    {
        ArgumentNullException.ThrowIfNull(konfigurer);
        services.AddOptions<KjoretoyregisterOptions>().Configure(konfigurer).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KjoretoyregisterOptions>>(new KjoretoyregisterOptionsValidator(medMaskinporten)));
        services.TryAddSingleton(TimeProvider.System);
        var klient = services.AddHttpClient<KjoretoyregisterClient>((sp, http) =>
            http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<KjoretoyregisterOptions>>().Value.TidsavbruddSekunder));
#if NET
        klient.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            // Formal, Saksbehandler and Saksreferanse are free text in Norwegian: sent as UTF-8 (as the server reads them), not refused for æ, ø and å.
            RequestHeaderEncodingSelector = (navn, _) => navn.Equals(FiksIntegrasjonHandler.FormalHeader, StringComparison.OrdinalIgnoreCase)
                || navn.Equals(FiksIntegrasjonHandler.SaksbehandlerHeader, StringComparison.OrdinalIgnoreCase)
                || navn.Equals(FiksIntegrasjonHandler.SaksreferanseHeader, StringComparison.OrdinalIgnoreCase) ? Encoding.UTF8 : null,
        });
#endif
        klient.AddResilienceHandler("kjoretoyregister", (pipeline, kontekst) => pipeline.AddRetry(Gjentaking.Strategi(
            kontekst.ServiceProvider.GetRequiredService<IOptions<KjoretoyregisterOptions>>().Value,
            kontekst.ServiceProvider.GetRequiredService<TimeProvider>())));
        return klient;
    }

    /// <summary>The configuration without the JWK object (which the binder cannot put in a string); as it is when there is none.</summary>
    private static IConfiguration UtenJwkObjekt(IConfiguration konfigurasjon, bool jwkErObjekt)
    {
        if (!jwkErObjekt)
        {
            return konfigurasjon;
        }

        var jwk = "Maskinporten:Jwk";
        return new ConfigurationBuilder()
            .AddInMemoryCollection(konfigurasjon.AsEnumerable(makePathsRelative: true)
                .Where(p => !p.Key.Equals(jwk, StringComparison.OrdinalIgnoreCase) && !p.Key.StartsWith(jwk + ":", StringComparison.OrdinalIgnoreCase)))
            .Build();
    }

    /// <summary>A JWK given as a configuration object (as in demo.json) turned back into JSON; null when it is a plain string or absent.</summary>
    private static string? JwkFraObjekt(IConfigurationSection jwk)
    {
        var felt = jwk.GetChildren().Where(f => f.Value is not null).ToList();
        if (felt.Count == 0)
        {
            return null;
        }

        var objekt = new JsonObject();
        foreach (var f in felt)
        {
            objekt[f.Key] = f.Value;
        }

        return objekt.ToJsonString(new JsonSerializerOptions());
    }

    private sealed class KjoretoyregisterOptionsValidator(bool medMaskinporten) : IValidateOptions<KjoretoyregisterOptions>
    {
        public ValidateOptionsResult Validate(string? name, KjoretoyregisterOptions options) =>
            KjoretoyregisterOptions.Valider(options, medMaskinporten) is { Count: > 0 } feil
                ? ValidateOptionsResult.Fail(feil)
                : ValidateOptionsResult.Success;
    }
}
