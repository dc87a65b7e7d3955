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
        builder.Services.AddOptions<MaskinportenOptions>().BindConfiguration(MaskinportenOptions.Seksjon);
        builder.Services.AddSingleton<Utstederadresse>();
        builder.Services.AddSingleton<IMaskinportenKlientStore, SqliteMaskinportenKlientStore>();
        builder.Services.AddSingleton<Utstedernokkel>();
        builder.Services.AddSingleton<JtiRegister>();
        builder.Services.AddSingleton<GrantValidator>();
        builder.Services.AddSingleton<Tokenutsteder>();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, MaskinportenJsonContext.Default));
        return builder;
    }

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
