using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Maskinporten;
using Microsoft.Extensions.DependencyInjection;

namespace Kjoretoyregister.Cli;

/// <summary>
/// The Fiks side's stores as a forvaltning command uses them (from the server's own registration, on
/// SQLite or PostgreSQL), and the change-log entries every change is written with, as done by
/// <c>cli:&lt;the operating system user&gt;</c> (never with a password).
/// </summary>
internal sealed class Fiksdata(IServiceProvider tjenester)
{
    private readonly IEndringslogg endringer = tjenester.GetRequiredService<IEndringslogg>();

    /// <summary>Who the change log says made the CLI's changes.</summary>
    public static string Utforer => "cli:" + Environment.UserName;

    public IForvaltningStore Store { get; } = tjenester.GetRequiredService<IForvaltningStore>();

    public IBrukerStore Brukere { get; } = tjenester.GetRequiredService<IBrukerStore>();

    public IMaskinportenKlientStore Klienter { get; } = tjenester.GetRequiredService<IMaskinportenKlientStore>();

    /// <summary>The change-log entry of a change made now, for a store's changing call to write with the change.</summary>
    public static Endring NyEndring(Guid? fiksOrgId, string handling, string? detaljer) =>
        new(TimeProvider.System.GetUtcNow(), Utforer, fiksOrgId, handling, detaljer);

    /// <summary>Writes one entry on its own, for a change in a store that does not take one (the Maskinporten clients).</summary>
    public Task LoggAsync(Guid? fiksOrgId, string handling, string? detaljer, CancellationToken ct) =>
        endringer.SkrivAsync(NyEndring(fiksOrgId, handling, detaljer), ct);
}
