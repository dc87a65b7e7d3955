using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>The readiness check of the Fiks data (<see cref="IForvaltningStore.SvarerAsync"/>), on either engine.</summary>
public sealed class Forvaltningssjekk(IForvaltningStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.SvarerAsync(cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{nameof(IForvaltningStore)} svarer ikke med skjemaet dette programmet venter");
        }
        catch (Exception feil) when (feil is IOException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException or NpgsqlException)
        {
            return HealthCheckResult.Unhealthy($"{nameof(IForvaltningStore)} svarer ikke", feil);
        }
    }
}
