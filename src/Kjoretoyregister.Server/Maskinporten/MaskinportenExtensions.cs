using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// The Maskinporten side: the trusted issuer's options and address, and the local issuer
/// (CONTRACT.md §6): its clients, signing key, grant-id register and endpoints, mapped only when no
/// external issuer is configured.
/// </summary>
public static class MaskinportenExtensions
{
    public static WebApplicationBuilder AddMaskinporten(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MaskinportenOptions>()
            .BindConfiguration(MaskinportenOptions.Seksjon)
            .Validate(o => o.LokalUtsteder || ErUtsteder(o.Issuer!), "Maskinporten:Issuer må være en absolutt http(s)-URL som slutter med '/', f.eks. https://maskinporten.no/")
            .Validate(o => string.IsNullOrWhiteSpace(o.LokalIssuer) || ErUtsteder(o.LokalIssuer), "Maskinporten:LokalIssuer må være en absolutt http(s)-URL som slutter med '/', f.eks. https://kjoretoy.example.no/maskinporten/")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Scope), "Maskinporten:Scope kan ikke være tom")
            .Validate(o => o.TokenLevetidSekunder is > 0 and <= 3600, "Maskinporten:TokenLevetidSekunder må være fra 1 til 3600")
            .Validate(o => o.NokkelOppfriskingSekunder is >= 1 and <= 86_400, "Maskinporten:NokkelOppfriskingSekunder må være fra 1 til 86400")
            .ValidateOnStart();
        builder.Services.AddSingleton<Utstederadresse>();
        builder.Services.AddSingleton<JtiRegister>();
        builder.Services.AddSingleton<GrantValidator>();
        builder.Services.AddSingleton<Tokenutsteder>();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, MaskinportenJsonContext.Default));
        return builder;
    }

    private static bool ErUtsteder(string issuer) =>
        Uri.TryCreate(issuer, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && issuer.EndsWith('/');

    public static WebApplication MapMaskinporten(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<MaskinportenOptions>>().Value.LokalUtsteder)
        {
            app.MapMaskinportenEndpoints();
        }

        return app;
    }
}
