using Kjoretoyregister.Server.Forvaltning.Endringer;
using Microsoft.Data.Sqlite;
using static Kjoretoyregister.Server.Forvaltning.FiksSql;

namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>
/// Forvaltning's accounts in <c>fiks.db</c> (tables <c>bruker</c>, <c>administrator</c> and <c>saksbehandler</c>), in explicit
/// SQL; the rules are <see cref="BrukerStore"/>'s. Every change is one statement in one write transaction
/// with its change-log entry, so server instances and the CLI on the same file never lose one another's writes.
/// </summary>
public sealed class SqliteBrukerStore(FiksDatabase database, TimeProvider tid) : BrukerStore(tid)
{
    // One statement reads an account with its roles, so they are one snapshot.
    private const string BrukerSql = """
        SELECT b.brukernavn, b.navn, b.ks_administrator, b.sikkerhetsstempel, b.opprettet,
               (SELECT group_concat(a.fiks_org_id, ' ') FROM administrator a WHERE a.brukernavn = b.brukernavn),
               (SELECT group_concat(s.fiks_org_id, ' ') FROM saksbehandler s WHERE s.brukernavn = b.brukernavn)
        FROM bruker b
        """;

    private const string OpprettSql = """
        INSERT INTO bruker (brukernavn, navn, passordhash, ks_administrator, sikkerhetsstempel, opprettet, endret)
        VALUES ($brukernavn, $navn, $passordhash, $ks_administrator, $sikkerhetsstempel, $na, $na)
        ON CONFLICT (brukernavn) DO NOTHING
        """;

    private const string HentSql = $"{BrukerSql} WHERE b.brukernavn = $brukernavn";

    private const string ListSql = $"{BrukerSql} ORDER BY b.brukernavn";

    private const string ListAdministratorerSql = $"""
        {BrukerSql}
        WHERE b.brukernavn IN (SELECT brukernavn FROM administrator WHERE fiks_org_id = $fiks_org_id)
        ORDER BY b.brukernavn
        """;

    // The lock lives in feilforsok under Innloggingsforsok.Nokkel, whether or not the username exists.
    private const string HentInnloggingSql = """
        SELECT b.brukernavn, b.passordhash, coalesce(f.antall, 0), f.sperret_til, b.sikkerhetsstempel
        FROM bruker b
        LEFT JOIN feilforsok f ON f.nokkel = $nokkel
        WHERE b.brukernavn = $brukernavn
        """;

    // A new password (set by the person or issued by an administrator) also lifts a lock.
    private const string ByttPassordSql = """
        UPDATE bruker SET passordhash = $passordhash, sikkerhetsstempel = $sikkerhetsstempel, endret = $na WHERE brukernavn = $brukernavn;
        DELETE FROM feilforsok WHERE nokkel = $nokkel AND changes() = 1
        """;

    // Logging out: every copy of the session's cookie carries the old stamp and dies with it.
    private const string NyttStempelSql = "UPDATE bruker SET sikkerhetsstempel = $sikkerhetsstempel WHERE brukernavn = $brukernavn";

    // Written only when both the account and the organisation exist; an existing role is a no-op
    // update, so it too counts as one row.
    private const string GiAdministratorSql = """
        INSERT INTO administrator (brukernavn, fiks_org_id)
        SELECT b.brukernavn, o.fiks_org_id
        FROM bruker b, organisasjon o
        WHERE b.brukernavn = $brukernavn AND o.fiks_org_id = $fiks_org_id
        ON CONFLICT (brukernavn, fiks_org_id) DO UPDATE SET brukernavn = excluded.brukernavn
        """;

    private const string FjernAdministratorSql = "DELETE FROM administrator WHERE brukernavn = $brukernavn AND fiks_org_id = $fiks_org_id";

    private const string ListSaksbehandlereSql = $"""
        {BrukerSql}
        WHERE b.brukernavn IN (SELECT brukernavn FROM saksbehandler WHERE fiks_org_id = $fiks_org_id)
        ORDER BY b.brukernavn
        """;

    private const string GiSaksbehandlerSql = """
        INSERT INTO saksbehandler (brukernavn, fiks_org_id)
        SELECT b.brukernavn, o.fiks_org_id
        FROM bruker b, organisasjon o
        WHERE b.brukernavn = $brukernavn AND o.fiks_org_id = $fiks_org_id
        ON CONFLICT (brukernavn, fiks_org_id) DO UPDATE SET brukernavn = excluded.brukernavn
        """;

    private const string FjernSaksbehandlerSql = "DELETE FROM saksbehandler WHERE brukernavn = $brukernavn AND fiks_org_id = $fiks_org_id";

    public override async Task<IReadOnlyList<Bruker>> ListAsync(CancellationToken cancellationToken = default) =>
        await database.LesAsync(ListSql, LesBruker, cancellationToken).ConfigureAwait(false);

    public override async Task<IReadOnlyList<Bruker>> ListAdministratorerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        await database.LesAsync(ListAdministratorerSql, LesBruker, cancellationToken, ("$fiks_org_id", Tekst(fiksOrgId))).ConfigureAwait(false);

