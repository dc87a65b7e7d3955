namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// Opens the audit log when the server starts, so the file is created or migrated then: a lock held on a
/// file that still needs its schema stops the start with the reason, instead of holding up the first
/// lookup and answering it with a 500.
/// </summary>
internal sealed class OppslagsloggOppstart(OppslagsloggDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.Svarer()
        ? Task.CompletedTask
        : throw new InvalidOperationException($"Oppslagsloggen {database.Fil.Sti} mangler tabellene sine etter migreringen.");

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
