using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Register.Lagring;
using Npgsql;

namespace Kjoretoyregister.Register.Postgres;

/// <summary>
/// An import's single transaction on PostgreSQL. Per batch: one round trip finds the stored rows the
/// batch's plates may conflict with; the batch is then decided in order in memory against those and the
/// import's own plates (each line sees the lines accepted before it, as on SQLite), and its accepted
/// lines go to the staging tables by binary COPY. <see cref="FullforAsync"/> merges everything set-based and commits; disposing without
/// it rolls back, so a cancelled or failing import leaves the register exactly as it was. Imports
/// take turns (a transaction-scoped advisory lock); lookups see the old data until the commit.
/// </summary>
internal sealed partial class PostgresRegisterSkriving : IRegisterSkriving
{
    private readonly NpgsqlConnection tilkobling;
    private readonly NpgsqlTransaction transaksjon;
    private readonly PostgresPartStaging parter = new();
    private readonly TimeProvider tid;

    /// <summary>The import's plates by sok: each accepted vehicle's (latest version's) plates.</summary>
    private readonly Dictionary<string, List<(long Fom, long Til, string Annen)>> plater = new(StringComparer.Ordinal);

    /// <summary>The kuids the import has accepted, with the soks of their plates.</summary>
    private readonly Dictionary<string, string[]> stagetePlater = new(StringComparer.Ordinal);
    /// <summary>
    /// Whether the register was empty when the import took its lock (imports take turns, and only imports
    /// write): then every stored row is this import's, which it knows in memory, and it loads straight into
    /// the register's tables (see PostgresRegisterSkriving.Direkte.cs).
    /// </summary>
    private readonly bool tomtRegister;
    private long nr;

    private PostgresRegisterSkriving(NpgsqlConnection tilkobling, NpgsqlTransaction transaksjon, bool tomtRegister, TimeProvider tid)
    {
        this.tid = tid;
        this.tilkobling = tilkobling;
        this.transaksjon = transaksjon;
        this.tomtRegister = tomtRegister;
    }

