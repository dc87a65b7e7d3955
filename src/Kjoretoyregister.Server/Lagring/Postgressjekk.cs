using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Kjoretoyregister.Server.Lagring;

/// <summary>
/// <c>/health/ready</c>'s check of the PostgreSQL server, under the name <c>postgres</c>: one
/// <c>SELECT 1</c>, bounded by the check's own timeout. Its description names the database (host,
/// port, database; never the user or password), healthy or not, so an operator sees which one it is.
/// </summary>
public sealed class Postgressjekk(NpgsqlDataSource kilde) : IHealthCheck
{
    /// <summary>How long the check waits for an answer.</summary>
    public static readonly TimeSpan Frist = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var hvilken = Beskriv(kilde.ConnectionString);
        using var frist = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        frist.CancelAfter(Frist);
        try
        {
            await using var kommando = kilde.CreateCommand("SELECT 1");
            await kommando.ExecuteScalarAsync(frist.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"PostgreSQL {hvilken}");
        }
        catch (Exception feil) when (feil is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL {hvilken} svarer ikke", feil);
        }
    }

    /// <summary>"host:port/database" from a connection string, without credentials.</summary>
    public static string Beskriv(string tilkoblingsstreng)
    {
        var b = new NpgsqlConnectionStringBuilder(tilkoblingsstreng);
        return $"{b.Host}:{b.Port}/{b.Database ?? b.Username}";
    }
}
