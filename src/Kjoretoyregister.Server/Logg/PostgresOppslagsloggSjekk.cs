using Kjoretoyregister.Server.Lagring;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// The readiness check of the audit log in PostgreSQL, under the name <c>oppslagslogg</c>: healthy when the
/// database answers within <see cref="Postgressjekk.Frist"/> and has the log's tables. Its description names
/// the database (<see cref="Postgressjekk.Beskriv"/>: host, port, database; never the user or password).
/// </summary>
public sealed class PostgresOppslagsloggSjekk(NpgsqlDataSource kilde) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var hvilken = Postgressjekk.Beskriv(kilde.ConnectionString);
        using var frist = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        frist.CancelAfter(Postgressjekk.Frist);
        try
        {
            await using var kommando = kilde.CreateCommand(
                "SELECT to_regclass('logg') IS NOT NULL AND to_regclass('logg_part') IS NOT NULL AND to_regclass('forbruk') IS NOT NULL");
            return (bool)(await kommando.ExecuteScalarAsync(frist.Token))!
                ? HealthCheckResult.Healthy($"Oppslagsloggen i PostgreSQL {hvilken}")
                : HealthCheckResult.Unhealthy($"Oppslagsloggen mangler tabellene sine i PostgreSQL {hvilken}");
        }
        catch (Exception feil) when (feil is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"Oppslagsloggen i PostgreSQL {hvilken} svarer ikke", feil);
        }
    }
}
