using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Register.Oppslag;
using Kjoretoyregister.Register.Sqlite;

namespace Kjoretoyregister.Register;

/// <summary>
/// The embedded register: one store, with its lookups and its import. Open it once and share it;
/// it is safe for concurrent lookups, and imports may run beside them (also from another process).
/// </summary>
public sealed class RegisterDatabase : IDisposable
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
        new(new SqliteRegisterLager(sti), tid ?? TimeProvider.System);

    /// <summary>Imports NDJSON in the register import format; see <see cref="ImportValg"/>.</summary>
    public ImportResultat Importer(Stream kilde, ImportValg valg, CancellationToken cancellationToken = default) =>
        new RegisterImport(lager, valg).Importer(kilde, cancellationToken);

    /// <summary>True when the store answers (for health checks).</summary>
    public bool Svarer() => lager.Svarer();

    /// <summary>True when nothing has been imported yet.</summary>
    public bool ErTom() => lager.ErTom();

    public void Dispose() => lager.Dispose();
}
