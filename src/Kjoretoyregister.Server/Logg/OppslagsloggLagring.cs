using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Drift;

namespace Kjoretoyregister.Server.Logg;

/// <summary>The audit log's writer and reader on the configured engine, with its readiness check.</summary>
public static class OppslagsloggLagring
{
    public static IServiceCollection AddOppslagsloggLagring(this IServiceCollection services, Lagringsmotor motor)
    {
        if (motor != Lagringsmotor.Sqlite)
        {
            throw new NotSupportedException("Oppslagsloggen på PostgreSQL er ikke koblet inn ennå.");
        }

        services.AddSingleton(sp => new OppslagsloggDatabase(sp.GetRequiredService<DataKatalog>().Fil(OppslagsloggDatabase.Filnavn)));
        services.AddHostedService<OppslagsloggOppstart>();
        services.AddSingleton<Loggskriver>();
        services.AddSingleton<IOppslagslogg>(sp => sp.GetRequiredService<Loggskriver>());
        services.AddSingleton<IOppslagsloggLeser, SqliteOppslagsloggLeser>();
        services.AddSingleton<Func<OppslagsloggDatabase, bool>>(d => d.Svarer());
        services.AddHealthChecks().AddCheck<Lagringssjekk<OppslagsloggDatabase>>("oppslagslogg", tags: ["ready"]);
        return services;
    }
}
