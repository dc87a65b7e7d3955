using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Register.Oppslag;
using Kjoretoyregister.Register.Postgres;
using Kjoretoyregister.Register.Sqlite;
using Npgsql;

namespace Kjoretoyregister.Register;

/// <summary>
/// The register: one store (a SQLite file or a PostgreSQL database), with its lookups and its import.
/// Open it once and share it; it is safe for concurrent lookups, and imports may run beside them
/// (also from another process); lookups see an import the moment it commits.
/// </summary>
public sealed class RegisterDatabase : IAsyncDisposable, IDisposable
{
    private readonly IRegisterLager lager;

    private RegisterDatabase(IRegisterLager lager, TimeProvider tid)
    {
        this.lager = lager;
        Oppslag = new RegisterOppslag(lager, tid);
    }

    /// <summary>The default location of the embedded register, relative to the working directory.</summary>
    public const string StandardSti = "data/register.db";

    /// <summary>Lookups with the contract's time rules.</summary>
    public IKjoretoyregister Oppslag { get; }

    /// <summary>Opens (creating or upgrading as needed) the SQLite register file at <paramref name="sti"/>.</summary>
    public static RegisterDatabase ApneSqlite(string sti, TimeProvider? tid = null) =>
        new(new SqliteRegisterLager(sti, tid ?? TimeProvider.System), tid ?? TimeProvider.System);

    /// <summary>
    /// Opens the register in the PostgreSQL database of <paramref name="kilde"/>. The schema (migration set
    /// <c>register</c>) must already be applied by <see cref="Lagring.Migrering.KjorPostgresAsync"/>; the
    /// data source stays the caller's (disposing the register does not dispose it).
    /// </summary>
    public static RegisterDatabase ApnePostgres(NpgsqlDataSource kilde, TimeProvider? tid = null) =>
        new(new PostgresRegisterLager(kilde, tid ?? TimeProvider.System), tid ?? TimeProvider.System);

    /// <summary>
    /// Imports NDJSON in the register import format, in one transaction; see <see cref="ImportValg"/>.
    /// Cancelled or failing, it leaves the register exactly as it was. Into an empty SQLite register from a
    /// seekable stream, it is an initial load (<see cref="Forstelasting"/>).
    /// </summary>
    public Task<ImportResultat> ImporterAsync(Stream kilde, ImportValg valg, CancellationToken cancellationToken = default) =>
        Forstelasting.ImporterAsync(lager, kilde, valg, cancellationToken);

    /// <summary>True when the store answers and its schema is current (for readiness checks).</summary>
    public ValueTask<bool> SvarerAsync(CancellationToken cancellationToken = default) => lager.SvarerAsync(cancellationToken);

    /// <summary>True when nothing has been imported yet.</summary>
    public ValueTask<bool> ErTomAsync(CancellationToken cancellationToken = default) => lager.ErTomAsync(cancellationToken);

    public ValueTask DisposeAsync() => lager.DisposeAsync();

    /// <summary>Closes the store (no store holds anything that needs awaiting to close).</summary>
    public void Dispose() => lager.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
