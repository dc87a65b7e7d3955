namespace Kjoretoyregister.Server.Tilgang;

/// <summary>The authentication chain's services; the lookup route group adds <see cref="FiksTilgangFilter"/>.</summary>
public static class TilgangExtensions
{
    public static WebApplicationBuilder AddTilgang(this WebApplicationBuilder builder)
    {
        AppContext.SetSwitch(Utstedernokler.Blokkerendeoppfrisking, true);
        builder.Services.AddHttpClient(nameof(Tokenvalidering), c => c.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton<Utstedernokler>();
        builder.Services.AddSingleton<Tokenvalidering>();
        builder.Services.AddSingleton<Feilforsok>();
        builder.Services.AddSingleton<Integrasjonsautentisering>();
        builder.Services.AddSingleton<FiksTilgangFilter>();
        return builder;
    }
}
