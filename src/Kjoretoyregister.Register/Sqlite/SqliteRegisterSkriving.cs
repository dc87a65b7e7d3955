using Kjoretoyregister.Register.Import;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// An import's single write transaction on a SQLite register file. Before it commits, it rebuilds the
/// stored answers for "now" (<see cref="SqliteNaaSvar"/>) of the vehicles it wrote and of those with an
/// ownership that names a party it changed.
/// </summary>
internal sealed class SqliteRegisterSkriving : IRegisterSkriving
{
    private readonly SqliteConnection tilkobling;
    private readonly SqliteTransaction transaksjon;
    private readonly TimeProvider tid;

    /// <summary>The vehicles this import wrote.</summary>
    private readonly HashSet<long> skrevne = [];
    private readonly SqlitePartSkriving parter;
    private readonly SqliteRadskriver rader;
    private readonly Setning kjennemerkekonflikt;

    public SqliteRegisterSkriving(SqliteRegisterDatabase database, TimeProvider tid)
    {
        this.tid = tid;
        tilkobling = database.ApneSkrivbar();
        using (var pragma = tilkobling.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size = -262144;";
            pragma.ExecuteNonQuery();
        }

        transaksjon = tilkobling.BeginTransaction();
        parter = new SqlitePartSkriving(tilkobling);
        rader = new SqliteRadskriver(tilkobling, parter, settInnForst: false, skrevne);
        kjennemerkekonflikt = rader.Lag(
            """
            SELECT k.kuid FROM kjennemerke m JOIN kjoretoy k ON k.id = m.kjoretoy_id
            WHERE m.sok = ?1 AND m.fom < ?3 AND m.til > ?2 AND k.kuid <> ?4 LIMIT 1
            """);
    }

    public ValueTask<IReadOnlyList<IReadOnlyList<Kjennemerkekonflikt>>> LagreKjoretoyAsync(IReadOnlyList<NyttKjoretoy> kjoretoy, CancellationToken cancellationToken)
    {
        // In-process, one vehicle at a time: each check sees what the vehicles before it wrote.
        var svar = new IReadOnlyList<Kjennemerkekonflikt>[kjoretoy.Count];
        for (var i = 0; i < svar.Length; i++)
        {
            var k = kjoretoy[i];
            List<Kjennemerkekonflikt>? konflikter = null;
            for (var j = 0; j < k.Kjennemerker.Count; j++)
            {
                var m = k.Kjennemerker[j];
                if (kjennemerkekonflikt.Med(m.Sok, m.Fom, m.Til, k.Kuid).Tekst() is { } annen)
                {
                    (konflikter ??= []).Add(new Kjennemerkekonflikt(j, annen));
                }
            }

            if (konflikter is null)
            {
                rader.LagreKjoretoy(k);
            }

            svar[i] = konflikter ?? (IReadOnlyList<Kjennemerkekonflikt>)[];
        }

        return new(svar);
    }

    public ValueTask<IReadOnlyList<Provekjennemerkekonflikt?>> LagreProvekjennemerkerAsync(IReadOnlyList<NyttProvekjennemerke> provekjennemerker, CancellationToken cancellationToken) =>
        new(rader.LagreProvekjennemerker(provekjennemerker));

    public ValueTask FullforAsync(CancellationToken cancellationToken)
    {
        var t = Tid.TilLagret(tid.GetUtcNow());
        var berorte = SqliteNaaSvar.KjoretoyForParter(tilkobling, parter.Endrede);
        berorte.UnionWith(skrevne);
        SqliteNaaSvar.Bygg(tilkobling, t, berorte);
        SqliteNavneord.Fyll(tilkobling, egenTransaksjon: false);
        transaksjon.Commit();
        using var sjekkpunkt = tilkobling.CreateCommand();
        sjekkpunkt.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        sjekkpunkt.ExecuteNonQuery();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        rader.Dispose();
        parter.Dispose();
        transaksjon.Dispose();
        tilkobling.Dispose();
        return ValueTask.CompletedTask;
    }
}
