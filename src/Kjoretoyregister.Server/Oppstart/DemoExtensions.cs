namespace Kjoretoyregister.Server.Oppstart;

/// <summary>The embedded default's first start; see <see cref="DemoOppsett"/>.</summary>
public static class DemoExtensions
{
    public static WebApplicationBuilder AddDemo(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Seksjon).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<DemoOppsett>();
        return builder;
    }
}
