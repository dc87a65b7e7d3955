using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Oppslag;
using Npgsql;
using NpgsqlTypes;

namespace Kjoretoyregister.Register.Postgres;

/// <summary>
/// Builds the stored answers for "now" (<c>naa_svar</c>) on PostgreSQL, a batch of vehicles at a time:
/// one round trip reads their rows at t and their row boundaries, <see cref="NaaSvarBygger"/> makes the
/// answers, one binary COPY writes them. Runs in the caller's transaction: an import calls it before it
/// commits, so no lookup ever sees a stale answer.
/// </summary>
internal static class PostgresNaaSvar
{
    private const int Bolkstorrelse = 2_000;

    private static readonly string[] Sporringer =
    [
        PostgresSporringer.Treff, PostgresSporringer.Kjoretoy, PostgresSporringer.Kjennemerker, PostgresSporringer.Registrering,
        PostgresSporringer.Eierskap, PostgresSporringer.Grenser,
    ];

    /// <summary>(Re)builds the stored answers at <paramref name="t"/> of the vehicles the query <paramref name="ider"/> selects (one bigint column).</summary>
    /// <returns>How many answers were written.</returns>
    public static async Task<int> ByggAsync(NpgsqlConnection tilkobling, NpgsqlTransaction? transaksjon, long t, string ider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tilkobling);
        var alle = new List<long>();
        await using (var finn = new NpgsqlCommand($"SELECT DISTINCT i.id FROM ({ider}) AS i (id) ORDER BY 1", tilkobling, transaksjon))
        {
            await using var leser = await finn.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                alle.Add(leser.GetInt64(0));
            }
        }

        await using (var slett = new NpgsqlCommand($"DELETE FROM naa_svar WHERE kjoretoy_id IN (SELECT i.id FROM ({ider}) AS i (id))", tilkobling, transaksjon))
        {
            await slett.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // A batch's answers are built (CPU) while the next batch is read (the server): the connection
        // only ever runs one command at a time.
        var antall = 0;
        Task<List<Naasvar>>? bygges = null;
        for (var fra = 0; fra < alle.Count; fra += Bolkstorrelse)
        {
            var bolk = alle.GetRange(fra, Math.Min(Bolkstorrelse, alle.Count - fra)).ToArray();
            var (lest, grenser) = await LesAsync(tilkobling, transaksjon, bolk, t, cancellationToken).ConfigureAwait(false);
            antall += await SkrivAsync(tilkobling, bygges, cancellationToken).ConfigureAwait(false);
            bygges = Task.Run(() => Bygg(bolk, t, lest, grenser), cancellationToken);
        }

        return antall + await SkrivAsync(tilkobling, bygges, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Builds every vehicle's answer when the database has vehicles but no stored answer (one upgraded to
    /// <c>naa_svar</c>), in one transaction under the import lock, so instances starting together build it once.
    /// </summary>
    /// <returns>How many answers were written (0 when nothing was missing).</returns>
    public static async Task<int> FyllOmTomAsync(NpgsqlDataSource kilde, long t, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kilde);
        await using var tilkobling = await kilde.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaksjon = await tilkobling.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var las = new NpgsqlCommand(
            $"SELECT pg_advisory_xact_lock({Migrering.Laasnokkel + 1}), EXISTS (SELECT 1 FROM kjoretoy) AND NOT EXISTS (SELECT 1 FROM naa_svar)",
            tilkobling,
            transaksjon))
        {
            await using var leser = await las.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await leser.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (!leser.GetBoolean(1))
            {
                return 0;
            }
        }

        var antall = await ByggAsync(tilkobling, transaksjon, t, "SELECT id FROM kjoretoy", cancellationToken).ConfigureAwait(false);
        await transaksjon.CommitAsync(cancellationToken).ConfigureAwait(false);
        return antall;
    }

    private static async Task<(Registerrader Lest, Dictionary<long, (long? For, long? Etter)> Grenser)> LesAsync(
        NpgsqlConnection tilkobling, NpgsqlTransaction? transaksjon, long[] ider, long t, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(tilkobling, transaksjon);
        foreach (var sporring in Sporringer)
        {
            var kommando = new NpgsqlBatchCommand(PostgresSporringer.Ider + sporring);
            kommando.Parameters.Add(PostgresRegisterLager.Verdi(ider));
            kommando.Parameters.Add(PostgresRegisterLager.Verdi(t));
            batch.BatchCommands.Add(kommando);
        }

        await using var leser = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var lest = new Registerrader();
        await PostgresRegisterLager.LesKjoretoyAsync(leser, lest, cancellationToken).ConfigureAwait(false);
        await leser.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var grenser = new Dictionary<long, (long? For, long? Etter)>();
        while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            grenser[leser.GetInt64(0)] = (leser.IsDBNull(1) ? null : leser.GetInt64(1), leser.IsDBNull(2) ? null : leser.GetInt64(2));
        }

        return (lest, grenser);
    }

    private static List<Naasvar> Bygg(long[] ider, long t, Registerrader lest, Dictionary<long, (long? For, long? Etter)> grenser)
    {
        var svar = new List<Naasvar>(ider.Length);
        foreach (var id in ider)
        {
            if (lest.Kjoretoy.TryGetValue((id, t), out var rader))
            {
                var (forGrense, etter) = grenser.GetValueOrDefault(id);
                svar.Add(NaaSvarBygger.Bygg(rader, forGrense, etter));
            }
        }

        return svar;
    }

    /// <summary>Waits for a batch's answers (none when null) and copies them in; how many there were.</summary>
    private static async Task<int> SkrivAsync(NpgsqlConnection tilkobling, Task<List<Naasvar>>? bygges, CancellationToken cancellationToken)
    {
        if (bygges is null)
        {
            return 0;
        }

        var svar = await bygges.ConfigureAwait(false);
        await using var kopi = await tilkobling.BeginBinaryImportAsync(
            "COPY naa_svar (kjoretoy_id, gyldig_fra, gyldig_til, kuid, parter, json) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var s in svar)
        {
            await kopi.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await kopi.WriteAsync(s.KjoretoyId, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await kopi.WriteAsync(s.GyldigFra, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await kopi.WriteAsync(s.GyldigTil, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await kopi.WriteAsync(s.Kuid, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await kopi.WriteAsync(s.Parter, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await kopi.WriteAsync(s.Json, NpgsqlDbType.Bytea, cancellationToken).ConfigureAwait(false);
        }

        await kopi.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return svar.Count;
    }
}
