using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Drift;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// The audit log's writer and reader on the configured engine, with its readiness check. On SQLite the
/// file is created or migrated at start (<see cref="OppslagsloggOppstart"/>); on PostgreSQL the schema set
/// <c>oppslagslogg</c> is migrated with the others by <c>Skjemaoppstart</c>.
/// </summary>
public static class OppslagsloggLagring
{
    public static IServiceCollection AddOppslagsloggLagring(this IServiceCollection services, Lagringsmotor motor)
    {
        if (motor == Lagringsmotor.Postgres)
        {
            services.AddSingleton(sp => new Loggskriver(
                sp.GetRequiredService<NpgsqlDataSource>(),
                sp.GetRequiredService<IOptions<OppslagsloggOptions>>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<Loggskriver>>())
            {
                Maaler = sp.GetService<Telemetri.Maaler>(),
            });
            services.AddSingleton<IOppslagsloggLeser, PostgresOppslagsloggLeser>();
            services.AddSingleton<ILoggkjedelager, PostgresLoggkjedelager>();
            services.AddHealthChecks().AddCheck<PostgresOppslagsloggSjekk>("oppslagslogg", tags: ["ready"]);
        }
        else
        {
            services.AddSingleton(sp => new OppslagsloggDatabase(sp.GetRequiredService<DataKatalog>().Fil(OppslagsloggDatabase.Filnavn)));
            services.AddHostedService<OppslagsloggOppstart>();
            services.AddSingleton(sp => new Loggskriver(
                sp.GetRequiredService<OppslagsloggDatabase>(),
                sp.GetRequiredService<IOptions<OppslagsloggOptions>>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<Loggskriver>>())
            {
                Maaler = sp.GetService<Telemetri.Maaler>(),
            });
            services.AddSingleton<IOppslagsloggLeser, SqliteOppslagsloggLeser>();
            services.AddSingleton<ILoggkjedelager, SqliteLoggkjedelager>();
            services.AddSingleton<Func<OppslagsloggDatabase, CancellationToken, ValueTask<bool>>>((d, _) => ValueTask.FromResult(d.Svarer()));
            services.AddHealthChecks().AddCheck<Lagringssjekk<OppslagsloggDatabase>>("oppslagslogg", tags: ["ready"]);
        }

        services.AddSingleton<IOppslagslogg>(sp => sp.GetRequiredService<Loggskriver>());
        services.AddSingleton<Innsyn.Innsynsrapporter>();
        services.AddSingleton<Loggverifisering>();
        return services;
    }
}
