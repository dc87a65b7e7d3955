using Kjoretoyregister.Server.Forvaltning.Endringer;
using Npgsql;
using static Kjoretoyregister.Server.Forvaltning.FiksPostgres;

namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>
/// Forvaltning's accounts in PostgreSQL (tables <c>bruker</c>, <c>administrator</c> and <c>saksbehandler</c> of the set
/// <c>fiks</c>), in explicit SQL; the rules are <see cref="BrukerStore"/>'s. Every change is one
/// transaction with its change-log entry. The wrong-password counts live in <c>feilforsok</c> (the set
/// <c>tilgang</c>), read and cleared here by key, whether or not the username exists.
/// </summary>
public sealed class PostgresBrukerStore(NpgsqlDataSource kilde, TimeProvider tid) : BrukerStore(tid)
{
    // One statement reads an account with its roles, so they are one snapshot.
    private const string BrukerSql = """
        SELECT b.brukernavn, b.navn, b.ks_administrator, b.sikkerhetsstempel, b.opprettet,
               ARRAY(SELECT a.fiks_org_id FROM administrator a WHERE a.brukernavn = b.brukernavn),
               ARRAY(SELECT s.fiks_org_id FROM saksbehandler s WHERE s.brukernavn = b.brukernavn)
        FROM bruker b
        """;

    private const string OpprettSql = """
        INSERT INTO bruker (brukernavn, navn, passordhash, ks_administrator, sikkerhetsstempel, opprettet, endret)
        VALUES ($1, $2, $3, $4, $5, $6, $6)
        ON CONFLICT (brukernavn) DO NOTHING
        """;

    private const string HentSql = $"{BrukerSql} WHERE b.brukernavn = $1";

    private const string ListSql = $"{BrukerSql} ORDER BY b.brukernavn";

    private const string ListAdministratorerSql = $"""
        {BrukerSql}
        WHERE b.brukernavn IN (SELECT brukernavn FROM administrator WHERE fiks_org_id = $1)
        ORDER BY b.brukernavn
        """;

    private const string HentInnloggingSql = """
        SELECT b.brukernavn, b.passordhash, coalesce(f.antall, 0), f.sperret_til, b.sikkerhetsstempel
        FROM bruker b
        LEFT JOIN feilforsok f ON f.nokkel = $2
        WHERE b.brukernavn = $1
        """;

    private const string ByttPassordSql = "UPDATE bruker SET passordhash = $2, sikkerhetsstempel = $3, endret = $4 WHERE brukernavn = $1";

    // A new password (set by the person or issued by an administrator) also lifts a lock.
    private const string LoftSperreSql = "DELETE FROM feilforsok WHERE nokkel = $1";

    private const string NyttStempelSql = "UPDATE bruker SET sikkerhetsstempel = $2 WHERE brukernavn = $1";

    // Written only when both the account and the organisation exist; an existing role is a no-op
    // update, so it too counts as one row.
    private const string GiAdministratorSql = """
        INSERT INTO administrator (brukernavn, fiks_org_id)
        SELECT b.brukernavn, o.fiks_org_id
        FROM bruker b, organisasjon o
        WHERE b.brukernavn = $1 AND o.fiks_org_id = $2
        ON CONFLICT (brukernavn, fiks_org_id) DO UPDATE SET brukernavn = excluded.brukernavn
        """;

    private const string FjernAdministratorSql = "DELETE FROM administrator WHERE brukernavn = $1 AND fiks_org_id = $2";

    private const string ListSaksbehandlereSql = $"""
        {BrukerSql}
        WHERE b.brukernavn IN (SELECT brukernavn FROM saksbehandler WHERE fiks_org_id = $1)
        ORDER BY b.brukernavn
        """;

    private const string GiSaksbehandlerSql = """
        INSERT INTO saksbehandler (brukernavn, fiks_org_id)
        SELECT b.brukernavn, o.fiks_org_id
        FROM bruker b, organisasjon o
        WHERE b.brukernavn = $1 AND o.fiks_org_id = $2
        ON CONFLICT (brukernavn, fiks_org_id) DO UPDATE SET brukernavn = excluded.brukernavn
        """;

    private const string FjernSaksbehandlerSql = "DELETE FROM saksbehandler WHERE brukernavn = $1 AND fiks_org_id = $2";

    public override async Task<IReadOnlyList<Bruker>> ListAsync(CancellationToken cancellationToken = default) =>
        await kilde.LesAsync(ListSql, LesBruker, cancellationToken).ConfigureAwait(false);

