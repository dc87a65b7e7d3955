using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Maskinporten;

namespace Kjoretoyregister.Cli;

/// <summary>
/// The stores on one <c>fiks.db</c> as a forvaltning command uses them, and the change log every change
/// is written to, as done by <c>cli:&lt;the operating system user&gt;</c> (never with a password).
/// </summary>
internal sealed class Fiksdata(FiksDatabase database) : IDisposable
{
    private readonly SqliteEndringslogg endringer = new(database);
    private readonly SqliteForvaltningStore store = new(database, TimeProvider.System);

    /// <summary>Who the change log says made the CLI's changes.</summary>
    public static string Utforer => "cli:" + Environment.UserName;

    public IForvaltningStore Store => store;

    public IBrukerStore Brukere { get; } = new SqliteBrukerStore(database, TimeProvider.System);

    public IMaskinportenKlientStore Klienter { get; } = new SqliteMaskinportenKlientStore(database, TimeProvider.System);

    /// <summary>Writes one change to the log, now.</summary>
    public Task LoggAsync(Guid? fiksOrgId, string handling, string? detaljer, CancellationToken ct) =>
        endringer.SkrivAsync(new Endring(TimeProvider.System.GetUtcNow(), Utforer, fiksOrgId, handling, detaljer), ct);

    public void Dispose() => store.Dispose();
}
