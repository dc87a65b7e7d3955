using Kjoretoyregister.Server.Forvaltning;
using Microsoft.Data.Sqlite;
using static Kjoretoyregister.Server.Forvaltning.FiksSql;

namespace Kjoretoyregister.Server.Tilgang;

/// <summary>
/// Wrong-password counts in <c>fiks.db</c> (table <c>feilforsok</c>). A reservation is one IMMEDIATE
/// transaction (read, apply the rule, write), so attempts from every instance on the file are
/// serialised by SQLite's write lock; inside one process they also queue on an async gate first, so a
/// burst waits without blocking threads in SQLite's busy handler.
/// </summary>
public sealed class SqliteFeilforsokStore(FiksDatabase database, TimeProvider tid) : IFeilforsokStore, IDisposable
{
    /// <summary>Rows without a lock, quiet this long, are removed when a new key is counted.</summary>
    private static readonly TimeSpan Rydding = TimeSpan.FromDays(1);

    private const string HentSql = "SELECT antall, sperret_til, sist FROM feilforsok WHERE nokkel = $nokkel";

    private const string SkrivSql = """
        INSERT INTO feilforsok (nokkel, antall, sperret_til, sist) VALUES ($nokkel, $antall, $sperret_til, $sist)
        ON CONFLICT (nokkel) DO UPDATE SET antall = excluded.antall, sperret_til = excluded.sperret_til, sist = excluded.sist
        """;

    private const string RyddSql = "DELETE FROM feilforsok WHERE sist < $grense AND (sperret_til IS NULL OR sperret_til < $na)";

    private const string NullstillSql = "DELETE FROM feilforsok WHERE nokkel = $nokkel";

    private readonly SemaphoreSlim port = new(1, 1);

    public async ValueTask<Forsok> ReserverAsync(string nokkel, Forsoksregel regel, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(nokkel);
        ArgumentNullException.ThrowIfNull(regel);
        await port.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var tilkobling = database.Fil.Apne();
            using var transaksjon = tilkobling.BeginTransaction(deferred: false);
            var na = Tidspunkt(Millisekunder(tid.GetUtcNow()));
            var gammel = Hent(tilkobling, transaksjon, nokkel);
            if (regel.Neste(gammel, na) is not { } ny)
            {
                return new Forsok(false, gammel!);
            }

            if (gammel is null)
            {
                Kjor(tilkobling, transaksjon, RyddSql, ("$grense", Millisekunder(na - Rydding)), ("$na", Millisekunder(na)));
            }

            Kjor(tilkobling, transaksjon, SkrivSql,
                ("$nokkel", nokkel),
                ("$antall", ny.Antall),
                ("$sperret_til", ny.SperretTil is { } s ? Millisekunder(s) : null),
                ("$sist", Millisekunder(ny.Sist)));
            transaksjon.Commit();
            return new Forsok(true, ny);
        }
        finally
        {
            port.Release();
        }
    }

    public async ValueTask NullstillAsync(string nokkel, CancellationToken cancellationToken) =>
        await database.KjorAsync(NullstillSql, cancellationToken, ("$nokkel", nokkel)).ConfigureAwait(false);

    public void Dispose() => port.Dispose();

    private static Forsoksteller? Hent(SqliteConnection tilkobling, SqliteTransaction transaksjon, string nokkel)
    {
        using var kommando = Kommando(tilkobling, HentSql, [("$nokkel", nokkel)], transaksjon);
        using var leser = kommando.ExecuteReader();
        return leser.Read()
            ? new Forsoksteller(leser.GetInt32(0), leser.IsDBNull(1) ? null : Tidspunkt(leser.GetInt64(1)), Tidspunkt(leser.GetInt64(2)))
            : null;
    }

    private static void Kjor(SqliteConnection tilkobling, SqliteTransaction transaksjon, string sql, params (string Navn, object? Verdi)[] parametre)
    {
        using var kommando = Kommando(tilkobling, sql, parametre, transaksjon);
        kommando.ExecuteNonQuery();
    }
}
