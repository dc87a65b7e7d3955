using Kjoretoyregister.Server.Forvaltning;
using Microsoft.Data.Sqlite;
using static Kjoretoyregister.Server.Forvaltning.FiksSql;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// The local issuer's signing key in <c>maskinporten_signeringsnokkel</c> of fiks.db. The first key is
/// stored in an IMMEDIATE transaction (read, then insert only when none is there), so servers on one
/// file making a key at once end up with one. Of rows stored by older versions, the first made is used.
/// </summary>
public sealed class SqliteSigneringsnokkelStore(FiksDatabase database, TimeProvider tid) : ISigneringsnokkelStore
{
    private const string HentSql = "SELECT kid, privat_jwk FROM maskinporten_signeringsnokkel ORDER BY opprettet, kid LIMIT 1";

    private const string LagreSql = "INSERT INTO maskinporten_signeringsnokkel (kid, privat_jwk, opprettet) VALUES ($kid, $jwk, $opprettet)";

    public ValueTask<Signeringsnokkel?> HentAsync(CancellationToken cancellationToken)
    {
        using var tilkobling = database.Fil.Apne();
        return ValueTask.FromResult(Hent(tilkobling, null));
    }

    public ValueTask<Signeringsnokkel> LagreForsteAsync(Signeringsnokkel ny, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ny);
        using var tilkobling = database.Fil.Apne();
        using var transaksjon = tilkobling.BeginTransaction(deferred: false);
        if (Hent(tilkobling, transaksjon) is { } lagret)
        {
            return ValueTask.FromResult(lagret);
        }

        using (var kommando = Kommando(tilkobling, LagreSql, [("$kid", ny.Kid), ("$jwk", ny.PrivatJwk), ("$opprettet", Millisekunder(tid.GetUtcNow()))], transaksjon))
        {
            kommando.ExecuteNonQuery();
        }

        transaksjon.Commit();
        return ValueTask.FromResult(ny);
    }

    private static Signeringsnokkel? Hent(SqliteConnection tilkobling, SqliteTransaction? transaksjon)
    {
        using var kommando = Kommando(tilkobling, HentSql, [], transaksjon);
        using var leser = kommando.ExecuteReader();
        return leser.Read() ? new Signeringsnokkel(leser.GetString(0), leser.GetString(1)) : null;
    }
}