    public static async Task<PostgresRegisterSkriving> ApneAsync(NpgsqlDataSource kilde, TimeProvider tid, CancellationToken cancellationToken)
    {
        var tilkobling = await kilde.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaksjon = await tilkobling.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var kommando = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({Migrering.Laasnokkel + 1}); {PostgresImportSql.Staging}", tilkobling, transaksjon))
            {
                await kommando.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            bool tomt;
            await using (var sporring = new NpgsqlCommand(PostgresImportSql.TomtRegister, tilkobling, transaksjon))
            {
                tomt = await sporring.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
            }

            var skriving = new PostgresRegisterSkriving(tilkobling, transaksjon, tomt, tid);
            if (tomt)
            {
                await skriving.ForberedDirekteAsync(cancellationToken).ConfigureAwait(false);
            }

            return skriving;
        }
        catch
        {
            await tilkobling.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask<IReadOnlyList<IReadOnlyList<Kjennemerkekonflikt>>> LagreKjoretoyAsync(IReadOnlyList<NyttKjoretoy> kjoretoy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kjoretoy);
        List<int> i = [];
        List<string> sok = [], kuid = [];
        List<long> fom = [], til = [];
        for (var b = 0; b < kjoretoy.Count; b++)
        {
            for (var j = 0; j < kjoretoy[b].Kjennemerker.Count; j++)
            {
                var m = kjoretoy[b].Kjennemerker[j];
                i.Add(i.Count);
                sok.Add(m.Sok);
                fom.Add(m.Fom);
                til.Add(m.Til);
                kuid.Add(kjoretoy[b].Kuid);
            }
        }

        var kandidater = tomtRegister
            ? []
            : await KandidaterAsync(PostgresImportSql.Kjennemerkekonflikter, i, sok, fom, til, kuid, cancellationToken).ConfigureAwait(false);

        // In order: a stored vehicle this import has staged is replaced; the import's own plates
        // (earlier batches and earlier in this one) are in memory, by sok.
        var svar = new IReadOnlyList<Kjennemerkekonflikt>[kjoretoy.Count];
        var p = 0;
        for (var b = 0; b < kjoretoy.Count; b++)
        {
            var bil = kjoretoy[b];
            List<Kjennemerkekonflikt>? konflikter = null;
            for (var j = 0; j < bil.Kjennemerker.Count; j++, p++)
            {
                var m = bil.Kjennemerker[j];
                var fraLager = kandidater.TryGetValue(p, out var liste) ? liste.Where(k => !stagetePlater.ContainsKey(k.Annen)) : [];
                var fraImporten = plater.TryGetValue(m.Sok, out var andre) ? andre.Where(k => k.Annen != bil.Kuid && k.Fom < m.Til && k.Til > m.Fom) : [];
                if (Forste(fraLager.Concat(fraImporten)) is { } annen)
                {
                    (konflikter ??= []).Add(new Kjennemerkekonflikt(j, annen));
                }
            }

            if (konflikter is null)
            {
                Husk(bil);
            }

            svar[b] = konflikter ?? (IReadOnlyList<Kjennemerkekonflikt>)[];
        }

        var godtatt = kjoretoy.Where((_, b) => svar[b].Count == 0).ToList();
        if (godtatt.Count > 0)
        {
            await (tomtRegister ? StageKjoretoyDirekteAsync(godtatt, cancellationToken) : StageKjoretoyAsync(godtatt, cancellationToken)).ConfigureAwait(false);
        }

        return svar;
    }

    public async ValueTask<IReadOnlyList<Provekjennemerkekonflikt?>> LagreProvekjennemerkerAsync(IReadOnlyList<NyttProvekjennemerke> provekjennemerker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provekjennemerker);
        if (tomtRegister)
        {
            return await LagreProvekjennemerkerDirekteAsync(provekjennemerker, cancellationToken).ConfigureAwait(false);
        }

        var kandidater = await KandidaterAsync(
            PostgresImportSql.Provekonflikter,
            [.. Enumerable.Range(0, provekjennemerker.Count)],
            [.. provekjennemerker.Select(p => p.Sok)],
            [.. provekjennemerker.Select(p => p.Fom)],
            [.. provekjennemerker.Select(p => p.Til)],
            [.. provekjennemerker.Select(p => p.Prkid)],
            cancellationToken).ConfigureAwait(false);
        var kjente = new HashSet<string>(stagetePlater.Keys.Intersect(provekjennemerker.SelectMany(p => p.Kjoresedler).Select(k => k.Kuid)), StringComparer.Ordinal);
        await using (var kommando = new NpgsqlCommand(PostgresImportSql.KjenteKuider, tilkobling, transaksjon))
        {
            kommando.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. provekjennemerker.SelectMany(p => p.Kjoresedler).Select(k => k.Kuid).Distinct()] });
            await using var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                kjente.Add(leser.GetString(0));
            }
        }

        var svar = new Provekjennemerkekonflikt?[provekjennemerker.Count];
        var godtatt = new Dictionary<string, NyttProvekjennemerke>(StringComparer.Ordinal);
        for (var i = 0; i < svar.Length; i++)
        {
            var plate = provekjennemerker[i];
            var fraLager = kandidater.TryGetValue(i, out var liste) ? liste.Where(k => !godtatt.ContainsKey(k.Annen)) : [];
            var fraBolken = godtatt.Values
                .Where(g => g.Prkid != plate.Prkid && g.Sok == plate.Sok && g.Fom < plate.Til && g.Til > plate.Fom)
                .Select(g => (g.Fom, g.Til, Annen: g.Prkid));
            var annen = Forste(fraLager.Concat(fraBolken));
            var ukjente = Enumerable.Range(0, plate.Kjoresedler.Count).Where(k => !kjente.Contains(plate.Kjoresedler[k].Kuid)).ToList();
            if (annen is null && ukjente.Count == 0)
            {
                godtatt[plate.Prkid] = plate;
            }
            else
            {
                svar[i] = new Provekjennemerkekonflikt(annen, ukjente);
            }
        }

        await StageProvekjennemerkerAsync(provekjennemerker.Where((_, i) => svar[i] is null).ToList(), cancellationToken).ConfigureAwait(false);
        return svar;
    }

    public async ValueTask FullforAsync(CancellationToken cancellationToken)
    {
        if (tomtRegister)
        {
            await FullforDirekteAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await using (var kommando = new NpgsqlCommand(PostgresImportSql.Sammenslaing, tilkobling, transaksjon) { CommandTimeout = 0 })
        {
            await kommando.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await ByggNaaSvarAsync(PostgresImportSql.BerorteKjoretoy, cancellationToken).ConfigureAwait(false);
        await PostgresNavneord.FyllAsync(tilkobling, transaksjon, cancellationToken).ConfigureAwait(false);
        await transaksjon.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rebuilds, in the import's transaction, the stored answers for "now" of the vehicles the query <paramref name="ider"/> selects.</summary>
    private Task<int> ByggNaaSvarAsync(string ider, CancellationToken cancellationToken) =>
        PostgresNaaSvar.ByggAsync(tilkobling, transaksjon, Tid.TilLagret(tid.GetUtcNow()), ider, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaksjon.DisposeAsync().ConfigureAwait(false);
        await tilkobling.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Remembers the accepted vehicle's plates, in place of those of an earlier version of it.</summary>
    private void Husk(NyttKjoretoy bil)
    {
        if (stagetePlater.TryGetValue(bil.Kuid, out var gamle))
        {
            foreach (var sok in gamle)
            {
                plater[sok].RemoveAll(k => k.Annen == bil.Kuid);
            }
        }

        var nye = new string[bil.Kjennemerker.Count];
        for (var j = 0; j < nye.Length; j++)
        {
            var m = bil.Kjennemerker[j];
            nye[j] = m.Sok;
            if (!plater.TryGetValue(m.Sok, out var liste))
            {
                plater[m.Sok] = liste = new(1);
            }

            liste.Add((m.Fom, m.Til, bil.Kuid));
        }

        stagetePlater[bil.Kuid] = nye;
    }

    /// <summary>The other key of the earliest conflicting period (as SQLite's index on (sok, fom) meets them), or null.</summary>
    private static string? Forste(IEnumerable<(long Fom, long Til, string Annen)> kandidater) =>
        kandidater.OrderBy(k => k.Fom).ThenBy(k => k.Til).Select(k => k.Annen).FirstOrDefault();

    /// <summary>Runs a conflict query; per item index, the candidate rows (other key, period) in the order SQLite would meet them.</summary>
    private async Task<Dictionary<int, List<(long Fom, long Til, string Annen)>>> KandidaterAsync(
        string sql, List<int> i, List<string> sok, List<long> fom, List<long> til, List<string> nokkel, CancellationToken cancellationToken)
    {
        var kandidater = new Dictionary<int, List<(long, long, string)>>();
        if (i.Count == 0)
        {
            return kandidater;
        }

        await using var kommando = new NpgsqlCommand(sql, tilkobling, transaksjon);
        kommando.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. i] });
        kommando.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. sok] });
        kommando.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. fom] });
        kommando.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. til] });
        kommando.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. nokkel] });
        await using var leser = await kommando.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var indeks = leser.GetInt32(0);
            if (!kandidater.TryGetValue(indeks, out var liste))
            {
                kandidater[indeks] = liste = [];
            }

            liste.Add((leser.GetInt64(2), leser.GetInt64(3), leser.GetString(1)));
        }

        return kandidater;
    }
}
