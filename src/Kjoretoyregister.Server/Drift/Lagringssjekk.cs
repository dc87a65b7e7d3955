using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kjoretoyregister.Server.Drift;

/// <summary>
/// A readiness check of one store, on either engine: healthy when the registered
/// <c>Func&lt;T, CancellationToken, ValueTask&lt;bool&gt;&gt;</c> says the store answers with the schema
/// this program expects. Register it with <c>AddCheck&lt;Lagringssjekk&lt;T&gt;&gt;(name, tags: ["ready"])</c>.
/// </summary>
public sealed class Lagringssjekk<T>(T lager, Func<T, CancellationToken, ValueTask<bool>> svarer) : IHealthCheck
    where T : notnull
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await svarer(lager, cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"{typeof(T).Name} svarer ikke");
        }
        catch (Exception feil) when (feil is IOException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException)
        {
            return HealthCheckResult.Unhealthy($"{typeof(T).Name} svarer ikke", feil);
        }
    }
}
