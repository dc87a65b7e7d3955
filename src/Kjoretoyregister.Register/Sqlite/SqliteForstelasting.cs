using Kjoretoyregister.Register.Import;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// The initial load: an import into an empty SQLite register, written into a new file beside it
/// (<see cref="SqliteForstelastingFil"/>) without a journal, its secondary indexes built after the
/// rows, and renamed into place when complete. A vehicle's plates are not checked against the other
/// vehicles as they are written: the whole file is checked once at the end, and a conflict there
/// throws <see cref="ForstelastingAvbruttException"/> so that the import is run again the ordinary
/// way, which reports it as ever. Disposed without <see cref="FullforAsync"/>, the new file is deleted
/// and the register is left as it was.
/// </summary>
internal sealed class SqliteForstelasting : IRegisterSkriving
{
    /// <summary>Parties remembered between vehicles; beyond it they are found through the fnr/orgnr index.</summary>
    private const int MaksHusketeParter = 100_000;

    private readonly SqliteForstelastingFil fil;
    private readonly SqlitePartSkriving parter;
    private readonly SqliteRadskriver rader;
    private readonly TimeProvider tid;

    public SqliteForstelasting(SqliteRegisterDatabase database, TimeProvider tid)
    {
        this.tid = tid;
        fil = new SqliteForstelastingFil(database);
        try
        {
            parter = new SqlitePartSkriving(fil.Tilkobling, navneledd: false, maksHusket: MaksHusketeParter);
            rader = new SqliteRadskriver(fil.Tilkobling, parter, settInnForst: true, skrevne: null);
        }
        catch
        {
            Lukk();
            throw;
        }
    }

    public ValueTask<IReadOnlyList<IReadOnlyList<Kjennemerkekonflikt>>> LagreKjoretoyAsync(IReadOnlyList<NyttKjoretoy> kjoretoy, CancellationToken cancellationToken)
    {
        var svar = new IReadOnlyList<Kjennemerkekonflikt>[kjoretoy.Count];
        for (var i = 0; i < svar.Length; i++)
        {
            rader.LagreKjoretoy(kjoretoy[i]);
            svar[i] = [];
        }

        return new(svar);
    }

    public ValueTask<IReadOnlyList<Provekjennemerkekonflikt?>> LagreProvekjennemerkerAsync(IReadOnlyList<NyttProvekjennemerke> provekjennemerker, CancellationToken cancellationToken) =>
        new(rader.LagreProvekjennemerker(provekjennemerker));

    public ValueTask FullforAsync(CancellationToken cancellationToken)
    {
        rader.Dispose();
        parter.Dispose();
        fil.Fullfor(Tid.TilLagret(tid.GetUtcNow()), cancellationToken);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Lukk();
        return ValueTask.CompletedTask;
    }

    private void Lukk()
    {
        rader?.Dispose();
        parter?.Dispose();
        fil.Dispose();
    }
}
