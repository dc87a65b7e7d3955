using Kjoretoyregister.Register;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Drift;
using Npgsql;

namespace Kjoretoyregister.Server.Lagring;

/// <summary>The register (<see cref="RegisterDatabase"/>) on the configured engine, with its readiness check.</summary>
public static class Registerlagring
{
    /// <summary>The register's file name under the data directory (SQLite).</summary>
    public const string Registerfil = "register.db";

    /// <summary><c>Storage:RegisterFil</c>: the SQLite register file, when not <c>&lt;DataDirectory&gt;/register.db</c>.</summary>
    public const string RegisterfilNokkel = "Storage:RegisterFil";

    public static IServiceCollection AddRegisterLagring(this IServiceCollection services, Lagringsmotor motor)
    {
        if (motor == Lagringsmotor.Sqlite)
        {
            services.AddSingleton(sp => RegisterDatabase.ApneSqlite(
                sp.GetRequiredService<IConfiguration>()[RegisterfilNokkel] is { Length: > 0 } fil ? fil : sp.GetRequiredService<DataKatalog>().Fil(Registerfil),
                sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            // The schema is migrated at start (Skjemaoppstart); the data source is the one AddLagring registered.
            services.AddSingleton(sp => RegisterDatabase.ApnePostgres(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>()));
        }

        services.AddSingleton(sp => sp.GetRequiredService<RegisterDatabase>().Oppslag);
        services.AddHealthChecks().AddCheck<Lagringssjekk<RegisterDatabase>>("register", tags: ["ready"]);
        services.AddSingleton<Func<RegisterDatabase, CancellationToken, ValueTask<bool>>>((r, cancellationToken) => r.SvarerAsync(cancellationToken));
        return services;
    }
}
