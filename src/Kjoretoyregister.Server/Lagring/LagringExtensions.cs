using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Drift;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Logg;
using Npgsql;

namespace Kjoretoyregister.Server.Lagring;

/// <summary>
/// Every store of the service on the engine <c>Storage:Provider</c> names: the one registration the
/// server and the CLI both use. On SQLite the stores are files under <c>DataDirectory</c>; on
/// PostgreSQL they share one <see cref="NpgsqlDataSource"/> and the schema is migrated at start.
/// </summary>
public static class LagringExtensions
{
    public static IHostApplicationBuilder AddLagring(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var motor = Motor(builder.Configuration);
        builder.Services.AddOptions<LagringOptions>().BindConfiguration(LagringOptions.Seksjon);
        builder.Services.AddSingleton(new DataKatalog(builder.Configuration[DataKatalog.Nokkel]));
        builder.Services.AddSingleton(TimeProvider.System);

        if (motor == Lagringsmotor.Postgres)
        {
            var tilkoblingsstreng = builder.Configuration[LagringOptions.PostgresNokkel];
            if (string.IsNullOrWhiteSpace(tilkoblingsstreng))
            {
                throw new InvalidOperationException(
                    $"Storage:Provider er Postgres, men {LagringOptions.PostgresNokkel} er ikke satt (miljøvariabel ConnectionStrings__Postgres).");
            }

            string medFrister;
            try
            {
                medFrister = MedFrister(tilkoblingsstreng);
            }
            catch (ArgumentException feil)
            {
                throw new InvalidOperationException($"{LagringOptions.PostgresNokkel} er ikke en gyldig tilkoblingsstreng: {feil.Message}", feil);
            }

            builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(medFrister).Build());
            builder.Services.AddSingleton<Skjemaoppstart>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<Skjemaoppstart>());
            builder.Services.AddHealthChecks().AddCheck<Postgressjekk>("postgres", tags: ["ready"]);
        }

        builder.Services.AddRegisterLagring(motor);
        builder.Services.AddFiksLagring(motor);
        builder.Services.AddOppslagsloggLagring(motor);
        return builder;
    }

    /// <summary>
    /// The connection string with bounds on waiting, where it sets none: a lookup against a database that
    /// is down must fail fast into a 503, not hang: connecting or waiting for a pooled connection 5 s, a
    /// statement 15 s (Npgsql's defaults are 15 and 30 s). Also No Reset On Close, unless set.
    /// </summary>
    public static string MedFrister(string tilkoblingsstreng)
    {
        var b = new NpgsqlConnectionStringBuilder(tilkoblingsstreng);
        var satt = new HashSet<string>(
            tilkoblingsstreng.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => d.Split('=')[0].Trim()),
            StringComparer.OrdinalIgnoreCase);
        if (!satt.Contains("Timeout"))
        {
            b.Timeout = 5;
        }

        if (!satt.Contains("Command Timeout") && !satt.Contains("CommandTimeout"))
        {
            b.CommandTimeout = 15;
        }

        // The service sets no session state (its advisory locks are released before the connection goes
        // back), so the reset Npgsql would send on every return to the pool is work for nothing.
        if (!satt.Contains("No Reset On Close") && !satt.Contains("NoResetOnClose"))
        {
            b.NoResetOnClose = true;
        }

        return b.ConnectionString;
    }

    /// <summary>The engine the configuration names.</summary>
    /// <exception cref="InvalidOperationException">Storage:Provider is neither Sqlite nor Postgres.</exception>
    public static Lagringsmotor Motor(IConfiguration konfigurasjon)
    {
        ArgumentNullException.ThrowIfNull(konfigurasjon);
        var verdi = konfigurasjon[LagringOptions.Seksjon + ":" + nameof(LagringOptions.Provider)];
        if (string.IsNullOrWhiteSpace(verdi))
        {
            return Lagringsmotor.Sqlite;
        }

        return Enum.TryParse<Lagringsmotor>(verdi, ignoreCase: true, out var motor) && Enum.IsDefined(motor)
            ? motor
            : throw new InvalidOperationException($"Storage:Provider må være Sqlite eller Postgres, ikke «{verdi}».");
    }
}
