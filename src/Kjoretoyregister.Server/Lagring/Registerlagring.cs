using Kjoretoyregister.Register;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Drift;

namespace Kjoretoyregister.Server.Lagring;

/// <summary>The register (<see cref="RegisterDatabase"/>) on the configured engine, with its readiness check.</summary>
public static class Registerlagring
{
    public static IServiceCollection AddRegisterLagring(this IServiceCollection services, Lagringsmotor motor)
    {
        if (motor != Lagringsmotor.Sqlite)
        {
            throw new NotSupportedException("Registeret på PostgreSQL er ikke koblet inn ennå.");
        }

        services.AddSingleton(sp => RegisterDatabase.ApneSqlite(sp.GetRequiredService<DataKatalog>().Fil("register.db"), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredService<RegisterDatabase>().Oppslag);
        services.AddHealthChecks().AddCheck<Lagringssjekk<RegisterDatabase>>("register", tags: ["ready"]);
        services.AddSingleton<Func<RegisterDatabase, bool>>(r => r.Svarer());
        return services;
    }
}
