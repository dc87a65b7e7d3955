using System.Collections.Concurrent;
using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Oppslag;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// The register in one SQLite file. Lookups reuse a pool of read connections with prepared
/// statements, so a lookup pays for index seeks, not for opening and compiling. A file that has
/// vehicles but no stored answers for "now" (one upgraded to <c>naa_svar</c>) gets them when opened.
/// </summary>
internal sealed class SqliteRegisterLager : IRegisterLager
{
    private readonly SqliteRegisterDatabase database;
    private readonly TimeProvider tid;
    private readonly ConcurrentBag<SqliteRegisterLesing> ledige = [];
    private readonly int maksLedige;
    private bool lukket;

    public SqliteRegisterLager(string sti, TimeProvider tid, int? maksLedige = null)
    {
        database = SqliteRegisterDatabase.Apne(sti);
        this.tid = tid;
        fil = Filidentitet.For(database.Sti);
        this.maksLedige = maksLedige ?? Environment.ProcessorCount * 4;
        using var tilkobling = database.ApneSkrivbar();
        SqliteNaaSvar.FyllOmTom(tilkobling, Tid.TilLagret(tid.GetUtcNow()));
        SqliteNavneord.Fyll(tilkobling, egenTransaksjon: true);
    }

    public ValueTask<Registerrader> LesAsync(IReadOnlyList<Oppslagsnokkel> nokler, CancellationToken cancellationToken)
    {
        using var lesing = ApneLesing();
        return new(lesing.Les(nokler, medSvar: false, cancellationToken));
    }

    public ValueTask<Registerrader> LesSvarAsync(IReadOnlyList<Oppslagsnokkel> nokler, CancellationToken cancellationToken)
    {
        using var lesing = ApneLesing();
        return new(lesing.Les(nokler, medSvar: true, cancellationToken));
    }

    public ValueTask<Registerrader> LesForParterAsync(Partsok sok, CancellationToken cancellationToken)
    {
        using var lesing = ApneLesing();
        return new(lesing.LesForParter(sok));
    }

    public ValueTask<IRegisterSkriving> ApneSkrivingAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(lukket, this);
        return new(new SqliteRegisterSkriving(database, tid));
    }

    public ValueTask<bool> SvarerAsync(CancellationToken cancellationToken) =>
        new(database.Versjon() == Migrasjonssett.Register(Lagringsmotor.Sqlite).Versjon);

    public ValueTask<bool> ErTomAsync(CancellationToken cancellationToken) => new(database.ErTom());

    public ValueTask<IRegisterSkriving?> ApneForstelastingAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(lukket, this);
        return new(database.ErTom() ? new SqliteForstelasting(database, tid) : null);
    }

    public ValueTask DisposeAsync()
    {
        lukket = true;
        while (ledige.TryTake(out var lesing))
        {
            lesing.Lukk();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>A pooled connection in a read transaction, for one lookup; dispose it when the lookup is done.</summary>
    private SqliteRegisterLesing ApneLesing()
    {
        ObjectDisposedException.ThrowIf(lukket, this);
        SjekkOmFilenErByttet();
        var lesing = ledige.TryTake(out var ledig) ? ledig : new SqliteRegisterLesing(database, TilbakeIPoolen) { Fil = fil };
        return lesing.Start();
    }

    // --- The file replaced by an initial load (SqliteForstelastingFil renames a new file over it) ---

    /// <summary>The file the pooled connections were opened on.</summary>
    private Filidentitet fil;

    /// <summary>
    /// One stat of the path per lookup: when another file now lies there, the pooled connections (open
    /// on the old file) are closed, and the lookup and those after it open the new one.
    /// </summary>
    private void SjekkOmFilenErByttet()
    {
        var naa = Filidentitet.For(database.Sti);
        if (naa == fil)
        {
            return;
        }

        fil = naa;
        while (ledige.TryTake(out var gammel))
        {
            gammel.Lukk();
        }
    }

    private void TilbakeIPoolen(SqliteRegisterLesing lesing)
    {
        if (lukket || ledige.Count >= maksLedige || lesing.Fil != fil)
        {
            lesing.Lukk();
            return;
        }

        ledige.Add(lesing);
    }
}
