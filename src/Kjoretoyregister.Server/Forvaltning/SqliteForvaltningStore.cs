using System.Globalization;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Microsoft.Data.Sqlite;
using static Kjoretoyregister.Server.Forvaltning.FiksSql;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// Organisations and integrations in <c>fiks.db</c> (<see cref="FiksDatabase"/>), in explicit SQL; the
/// rules are <see cref="ForvaltningStore"/>'s. Every change is one write transaction with its change-log
/// entry, so another store on the same file (another server instance, the CLI) sees both at once. Ids
/// are stored as lower-case UUIDs, times as epoch milliseconds UTC. Agreements, invoicing details,
/// activation, the tariff and the formål catalogue are in the other parts of this class.
/// </summary>
public sealed partial class SqliteForvaltningStore(FiksDatabase database, TimeProvider tid) : ForvaltningStore(tid), IDisposable
{
    private const string OrganisasjonKolonner = "fiks_org_id, navn, organisasjonsnummer, kjoretoyregister_aktivert, opprettet, endret";

    private const string IntegrasjonKolonner = "integrasjon_id, fiks_org_id, navn, autorisert_organisasjonsnummer, beskrivelse, kan_soke, opprettet, endret, formal_pakrevd";

    private const string OpprettOrganisasjonSql = """
        INSERT INTO organisasjon (fiks_org_id, navn, organisasjonsnummer, kjoretoyregister_aktivert, opprettet, endret)
        VALUES ($fiks_org_id, $navn, $organisasjonsnummer, 0, $na, $na)
        ON CONFLICT DO NOTHING
        """;

    private const string FinnOrganisasjonSql =
        $"SELECT {OrganisasjonKolonner} FROM organisasjon WHERE organisasjonsnummer = $organisasjonsnummer ORDER BY opprettet, fiks_org_id LIMIT 1";

    private const string HentOrganisasjonSql = $"SELECT {OrganisasjonKolonner} FROM organisasjon WHERE fiks_org_id = $fiks_org_id";

    private const string ListOrganisasjonerSql = $"SELECT {OrganisasjonKolonner} FROM organisasjon ORDER BY navn, fiks_org_id";

    // INSERT ... SELECT from the organisation: no row is written when it does not exist.
    private const string OpprettIntegrasjonSql = """
        INSERT INTO integrasjon (integrasjon_id, fiks_org_id, navn, autorisert_organisasjonsnummer, beskrivelse, passordhash, kan_soke, opprettet, endret)
        SELECT $integrasjon_id, fiks_org_id, $navn, $autorisert_organisasjonsnummer, $beskrivelse, $passordhash, $kan_soke, $na, $na
        FROM organisasjon
        WHERE fiks_org_id = $fiks_org_id
        ON CONFLICT (integrasjon_id) DO NOTHING
        """;

    private const string HentIntegrasjonSql = $"SELECT {IntegrasjonKolonner} FROM integrasjon WHERE integrasjon_id = $integrasjon_id";

    private const string ListIntegrasjonerSql = $"SELECT {IntegrasjonKolonner} FROM integrasjon WHERE fiks_org_id = $fiks_org_id ORDER BY navn, integrasjon_id";

    private const string SettKanSokeSql = """
        UPDATE integrasjon
        SET kan_soke = $kan_soke,
            endret = CASE WHEN kan_soke = $kan_soke THEN endret ELSE $na END
        WHERE integrasjon_id = $integrasjon_id
        """;

    private const string ByttPassordhashSql = "UPDATE integrasjon SET passordhash = $passordhash, endret = $na WHERE integrasjon_id = $integrasjon_id";

    private const string SlettIntegrasjonSql = "DELETE FROM integrasjon WHERE integrasjon_id = $integrasjon_id";

    private readonly Tilgangsoppslag tilgang = new(database, Environment.ProcessorCount * 2);

