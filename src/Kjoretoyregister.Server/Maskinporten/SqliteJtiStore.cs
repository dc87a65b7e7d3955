using Kjoretoyregister.Server.Forvaltning;
using static Kjoretoyregister.Server.Forvaltning.FiksSql;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// Spent grant ids in <c>maskinporten_jti</c> of fiks.db. One upsert records an id: a row still
/// remembered is left alone (no change: spent before), a forgotten one is taken over (a change: new).
/// </summary>
public sealed class SqliteJtiStore(FiksDatabase database) : IJtiStore
{
    private const string RegistrerSql = """
        INSERT INTO maskinporten_jti (klient_id, jti, glemmes) VALUES ($klientId, $jti, $glemmes)
        ON CONFLICT (klient_id, jti) DO UPDATE SET glemmes = excluded.glemmes WHERE maskinporten_jti.glemmes <= $naa
        """;

    private const string RyddSql = "DELETE FROM maskinporten_jti WHERE glemmes <= $naa";

    public async ValueTask<bool> RegistrerAsync(string klientId, string jti, DateTimeOffset glemmes, DateTimeOffset naa, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(klientId);
        ArgumentNullException.ThrowIfNull(jti);
        return await database.KjorAsync(RegistrerSql, cancellationToken,
            ("$klientId", klientId), ("$jti", jti), ("$glemmes", Millisekunder(glemmes)), ("$naa", Millisekunder(naa))) == 1;
    }

    public async ValueTask RyddAsync(DateTimeOffset naa, CancellationToken cancellationToken) =>
        await database.KjorAsync(RyddSql, cancellationToken, ("$naa", Millisekunder(naa)));
}
