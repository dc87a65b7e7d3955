using Kjoretoyregister.Server.Drift;

namespace Kjoretoyregister.Server.Logg;

/// <summary>The audit log and usage counts: <c>&lt;data directory&gt;/oppslagslogg.db</c>, its group-commit writer and its reader.</summary>
public static class OppslagsloggExtensions
{
    public static WebApplicationBuilder AddOppslagslogg(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OppslagsloggOptions>().BindConfiguration(OppslagsloggOptions.Seksjon).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => new OppslagsloggDatabase(sp.GetRequiredService<DataKatalog>().Fil(OppslagsloggDatabase.Filnavn)));
        builder.Services.AddHostedService<OppslagsloggOppstart>();
        builder.Services.AddSingleton<Loggskriver>();
        builder.Services.AddSingleton<IOppslagslogg>(sp => sp.GetRequiredService<Loggskriver>());
        builder.Services.AddSingleton<IOppslagsloggLeser, SqliteOppslagsloggLeser>();
        builder.Services.AddSingleton<Func<OppslagsloggDatabase, bool>>(d => d.Svarer());
        builder.Services.AddHealthChecks().AddCheck<Lagringssjekk<OppslagsloggDatabase>>("oppslagslogg", tags: ["ready"]);
        return builder;
    }
}
