using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register.Import;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Oppslag;
using Npgsql;
using NpgsqlTypes;

namespace Kjoretoyregister.Register.Postgres;

/// <summary>
/// The register in a PostgreSQL database (schema set <c>register</c>, applied by the migration
/// runner). Every read is one round trip: one <see cref="NpgsqlBatch"/> of <see cref="PostgresSporringer"/>,
/// prepared once per connection, in one REPEATABLE READ snapshot, so a lookup never sees half an import.
/// A database that has vehicles but no stored answers for "now" (one upgraded to <c>naa_svar</c>) gets
/// them before the register's first lookup of them (<see cref="LesSvarAsync"/>) is answered.
/// </summary>
internal sealed partial class PostgresRegisterLager(NpgsqlDataSource kilde, TimeProvider tid) : IRegisterLager
{
    private readonly SemaphoreSlim fylling = new(1, 1);
    private bool fylt;

    private static readonly string[] Nokkelsporringer =
    [
        PostgresSporringer.Treff, PostgresSporringer.Kjoretoy, PostgresSporringer.Kjennemerker, PostgresSporringer.Registrering,
        PostgresSporringer.Eierskap, PostgresSporringer.Provekjennemerker,
    ];

    private static readonly string[] Svarsporringer = [PostgresSporringer.Lagret, .. Nokkelsporringer];

    private static readonly string[] Sidesporringer =
    [
        PostgresSporringer.Antall, PostgresSporringer.Treff, PostgresSporringer.Kjoretoy, PostgresSporringer.Kjennemerker,
        PostgresSporringer.Registrering, PostgresSporringer.Eierskap,
    ];

    public ValueTask<Registerrader> LesAsync(IReadOnlyList<Oppslagsnokkel> nokler, CancellationToken cancellationToken) =>
        LesAsync(nokler, medSvar: false, cancellationToken);

    public async ValueTask<Registerrader> LesSvarAsync(IReadOnlyList<Oppslagsnokkel> nokler, CancellationToken cancellationToken)
    {
        if (!fylt)
        {
            await FyllOmTomAsync(cancellationToken).ConfigureAwait(false);
        }

        return await LesAsync(nokler, medSvar: true, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Registerrader> LesAsync(IReadOnlyList<Oppslagsnokkel> nokler, bool medSvar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nokler);
        var nr = new int[nokler.Count];
        var art = new int[nokler.Count];
        var verdi = new string[nokler.Count];
        var t = new long[nokler.Count];
        for (var i = 0; i < nokler.Count; i++)
        {
            (nr[i], art[i], verdi[i], t[i]) = (i, (int)nokler[i].Art, nokler[i].Verdi, nokler[i].T);
        }

        await using var tilkobling = await kilde.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = medSvar
            ? Batch(tilkobling, PostgresSporringer.NoklerMedSvar, Svarsporringer, [Verdi(nr), Verdi(art), Verdi(verdi), Verdi(t)])
            : Batch(tilkobling, PostgresSporringer.Nokler, Nokkelsporringer, [Verdi(nr), Verdi(art), Verdi(verdi), Verdi(t)]);
        await batch.PrepareAsync(cancellationToken).ConfigureAwait(false);
        await using var leser = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var lest = new Registerrader();
        if (medSvar)
        {
            while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = leser.GetInt64(0);
                lest.Svar[(id, leser.GetInt64(1))] = new Naasvar(
                    id, leser.GetInt64(2), leser.GetInt64(3), leser.GetString(4), leser.GetString(5), leser.GetFieldValue<byte[]>(6));
            }

            await leser.NextResultAsync(cancellationToken).ConfigureAwait(false);
        }

        await LesKjoretoyAsync(leser, lest, cancellationToken).ConfigureAwait(false);
        await leser.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var plate = new ProvekjennemerkeRad(leser.GetInt64(1), leser.GetString(2), leser.GetString(3), leser.GetString(4), leser.GetInt64(5), leser.GetInt64(6), Part(leser, 7)!);
            const int s = 7 + PostgresSporringer.AntallPartKolonner;
            var seddel = leser.IsDBNull(s)
                ? null
                : new KjoreseddelRad(leser.GetString(s), Tekst(leser, s + 1), leser.GetInt64(s + 2), leser.GetInt64(s + 3), Part(leser, s + 4)!);
            lest.Provekjennemerker[leser.GetInt32(0)] = new Provekjennemerkerader(plate, seddel);
        }

