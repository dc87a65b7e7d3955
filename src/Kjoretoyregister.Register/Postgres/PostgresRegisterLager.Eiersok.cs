using System.Data;
using Kjoretoyregister.Register.Oppslag;
using Npgsql;

namespace Kjoretoyregister.Register.Postgres;

/// <summary>The owner-name search of <see cref="PostgresRegisterLager"/> (docs/eiersok.md).</summary>
internal sealed partial class PostgresRegisterLager
{
    /// <summary>The page's vehicles after <see cref="PostgresSporringer.Ider"/>: the result sets <see cref="LesKjoretoyAsync"/> reads.</summary>
    private static readonly string[] Kjoretoysporringer =
    [
        PostgresSporringer.Treff, PostgresSporringer.Kjoretoy, PostgresSporringer.Kjennemerker, PostgresSporringer.Registrering, PostgresSporringer.Eierskap,
    ];

    /// <summary>
    /// An owner-name search: the parties, the count and the page's ids in one statement, then the page's
    /// vehicles by id, in one REPEATABLE READ snapshot. (In one batch every statement would repeat the name
    /// search: a batch's statements share no CTE.)
    /// </summary>
    private async ValueTask<Registerrader> LesForNavnAsync(Partsok sok, IReadOnlyList<Navneprefiks> ledd, CancellationToken cancellationToken)
    {
        if (!fylt)
        {
            await FyllOmTomAsync(cancellationToken).ConfigureAwait(false);
        }

        var filter = sok.Filter ?? EiernavnFilter.Ingen;
        List<NpgsqlParameter> verdier = [Verdi(sok.T), Verdi(sok.Fra), Verdi(sok.Antall)];
        var sql = PostgresEiernavnsok.Parter(ledd, filter, sok.MaksParter, verdier) + PostgresSporringer.SideFor(filter.EkskluderVraketUtfort)
            + " SELECT (SELECT count(*)::int FROM alle), ARRAY(SELECT id FROM bil ORDER BY id)";
        await using var tilkobling = await kilde.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaksjon = await tilkobling.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var lest = new Registerrader();
        long[] ider;
        await using (var side = new NpgsqlCommand(sql, tilkobling, transaksjon))
        {
            side.Parameters.AddRange(verdier.ToArray());
            await using var leser = await side.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await leser.ReadAsync(cancellationToken).ConfigureAwait(false);
            lest.Totalt = leser.GetInt32(0);
            ider = leser.GetFieldValue<long[]>(1);
        }

        await using (var batch = new NpgsqlBatch(tilkobling, transaksjon))
        {
            foreach (var sporring in Kjoretoysporringer)
            {
                var kommando = new NpgsqlBatchCommand(PostgresSporringer.Ider + sporring);
                kommando.Parameters.Add(Verdi(ider));
                kommando.Parameters.Add(Verdi(sok.T));
                batch.BatchCommands.Add(kommando);
            }

            await batch.PrepareAsync(cancellationToken).ConfigureAwait(false);
            await using var leser = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await LesKjoretoyAsync(leser, lest, cancellationToken).ConfigureAwait(false);
        }

        await transaksjon.CommitAsync(cancellationToken).ConfigureAwait(false);
        return lest;
    }
}
