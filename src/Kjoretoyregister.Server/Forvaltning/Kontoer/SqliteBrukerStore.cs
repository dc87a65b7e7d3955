using Microsoft.Data.Sqlite;
using static Kjoretoyregister.Server.Forvaltning.FiksSql;

namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>
/// Forvaltning's accounts in <c>fiks.db</c> (tables <c>bruker</c> and <c>administrator</c>), in explicit
/// SQL. Every change is one statement, so server instances and the CLI on the same file never lose one
/// another's writes: in particular two instances counting failed logins at once both count.
/// </summary>
public sealed class SqliteBrukerStore(FiksDatabase database, TimeProvider tid) : IBrukerStore
{
    // One statement reads an account with its organisations, so the two are one snapshot.
    private const string BrukerSql = """
        SELECT b.brukernavn, b.navn, b.ks_administrator, b.sikkerhetsstempel, b.opprettet,
               (SELECT group_concat(a.fiks_org_id, ' ') FROM administrator a WHERE a.brukernavn = b.brukernavn)
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

    public async Task<Bruker> OpprettAsync(string brukernavn, string navn, string passordhash, bool ksAdministrator, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passordhash);
        var na = Na();
        var bruker = new Bruker(Brukernavnregler.Sjekk(brukernavn), Forvaltningsfelt.Navn(navn, "Navn"), ksAdministrator, [], NyttStempel(), na);
        var lagret = await database.KjorAsync(OpprettSql, cancellationToken,
            ("$brukernavn", bruker.Brukernavn),
            ("$navn", bruker.Navn),
            ("$passordhash", passordhash),
            ("$ks_administrator", ksAdministrator ? 1 : 0),
            ("$sikkerhetsstempel", bruker.Sikkerhetsstempel),
            ("$na", Millisekunder(na))).ConfigureAwait(false);
        return lagret == 1
            ? bruker
            : throw new ForvaltningException($"Brukernavnet «{bruker.Brukernavn}» er allerede i bruk.");
    }

    public async Task<Bruker?> HentAsync(string brukernavn, CancellationToken cancellationToken = default) =>
        (await database.LesAsync(HentSql, LesBruker, cancellationToken, ("$brukernavn", Brukernavnregler.Normaliser(brukernavn))).ConfigureAwait(false)).SingleOrDefault();

    public async Task<IReadOnlyList<Bruker>> ListAsync(CancellationToken cancellationToken = default) =>
        await database.LesAsync(ListSql, LesBruker, cancellationToken).ConfigureAwait(false);

    public async Task<Innlogging?> HentInnloggingAsync(string brukernavn, CancellationToken cancellationToken = default) =>
        (await database.LesAsync(HentInnloggingSql, LesInnlogging, cancellationToken,
            ("$brukernavn", Brukernavnregler.Normaliser(brukernavn)), ("$nokkel", Innloggingsforsok.Nokkel(brukernavn))).ConfigureAwait(false)).SingleOrDefault();

    public async Task<bool> NyttSikkerhetsstempelAsync(string brukernavn, CancellationToken cancellationToken = default) =>
        await database.KjorAsync(NyttStempelSql, cancellationToken,
            ("$brukernavn", Brukernavnregler.Normaliser(brukernavn)), ("$sikkerhetsstempel", NyttStempel())).ConfigureAwait(false) == 1;

    public async Task<bool> ByttPassordAsync(string brukernavn, string passordhash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passordhash);
        return await database.KjorAsync(ByttPassordSql, cancellationToken,
            ("$brukernavn", Brukernavnregler.Normaliser(brukernavn)),
            ("$nokkel", Innloggingsforsok.Nokkel(brukernavn)),
            ("$passordhash", passordhash),
            ("$sikkerhetsstempel", NyttStempel()),
            ("$na", Millisekunder(Na()))).ConfigureAwait(false) >= 1; // the UPDATE's row, plus a lifted lock's
    }

    /// <summary>Idempotent: true also when the account already had the role.</summary>
    public async Task<bool> GiAdministratorAsync(string brukernavn, Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        await database.KjorAsync(GiAdministratorSql, cancellationToken,
            ("$brukernavn", Brukernavnregler.Normaliser(brukernavn)), ("$fiks_org_id", Tekst(fiksOrgId))).ConfigureAwait(false) == 1;

    public async Task<bool> FjernAdministratorAsync(string brukernavn, Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        await database.KjorAsync(FjernAdministratorSql, cancellationToken,
            ("$brukernavn", Brukernavnregler.Normaliser(brukernavn)), ("$fiks_org_id", Tekst(fiksOrgId))).ConfigureAwait(false) == 1;

    public async Task<IReadOnlyList<Bruker>> ListAdministratorerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        await database.LesAsync(ListAdministratorerSql, LesBruker, cancellationToken, ("$fiks_org_id", Tekst(fiksOrgId))).ConfigureAwait(false);

    private static string NyttStempel() => Guid.NewGuid().ToString("N");

    private static Bruker LesBruker(SqliteDataReader leser) => new(
        leser.GetString(0),
        leser.GetString(1),
        leser.GetBoolean(2),
        leser.IsDBNull(5) ? [] : [.. leser.GetString(5).Split(' ').Select(Guid.Parse).Order()],
        leser.GetString(3),
        Tidspunkt(leser.GetInt64(4)));

    private static Innlogging LesInnlogging(SqliteDataReader leser) => new(
        leser.GetString(0),
        leser.GetString(1),
        leser.GetInt32(2),
        leser.IsDBNull(3) ? null : Tidspunkt(leser.GetInt64(3)),
        leser.GetString(4));

    /// <summary>Now, to the millisecond as stored, so a returned record equals the one read back.</summary>
    private DateTimeOffset Na() => Tidspunkt(Millisekunder(tid.GetUtcNow()));
}