    public override async Task<IReadOnlyList<Bruker>> ListAdministratorerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        await kilde.LesAsync(ListAdministratorerSql, LesBruker, cancellationToken, Verdi(fiksOrgId)).ConfigureAwait(false);

    protected override async Task<bool> InsertAsync(Bruker bruker, string passordhash, Endring? endring, CancellationToken cancellationToken) =>
        await kilde.EndreAsync(OpprettSql,
            [Verdi(bruker.Brukernavn), Verdi(bruker.Navn), Verdi(passordhash), Verdi(bruker.KsAdministrator), Verdi(bruker.Sikkerhetsstempel), Verdi(bruker.Opprettet)],
            endring, cancellationToken).ConfigureAwait(false) == 1;

    protected override async Task<Bruker?> SelectAsync(string brukernavn, CancellationToken cancellationToken) =>
        (await kilde.LesAsync(HentSql, LesBruker, cancellationToken, Verdi(brukernavn)).ConfigureAwait(false)).SingleOrDefault();

    protected override async Task<Innlogging?> SelectInnloggingAsync(string brukernavn, string nokkel, CancellationToken cancellationToken) =>
        (await kilde.LesAsync(HentInnloggingSql, LesInnlogging, cancellationToken, Verdi(brukernavn), Verdi(nokkel)).ConfigureAwait(false)).SingleOrDefault();

    protected override async Task<bool> UpdateStempelAsync(string brukernavn, string sikkerhetsstempel, CancellationToken cancellationToken) =>
        await kilde.KjorAsync(NyttStempelSql, cancellationToken, Verdi(brukernavn), Verdi(sikkerhetsstempel)).ConfigureAwait(false) == 1;

    protected override async Task<bool> UpdatePassordAsync(string brukernavn, string nokkel, string passordhash, string sikkerhetsstempel, DateTimeOffset na, Endring? endring, CancellationToken cancellationToken) =>
        await kilde.EndreAsync(ByttPassordSql, [Verdi(brukernavn), Verdi(passordhash), Verdi(sikkerhetsstempel), Verdi(na)],
            endring, cancellationToken, Batchkommando(LoftSperreSql, Verdi(nokkel))).ConfigureAwait(false) == 1;

    protected override async Task<bool> InsertAdministratorAsync(string brukernavn, Guid fiksOrgId, Endring? endring, CancellationToken cancellationToken) =>
        await kilde.EndreAsync(GiAdministratorSql, [Verdi(brukernavn), Verdi(fiksOrgId)], endring, cancellationToken).ConfigureAwait(false) == 1;

    protected override async Task<bool> DeleteAdministratorAsync(string brukernavn, Guid fiksOrgId, Endring? endring, CancellationToken cancellationToken) =>
        await kilde.EndreAsync(FjernAdministratorSql, [Verdi(brukernavn), Verdi(fiksOrgId)], endring, cancellationToken).ConfigureAwait(false) == 1;

    public override async Task<IReadOnlyList<Bruker>> ListSaksbehandlereAsync(Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        await kilde.LesAsync(ListSaksbehandlereSql, LesBruker, cancellationToken, Verdi(fiksOrgId)).ConfigureAwait(false);

    protected override async Task<bool> InsertSaksbehandlerAsync(string brukernavn, Guid fiksOrgId, Endring? endring, CancellationToken cancellationToken) =>
        await kilde.EndreAsync(GiSaksbehandlerSql, [Verdi(brukernavn), Verdi(fiksOrgId)], endring, cancellationToken).ConfigureAwait(false) == 1;

    protected override async Task<bool> DeleteSaksbehandlerAsync(string brukernavn, Guid fiksOrgId, Endring? endring, CancellationToken cancellationToken) =>
        await kilde.EndreAsync(FjernSaksbehandlerSql, [Verdi(brukernavn), Verdi(fiksOrgId)], endring, cancellationToken).ConfigureAwait(false) == 1;

    private static Bruker LesBruker(NpgsqlDataReader leser) => new(
        leser.GetString(0),
        leser.GetString(1),
        leser.GetBoolean(2),
        [.. leser.GetFieldValue<Guid[]>(5).Order()],
        leser.GetString(3),
        leser.GetFieldValue<DateTimeOffset>(4))
    {
        Oppslag = [.. leser.GetFieldValue<Guid[]>(6).Order()],
    };

    private static Innlogging LesInnlogging(NpgsqlDataReader leser) => new(
        leser.GetString(0),
        leser.GetString(1),
        leser.GetInt32(2),
        leser.IsDBNull(3) ? null : DateTimeOffset.FromUnixTimeMilliseconds(leser.GetInt64(3)),
        leser.GetString(4));
}
