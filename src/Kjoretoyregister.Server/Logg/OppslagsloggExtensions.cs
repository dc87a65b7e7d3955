namespace Kjoretoyregister.Server.Logg;

/// <summary>The audit log's options and its daily upkeep (its stores are registered by <c>AddLagring</c>).</summary>
public static class OppslagsloggExtensions
{
    public static WebApplicationBuilder AddOppslagslogg(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OppslagsloggOptions>().BindConfiguration(OppslagsloggOptions.Seksjon).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<LoggOptions>().BindConfiguration(LoggOptions.Seksjon).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<Loggvedlikehold>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<Loggvedlikehold>());
        return builder;
    }
}
