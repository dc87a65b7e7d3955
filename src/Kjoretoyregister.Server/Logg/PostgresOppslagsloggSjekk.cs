using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Kjoretoyregister.Server.Logg;

/// <summary>The readiness check of the audit log in PostgreSQL: healthy when the database answers and has the log's tables.</summary>
public sealed class PostgresOppslagsloggSjekk(NpgsqlDataSource kilde) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var database = new NpgsqlConnectionStringBuilder(kilde.ConnectionString).Database;
        try
        {
            await using var kommando = kilde.CreateCommand(
                "SELECT to_regclass('logg') IS NOT NULL AND to_regclass('logg_part') IS NOT NULL AND to_regclass('forbruk') IS NOT NULL");
            return (bool)(await kommando.ExecuteScalarAsync(cancellationToken))!
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"Oppslagsloggen mangler tabellene sine i PostgreSQL-databasen «{database}»");
        }
        catch (NpgsqlException feil)
        {
            return HealthCheckResult.Unhealthy($"Oppslagsloggen i PostgreSQL-databasen «{database}» svarer ikke", feil);
        }
    }
}
