namespace Kjoretoyregister.Server.Logg;

/// <summary>The audit log's options (its stores are registered by <c>AddLagring</c>).</summary>
public static class OppslagsloggExtensions
{
    public static WebApplicationBuilder AddOppslagslogg(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OppslagsloggOptions>().BindConfiguration(OppslagsloggOptions.Seksjon).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }
}