    protected override async Task<bool> InsertAsync(Bruker bruker, string passordhash, Endring? endring, CancellationToken cancellationToken) =>
        await database.EndreAsync(OpprettSql, endring, cancellationToken,
            ("$brukernavn", bruker.Brukernavn),
            ("$navn", bruker.Navn),
            ("$passordhash", passordhash),
            ("$ks_administrator", bruker.KsAdministrator ? 1 : 0),
            ("$sikkerhetsstempel", bruker.Sikkerhetsstempel),
            ("$na", Millisekunder(bruker.Opprettet))).ConfigureAwait(false) == 1;

    protected override async Task<Bruker?> SelectAsync(string brukernavn, CancellationToken cancellationToken) =>
        (await database.LesAsync(HentSql, LesBruker, cancellationToken, ("$brukernavn", brukernavn)).ConfigureAwait(false)).SingleOrDefault();

    protected override async Task<Innlogging?> SelectInnloggingAsync(string brukernavn, string nokkel, CancellationToken cancellationToken) =>
        (await database.LesAsync(HentInnloggingSql, LesInnlogging, cancellationToken, ("$brukernavn", brukernavn), ("$nokkel", nokkel)).ConfigureAwait(false)).SingleOrDefault();

    protected override async Task<bool> UpdateStempelAsync(string brukernavn, string sikkerhetsstempel, CancellationToken cancellationToken) =>
        await database.KjorAsync(NyttStempelSql, cancellationToken, ("$brukernavn", brukernavn), ("$sikkerhetsstempel", sikkerhetsstempel)).ConfigureAwait(false) == 1;

    protected override async Task<bool> UpdatePassordAsync(string brukernavn, string nokkel, string passordhash, string sikkerhetsstempel, DateTimeOffset na, Endring? endring, CancellationToken cancellationToken) =>
        await database.EndreAsync(ByttPassordSql, endring, cancellationToken,
            ("$brukernavn", brukernavn),
            ("$nokkel", nokkel),
            ("$passordhash", passordhash),
            ("$sikkerhetsstempel", sikkerhetsstempel),
            ("$na", Millisekunder(na))).ConfigureAwait(false) >= 1; // the UPDATE's row, plus a lifted lock's

    protected override async Task<bool> InsertAdministratorAsync(string brukernavn, Guid fiksOrgId, Endring? endring, CancellationToken cancellationToken) =>
        await database.EndreAsync(GiAdministratorSql, endring, cancellationToken, ("$brukernavn", brukernavn), ("$fiks_org_id", Tekst(fiksOrgId))).ConfigureAwait(false) == 1;

    protected override async Task<bool> DeleteAdministratorAsync(string brukernavn, Guid fiksOrgId, Endring? endring, CancellationToken cancellationToken) =>
        await database.EndreAsync(FjernAdministratorSql, endring, cancellationToken, ("$brukernavn", brukernavn), ("$fiks_org_id", Tekst(fiksOrgId))).ConfigureAwait(false) == 1;

    public override async Task<IReadOnlyList<Bruker>> ListSaksbehandlereAsync(Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        await database.LesAsync(ListSaksbehandlereSql, LesBruker, cancellationToken, ("$fiks_org_id", Tekst(fiksOrgId))).ConfigureAwait(false);

    protected override async Task<bool> InsertSaksbehandlerAsync(string brukernavn, Guid fiksOrgId, Endring? endring, CancellationToken cancellationToken) =>
        await database.EndreAsync(GiSaksbehandlerSql, endring, cancellationToken, ("$brukernavn", brukernavn), ("$fiks_org_id", Tekst(fiksOrgId))).ConfigureAwait(false) == 1;

    protected override async Task<bool> DeleteSaksbehandlerAsync(string brukernavn, Guid fiksOrgId, Endring? endring, CancellationToken cancellationToken) =>
        await database.EndreAsync(FjernSaksbehandlerSql, endring, cancellationToken, ("$brukernavn", brukernavn), ("$fiks_org_id", Tekst(fiksOrgId))).ConfigureAwait(false) == 1;

    private static Bruker LesBruker(SqliteDataReader leser) => new(
        leser.GetString(0),
        leser.GetString(1),
        leser.GetBoolean(2),
        Organisasjoner(leser, 5),
        leser.GetString(3),
        Tidspunkt(leser.GetInt64(4)))
    {
        Oppslag = Organisasjoner(leser, 6),
    };

    private static Guid[] Organisasjoner(SqliteDataReader leser, int kolonne) =>
        leser.IsDBNull(kolonne) ? [] : [.. leser.GetString(kolonne).Split(' ').Select(Guid.Parse).Order()];

    private static Innlogging LesInnlogging(SqliteDataReader leser) => new(
        leser.GetString(0),
        leser.GetString(1),
        leser.GetInt32(2),
        leser.IsDBNull(3) ? null : Tidspunkt(leser.GetInt64(3)),
        leser.GetString(4));
}
