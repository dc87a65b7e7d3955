using Kjoretoyregister.Register.Oppslag;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Register.Sqlite;

/// <summary>
/// Builds the stored answers for "now" (<c>naa_svar</c>) of a SQLite register file: per vehicle, its
/// rows at t and its row boundaries (a few index seeks, prepared once), the answer from
/// <see cref="NaaSvarBygger"/> (built on another thread while the next vehicles are read), one insert.
/// Runs in whatever transaction the connection has open: an import calls it in its write transaction, so
/// no lookup ever sees a stale answer.
/// </summary>
internal static class SqliteNaaSvar
{
    /// <summary>Vehicles read, built and written per step.</summary>
    private const int Delstorrelse = 1_000;

    /// <summary>(Re)builds the stored answers at <paramref name="t"/> of the vehicles <paramref name="ider"/>, or of every vehicle when null.</summary>
    /// <param name="connection">An open connection to the register file, normally inside a write transaction.</param>
    /// <param name="t">The time the answers are built at (stored form, see <see cref="Tid"/>): the import's "now".</param>
    /// <param name="ider">The vehicle ids (ids with no vehicle are skipped), or null for all (the table is emptied first).</param>
    /// <returns>How many answers were written.</returns>
    public static int Bygg(SqliteConnection connection, long t, IReadOnlyCollection<long>? ider = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var lesing = new SqliteRegisterLesing(connection);
        using var grenser = new Setning(connection, SqliteSporringer.Grenser);
        using var settInn = new Setning(
            connection,
            "INSERT OR REPLACE INTO naa_svar (kjoretoy_id, gyldig_fra, gyldig_til, kuid, parter, json) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        IEnumerable<long[]> deler;
        if (ider is null)
        {
            using var tom = new Setning(connection, "DELETE FROM naa_svar");
            tom.Kjor();
            deler = AlleIder(connection);
        }
        else
        {
            var valgte = ider.ToArray();
            Array.Sort(valgte);
            deler = valgte.Chunk(Delstorrelse);
        }

        // The connection reads a chunk's rows and writes the previous chunk's answers while another thread
        // builds this chunk's JSON (the JSON is most of the work that is not SQLite's).
        var antall = 0;
        Task<Naasvar[]>? bygges = null;
        foreach (var del in deler)
        {
            var lest = new List<(Kjoretoyrader Rader, Grense Grense)>(del.Length);
            foreach (var id in del)
            {
                if (lesing.LesKjoretoy(id, t) is { } rader)
                {
                    lest.Add((rader, grenser.Med(id, t).Rad(r => new Grense(r.TallEllerNullI(0), r.TallEllerNullI(1)))!));
                }
            }

            antall += SettInn(settInn, bygges);
            bygges = Task.Run(() => lest.Select(l => NaaSvarBygger.Bygg(l.Rader, l.Grense.For, l.Grense.Etter)).ToArray());
        }

        antall += SettInn(settInn, bygges);
        return antall;
    }

    /// <summary>The vehicles with an ownership that names any of the parties (whose new name or address changes their answers).</summary>
    public static HashSet<long> KjoretoyForParter(SqliteConnection connection, IEnumerable<long> parter)
    {
        ArgumentNullException.ThrowIfNull(parter);
        using var finn = new Setning(connection, SqliteSporringer.KjoretoyForPart);
        var ider = new HashSet<long>();
        foreach (var part in parter)
        {
            ider.UnionWith(finn.Med(part).Rader(r => r.TallI(0)));
        }

        return ider;
    }

    /// <summary>
    /// Builds every vehicle's answer when the file has vehicles but no stored answer (a file from before
    /// <c>naa_svar</c>, upgraded by its migration), in one write transaction. A file that needs nothing is
    /// only read (no write lock, so an import running in another process does not hold up opening it).
    /// </summary>
    /// <returns>How many answers were written (0 when nothing was missing).</returns>
    public static int FyllOmTom(SqliteConnection connection, long t)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!ManglerSvar(connection))
        {
            return 0;
        }

        using var transaksjon = connection.BeginTransaction(deferred: false);
        if (!ManglerSvar(connection))
        {
            return 0;
        }

        var antall = Bygg(connection, t);
        transaksjon.Commit();
        return antall;
    }

    private static bool ManglerSvar(SqliteConnection connection)
    {
        using var sjekk = new Setning(connection, "SELECT EXISTS (SELECT 1 FROM kjoretoy) AND NOT EXISTS (SELECT 1 FROM naa_svar)");
        return sjekk.Tall() == 1;
    }

    /// <summary>Every vehicle id in order, a chunk at a time (never all of them in memory: 10 million ids would be 80 MB).</summary>
    private static IEnumerable<long[]> AlleIder(SqliteConnection connection)
    {
        using var finn = new Setning(connection, FormattableString.Invariant($"SELECT id FROM kjoretoy WHERE id > ?1 ORDER BY id LIMIT {Delstorrelse}"));
        var forrige = long.MinValue;
        while (true)
        {
            var del = finn.Med(forrige).Rader(r => r.TallI(0)).ToArray();
            if (del.Length == 0)
            {
                yield break;
            }

            yield return del;
            forrige = del[^1];
        }
    }

    private static int SettInn(Setning settInn, Task<Naasvar[]>? bygges)
    {
        if (bygges is null)
        {
            return 0;
        }

        var svar = bygges.GetAwaiter().GetResult();
        foreach (var s in svar)
        {
            settInn.Med(s.KjoretoyId, s.GyldigFra, s.GyldigTil, s.Kuid, s.Parter, s.Json).Kjor();
        }

        return svar.Length;
    }

    private sealed record Grense(long? For, long? Etter);
}
