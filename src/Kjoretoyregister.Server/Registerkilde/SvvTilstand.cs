using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kjoretoyregister.Server.Registerkilde;

/// <summary>
/// Whether Statens vegvesen's API is answering, as the circuit breaker sees it: open (calls stopped while
/// it recovers) or closed. <c>/health/ready</c> reports an open circuit as the degraded dependency
/// <c>svv</c>; the instance itself stays ready, since another instance would fare no better.
/// </summary>
public sealed class SvvTilstand(TimeProvider tid) : IHealthCheck
{
    private long apnetTicks;

    /// <summary>When the circuit opened; null while it is closed.</summary>
    public DateTimeOffset? Apnet => Interlocked.Read(ref apnetTicks) is var t && t == 0 ? null : new DateTimeOffset(t, TimeSpan.Zero);

    public void Brutt() => Interlocked.Exchange(ref apnetTicks, tid.GetUtcNow().UtcTicks);

    public void Lukket() => Interlocked.Exchange(ref apnetTicks, 0);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Apnet is { } apnet
            ? HealthCheckResult.Degraded($"Statens vegvesen har feilet; kretsbryteren har vært åpen siden {apnet:O}.")
            : HealthCheckResult.Healthy("Statens vegvesen svarer."));
}
