using System.Collections.Concurrent;
using Kjoretoyregister.Contracts;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// The authentication chain's one read per request (<see cref="IForvaltningStore.HentTilgangAsync"/>):
/// a small pool of open connections, each with its prepared statement, so a request pays for one
/// primary-key seek (and one in the formål catalogue when the integration requires a purpose; the organisation's
/// fair-use override comes with the join), not for
/// opening a connection and compiling SQL. A connection is used by one
/// caller at a time; every execution is its own read transaction, so it sees what was committed
/// before it started, by this process or any other.
/// </summary>
internal sealed class Tilgangsoppslag(FiksDatabase database, int maksLedige) : IDisposable
{
    // The catalogue is looked up (one primary-key seek) only when the integration requires a purpose.
    private const string Sql = """
        SELECT i.fiks_org_id, i.autorisert_organisasjonsnummer, i.passordhash, i.kan_soke, o.kjoretoyregister_aktivert, i.formal_pakrevd,
               CASE WHEN i.formal_pakrevd THEN EXISTS (SELECT 1 FROM formal f WHERE f.fiks_org_id = i.fiks_org_id AND f.kode = $formal) ELSE 0 END,
               o.kvote_integrasjon_per_sekund, o.kvote_integrasjon_kapasitet, o.kvote_organisasjon_per_sekund, o.kvote_organisasjon_kapasitet
        FROM integrasjon i
        JOIN organisasjon o ON o.fiks_org_id = i.fiks_org_id
        WHERE i.integrasjon_id = $integrasjon_id
        """;

    private readonly ConcurrentBag<Forberedt> ledige = [];

    // Counted here: ConcurrentBag.Count takes every lock in the bag, too dear for every request.
    private int antallLedige;
    private volatile bool lukket;

    public IntegrasjonTilgang? Hent(Guid integrasjonId, string? formal, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(lukket, this);
        cancellationToken.ThrowIfCancellationRequested();
        var forberedt = Ta() ?? Forberedt.Apne(database);
        IntegrasjonTilgang? tilgang;
        try
        {
            tilgang = forberedt.Hent(integrasjonId, formal);
        }
        catch
        {
            // A connection that failed mid-use is not trusted again.
            forberedt.Dispose();
            throw;
        }

        TilbakeIPoolen(forberedt);
        return tilgang;
    }

    public void Dispose()
    {
        lukket = true;
        while (Ta() is { } forberedt)
        {
            forberedt.Dispose();
        }
    }

    private Forberedt? Ta()
    {
        if (!ledige.TryTake(out var forberedt))
        {
            return null;
        }

        Interlocked.Decrement(ref antallLedige);
        return forberedt;
    }

    private void TilbakeIPoolen(Forberedt forberedt)
    {
        if (lukket)
        {
            forberedt.Dispose();
            return;
        }

        if (Interlocked.Increment(ref antallLedige) > maksLedige)
        {
            Interlocked.Decrement(ref antallLedige);
            forberedt.Dispose();
            return;
        }

        ledige.Add(forberedt);

        // Dispose may have emptied the pool between the check above and the Add.
        if (lukket && Ta() is { } sen)
        {
            sen.Dispose();
        }
    }

    private sealed class Forberedt : IDisposable
    {
        private readonly SqliteConnection tilkobling;
        private readonly SqliteCommand kommando;
        private readonly SqliteParameter id;
        private readonly SqliteParameter formal;

        private Forberedt(SqliteConnection tilkobling)
        {
            this.tilkobling = tilkobling;
            kommando = tilkobling.CreateCommand();
            kommando.CommandText = Sql;
            id = kommando.Parameters.Add("$integrasjon_id", SqliteType.Text);
            id.Value = "";
            formal = kommando.Parameters.Add("$formal", SqliteType.Text);
            formal.Value = DBNull.Value;
            kommando.Prepare();
        }

        public static Forberedt Apne(FiksDatabase database)
        {
            var tilkobling = database.Fil.Apne();
            try
            {
                return new Forberedt(tilkobling);
            }
            catch
            {
                tilkobling.Dispose();
                throw;
            }
        }

        public IntegrasjonTilgang? Hent(Guid integrasjonId, string? formalkode)
        {
            id.Value = FiksSql.Tekst(integrasjonId);
            formal.Value = (object?)formalkode ?? DBNull.Value;
            using var leser = kommando.ExecuteReader();
            if (!leser.Read())
            {
                return null;
            }

            return new IntegrasjonTilgang(
                integrasjonId,
                Guid.Parse(leser.GetString(0)),
                Organisasjonsnummer.Parse(leser.GetString(1)),
                leser.GetString(2),
                leser.GetBoolean(3),
                leser.GetBoolean(4),
                leser.GetBoolean(5),
                leser.GetBoolean(6),
                Kvote.Kvoteoverstyring.Fra(Heltall(leser, 7), Heltall(leser, 8), Heltall(leser, 9), Heltall(leser, 10)));
        }

        private static int? Heltall(SqliteDataReader leser, int kolonne) => leser.IsDBNull(kolonne) ? null : leser.GetInt32(kolonne);

        public void Dispose()
        {
            kommando.Dispose();
            tilkobling.Dispose();
        }
    }
}
