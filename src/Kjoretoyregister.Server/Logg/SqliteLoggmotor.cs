namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// Commits batches to <see cref="OppslagsloggDatabase"/>: one <see cref="Loggtransaksjon"/> (a connection with
/// prepared commands) reused across batches, opened afresh after a failure so a repaired file is picked up.
/// </summary>
internal sealed partial class SqliteLoggmotor(OppslagsloggDatabase database, TimeSpan skrivefrist, ILogger logger) : ILoggmotor
{
    private Loggtransaksjon? transaksjon;

    public Task SkrivAsync(IReadOnlyList<LoggRad[]> kall)
    {
        if (database.Fil.RepairSharedMemory())
        {
            DeltMinneReparert(logger);
        }

        transaksjon ??= new Loggtransaksjon(database.Fil, skrivefrist);
        transaksjon.Skriv(kall);
        return Task.CompletedTask;
    }

    public void Forkast()
    {
        transaksjon?.Forkast();
        transaksjon = null;
    }

    public void Dispose() => transaksjon?.Dispose();

    [LoggerMessage(Level = LogLevel.Critical, Message = "Oppslagsloggens -shm-fil var blitt kortet av noe utenfor SQLite og ble forlenget igjen; finn ut hva som rørte filen")]
    private static partial void DeltMinneReparert(ILogger logger);
}