    public override async Task<Organisasjon?> HentOrganisasjonAsync(Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        (await database.LesAsync(HentOrganisasjonSql, LesOrganisasjon, cancellationToken, ("$fiks_org_id", Tekst(fiksOrgId))).ConfigureAwait(false)).SingleOrDefault();

    protected override async Task<Organisasjon?> FinnOrganisasjonAsync(Organisasjonsnummer organisasjonsnummer, CancellationToken cancellationToken) =>
        (await database.LesAsync(FinnOrganisasjonSql, LesOrganisasjon, cancellationToken, ("$organisasjonsnummer", organisasjonsnummer.Verdi)).ConfigureAwait(false)).SingleOrDefault();

    public override async Task<IReadOnlyList<Organisasjon>> ListOrganisasjonerAsync(CancellationToken cancellationToken = default) =>
        await database.LesAsync(ListOrganisasjonerSql, LesOrganisasjon, cancellationToken).ConfigureAwait(false);

    public override async Task<Integrasjon?> HentIntegrasjonAsync(Guid integrasjonId, CancellationToken cancellationToken = default) =>
        (await database.LesAsync(HentIntegrasjonSql, LesIntegrasjon, cancellationToken, ("$integrasjon_id", Tekst(integrasjonId))).ConfigureAwait(false)).SingleOrDefault();

    public override async Task<IReadOnlyList<Integrasjon>> ListIntegrasjonerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        await database.LesAsync(ListIntegrasjonerSql, LesIntegrasjon, cancellationToken, ("$fiks_org_id", Tekst(fiksOrgId))).ConfigureAwait(false);

    /// <summary>
    /// Answered synchronously on purpose: Microsoft.Data.Sqlite has no real asynchronous I/O, and this
    /// runs on every API request, so it reuses a prepared statement and allocates no task.
    /// </summary>
    public override ValueTask<IntegrasjonTilgang?> HentTilgangAsync(Guid integrasjonId, string? formal = null, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(tilgang.Hent(integrasjonId, formal, cancellationToken));

    public override Task<bool> SvarerAsync(CancellationToken cancellationToken = default)
    {
        using var tilkobling = database.Fil.Apne();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = "PRAGMA user_version";
        return Task.FromResult(Convert.ToInt64(kommando.ExecuteScalar(), CultureInfo.InvariantCulture) == FiksDatabase.Steg.Count);
    }

    /// <summary>Closes the connections kept open for <see cref="HentTilgangAsync"/>.</summary>
    public void Dispose() => tilgang.Dispose();

    protected override async Task<bool> InsertOrganisasjonAsync(Organisasjon organisasjon, Endring? endring, CancellationToken cancellationToken)
    {
        using var tilkobling = database.Fil.Apne();
        using var transaksjon = tilkobling.BeginTransaction(deferred: false);
        using (var kommando = Kommando(tilkobling, OpprettOrganisasjonSql, [
            ("$fiks_org_id", Tekst(organisasjon.FiksOrgId)),
            ("$navn", organisasjon.Navn),
            ("$organisasjonsnummer", organisasjon.Organisasjonsnummer.Verdi),
            ("$na", Millisekunder(organisasjon.Opprettet))], transaksjon))
        {
            if (await kommando.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                return false;
            }
        }

        await SkrivStandardkatalogAsync(tilkobling, transaksjon, organisasjon.FiksOrgId, cancellationToken).ConfigureAwait(false);
        await SkrivEndringAsync(tilkobling, transaksjon, endring, cancellationToken).ConfigureAwait(false);
        transaksjon.Commit();
        return true;
    }

    protected override async Task<bool> InsertIntegrasjonAsync(Integrasjon integrasjon, string passordhash, Endring? endring, CancellationToken cancellationToken) =>
        await database.EndreAsync(OpprettIntegrasjonSql, endring, cancellationToken,
            ("$integrasjon_id", Tekst(integrasjon.IntegrasjonId)),
            ("$fiks_org_id", Tekst(integrasjon.FiksOrgId)),
            ("$navn", integrasjon.Navn),
            ("$autorisert_organisasjonsnummer", integrasjon.AutorisertOrganisasjonsnummer.Verdi),
            ("$beskrivelse", integrasjon.Beskrivelse),
            ("$passordhash", passordhash),
            ("$kan_soke", integrasjon.KanSoke ? 1 : 0),
            ("$na", Millisekunder(integrasjon.Opprettet))).ConfigureAwait(false) == 1;

    protected override async Task<bool> UpdateKanSokeAsync(Guid integrasjonId, bool kanSoke, DateTimeOffset na, Endring? endring, CancellationToken cancellationToken) =>
        await database.EndreAsync(SettKanSokeSql, endring, cancellationToken,
            ("$integrasjon_id", Tekst(integrasjonId)), ("$kan_soke", kanSoke ? 1 : 0), ("$na", Millisekunder(na))).ConfigureAwait(false) == 1;

    protected override async Task<bool> UpdatePassordhashAsync(Guid integrasjonId, string passordhash, DateTimeOffset na, Endring? endring, CancellationToken cancellationToken) =>
        await database.EndreAsync(ByttPassordhashSql, endring, cancellationToken,
            ("$integrasjon_id", Tekst(integrasjonId)), ("$passordhash", passordhash), ("$na", Millisekunder(na))).ConfigureAwait(false) == 1;

    protected override async Task<bool> DeleteIntegrasjonAsync(Guid integrasjonId, Endring? endring, CancellationToken cancellationToken) =>
        await database.EndreAsync(SlettIntegrasjonSql, endring, cancellationToken, ("$integrasjon_id", Tekst(integrasjonId))).ConfigureAwait(false) == 1;

    private static Organisasjon LesOrganisasjon(SqliteDataReader leser) => new(
        Guid.Parse(leser.GetString(0)),
        leser.GetString(1),
        Organisasjonsnummer.Parse(leser.GetString(2)),
        leser.GetBoolean(3),
        Tidspunkt(leser.GetInt64(4)),
        Tidspunkt(leser.GetInt64(5)));

    private static Integrasjon LesIntegrasjon(SqliteDataReader leser) => new(
        Guid.Parse(leser.GetString(0)),
        Guid.Parse(leser.GetString(1)),
        leser.GetString(2),
        Organisasjonsnummer.Parse(leser.GetString(3)),
        leser.IsDBNull(4) ? null : leser.GetString(4),
        leser.GetBoolean(5),
        Tidspunkt(leser.GetInt64(6)),
        Tidspunkt(leser.GetInt64(7)),
        leser.GetBoolean(8));
}
