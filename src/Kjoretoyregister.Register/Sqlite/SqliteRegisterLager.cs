using System.Collections.Concurrent;
using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Oppslag;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// The register in one SQLite file. Lookups reuse a pool of read connections with prepared
/// statements, so a lookup pays for index seeks, not for opening and compiling.
/// </summary>
internal sealed class SqliteRegisterLager : IRegisterLager
{
    private readonly SqliteRegisterDatabase database;
    private readonly ConcurrentBag<SqliteRegisterLesing> ledige = [];
    private readonly int maksLedige;
    private bool lukket;

    public SqliteRegisterLager(string sti, int? maksLedige = null)
    {
        database = SqliteRegisterDatabase.Apne(sti);
        this.maksLedige = maksLedige ?? Environment.ProcessorCount * 4;
    }

    public IRegisterLesing ApneLesing()
    {
        ObjectDisposedException.ThrowIf(lukket, this);
        var lesing = ledige.TryTake(out var ledig) ? ledig : new SqliteRegisterLesing(database, TilbakeIPoolen);
        return lesing.Start();
    }

    public IRegisterSkriving ApneSkriving()
    {
        ObjectDisposedException.ThrowIf(lukket, this);
        return new SqliteRegisterSkriving(database);
    }

    public bool Svarer() => database.Versjon() == Migrasjonssett.Register(Lagringsmotor.Sqlite).Versjon;

    public bool ErTom() => database.ErTom();

    public void Dispose()
    {
        lukket = true;
        while (ledige.TryTake(out var lesing))
        {
            lesing.Lukk();
        }
    }

    private void TilbakeIPoolen(SqliteRegisterLesing lesing)
    {
        if (lukket || ledige.Count >= maksLedige)
        {
            lesing.Lukk();
            return;
        }

        ledige.Add(lesing);
    }
}