        return lest;
    }

    public async ValueTask<Registerrader> LesForParterAsync(Partsok sok, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sok);
        if (sok.Navneledd is { } ledd)
        {
            return await LesForNavnAsync(sok, ledd, cancellationToken).ConfigureAwait(false);
        }

        List<NpgsqlParameter> verdier = [Verdi(sok.T), Verdi(sok.Fra), Verdi(sok.Antall), Tekstverdi(sok.Fnr), Tekstverdi(sok.Orgnr)];
        await using var tilkobling = await kilde.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = Batch(tilkobling, PostgresSporringer.ParterMedNokkel + PostgresSporringer.Side, Sidesporringer, verdier);
        await batch.PrepareAsync(cancellationToken).ConfigureAwait(false);
        await using var leser = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var lest = new Registerrader();
        await leser.ReadAsync(cancellationToken).ConfigureAwait(false);
        lest.Totalt = leser.GetInt32(0);
        await leser.NextResultAsync(cancellationToken).ConfigureAwait(false);
        await LesKjoretoyAsync(leser, lest, cancellationToken).ConfigureAwait(false);
        return lest;
    }

    public async ValueTask<IRegisterSkriving> ApneSkrivingAsync(CancellationToken cancellationToken) =>
        await PostgresRegisterSkriving.ApneAsync(kilde, tid, cancellationToken).ConfigureAwait(false);

    public async ValueTask<bool> SvarerAsync(CancellationToken cancellationToken)
    {
        var versjoner = await Migrering.LesVersjonerAsync(kilde, cancellationToken).ConfigureAwait(false);
        return versjoner.GetValueOrDefault("register") == Migrasjonssett.Register(Lagringsmotor.Postgres).Versjon;
    }

    public async ValueTask<bool> ErTomAsync(CancellationToken cancellationToken)
    {
        await using var kommando = kilde.CreateCommand("SELECT NOT EXISTS (SELECT 1 FROM kjoretoy) AND NOT EXISTS (SELECT 1 FROM provekjennemerke)");
        return (bool)(await kommando.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>The data source is the caller's: nothing else to close here.</summary>
    public ValueTask DisposeAsync()
    {
        fylling.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Once per store: builds every vehicle's stored answer if the database has vehicles but none is stored, and the missing name words' keys.</summary>
    private async Task FyllOmTomAsync(CancellationToken cancellationToken)
    {
        await fylling.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!fylt)
            {
                await PostgresNaaSvar.FyllOmTomAsync(kilde, Tid.TilLagret(tid.GetUtcNow()), cancellationToken).ConfigureAwait(false);
                await using (var tilkobling = await kilde.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
                {
                    await PostgresNavneord.FyllAsync(tilkobling, null, cancellationToken).ConfigureAwait(false);
                }

                fylt = true;
            }
        }
        finally
        {
            fylling.Release();
        }
    }

    /// <summary>The statements, each after the CTE, between BEGIN and COMMIT of one read-only snapshot: one round trip.</summary>
    internal static NpgsqlBatch Batch(NpgsqlConnection tilkobling, string cte, string[] sporringer, IReadOnlyList<NpgsqlParameter> verdier)
    {
        var batch = new NpgsqlBatch(tilkobling);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        foreach (var sporring in sporringer)
        {
            var kommando = new NpgsqlBatchCommand(cte + sporring);
            foreach (var verdi in verdier)
            {
                kommando.Parameters.Add(verdi.Clone());
            }

            batch.BatchCommands.Add(kommando);
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        return batch;
    }

    /// <summary>Reads the result sets treff, kjoretoy, kjennemerker, registrering and eierskap into <paramref name="lest"/>.</summary>
    internal static async Task LesKjoretoyAsync(NpgsqlDataReader leser, Registerrader lest, CancellationToken cancellationToken)
    {
        while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            lest.LeggTilTreff(leser.GetInt32(0), leser.GetInt64(1));
        }

        var biler = new Dictionary<(long, long), (KjoretoyRad Rad, List<KjennemerkeRad> Plater, RegistreringRad? Registrering, EierskapRad? Eierskap)>();
        await leser.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = leser.GetInt64(0);
            biler[(id, leser.GetInt64(1))] = (
                new KjoretoyRad(id, leser.GetString(2), leser.GetString(3), Tekst(leser, 4), Tekst(leser, 5), Tekst(leser, 6), Tekst(leser, 7)), [], null, null);
        }

        await leser.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            biler[(leser.GetInt64(0), leser.GetInt64(1))].Plater.Add(
                new KjennemerkeRad(leser.GetString(2), leser.GetString(3), leser.GetString(4), leser.GetInt64(5), leser.GetInt64(6)));
        }

        await leser.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var nokkel = (leser.GetInt64(0), leser.GetInt64(1));
            biler[nokkel] = biler[nokkel] with { Registrering = new RegistreringRad(leser.GetString(2), Tekst(leser, 3), leser.GetInt64(4), leser.GetInt64(5)) };
        }

        await leser.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            const int n = PostgresSporringer.AntallPartKolonner;
            var nokkel = (leser.GetInt64(0), leser.GetInt64(1));
            biler[nokkel] = biler[nokkel] with
            {
                Eierskap = new EierskapRad(
                    leser.GetInt64(2), leser.GetInt64(3), leser.IsDBNull(4) ? null : leser.GetInt64(4),
                    Part(leser, 5)!, Part(leser, 5 + n), Part(leser, 5 + (2 * n)), Part(leser, 5 + (3 * n))),
            };
        }

        foreach (var (nokkel, bil) in biler)
        {
            lest.Kjoretoy[nokkel] = new Kjoretoyrader(bil.Rad, bil.Plater, bil.Registrering, bil.Eierskap);
        }
    }

    /// <summary>A party from <see cref="PostgresSporringer.AntallPartKolonner"/> columns from <paramref name="forste"/>; null when fnr and orgnr are both NULL.</summary>
    private static PartRad? Part(NpgsqlDataReader r, int forste)
    {
        var fnr = Tekst(r, forste);
        var orgnr = Tekst(r, forste + 1);
        if (fnr is null && orgnr is null)
        {
            return null;
        }

        var a = forste + 6;
        Adresse? adresse = null;
        for (var i = a; i < forste + PostgresSporringer.AntallPartKolonner; i++)
        {
            if (!r.IsDBNull(i))
            {
                adresse = new Adresse(Tekst(r, a), Tekst(r, a + 1), Tekst(r, a + 2), Tekst(r, a + 3), Tekst(r, a + 4), Tekst(r, a + 5), Tekst(r, a + 6), Tekst(r, a + 7), Tekst(r, a + 8));
                break;
            }
        }

        return new PartRad(fnr, orgnr, Tekst(r, forste + 2), Tekst(r, forste + 3), Tekst(r, forste + 4), Tekst(r, forste + 5), adresse);
    }

    private static string? Tekst(NpgsqlDataReader r, int kolonne) => r.IsDBNull(kolonne) ? null : r.GetString(kolonne);

    internal static NpgsqlParameter Verdi<T>(T verdi) => new NpgsqlParameter<T> { TypedValue = verdi };

    private static NpgsqlParameter Tekstverdi(string? verdi) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = verdi is null ? DBNull.Value : verdi };
}
