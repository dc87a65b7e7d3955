using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kjoretoyregister.Server.Drift;

/// <summary>
/// A readiness check of one store: healthy when the registered <c>Func&lt;T, bool&gt;</c> says the
/// store answers. Register it with <c>AddCheck&lt;Lagringssjekk&lt;T&gt;&gt;(name, tags: ["ready"])</c>.
/// </summary>
public sealed class Lagringssjekk<T>(T lager, Func<T, bool> svarer) : IHealthCheck
    where T : notnull
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(svarer(lager) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"{typeof(T).Name} svarer ikke"));
        }
        catch (Exception feil) when (feil is IOException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"{typeof(T).Name} svarer ikke", feil));
        }
    }
}
