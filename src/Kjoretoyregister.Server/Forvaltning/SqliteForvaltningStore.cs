using System.Globalization;
using Kjoretoyregister.Contracts;
using Microsoft.Data.Sqlite;
using static Kjoretoyregister.Server.Forvaltning.FiksSql;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// Organisations and integrations in <c>fiks.db</c> (<see cref="FiksDatabase"/>), in explicit SQL. Every
/// change is one committed statement, so another store on the same file (another server instance, the
/// CLI) sees it at once. Ids are stored as lower-case UUIDs, times as epoch milliseconds UTC, and
/// <c>endret</c> moves whenever a row's content does. Agreements, invoicing details, activation and the
/// tariff are in the other parts of this class.
/// </summary>
public sealed partial class SqliteForvaltningStore(FiksDatabase database, TimeProvider tid) : IForvaltningStore, IDisposable
{
    private const string OrganisasjonKolonner = "fiks_org_id, navn, organisasjonsnummer, kjoretoyregister_aktivert, opprettet, endret";

    private const string IntegrasjonKolonner = "integrasjon_id, fiks_org_id, navn, autorisert_organisasjonsnummer, beskrivelse, kan_soke, opprettet, endret";

    private const string OpprettOrganisasjonSql = """
        INSERT INTO organisasjon (fiks_org_id, navn, organisasjonsnummer, kjoretoyregister_aktivert, opprettet, endret)
        VALUES ($fiks_org_id, $navn, $organisasjonsnummer, 0, $na, $na)
        ON CONFLICT (fiks_org_id) DO NOTHING
        """;

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

    public async Task<Organisasjon> OpprettOrganisasjonAsync(string navn, Organisasjonsnummer organisasjonsnummer, Guid? fiksOrgId = null, CancellationToken cancellationToken = default)
    {
        var na = Na();
        var organisasjon = new Organisasjon(fiksOrgId ?? Guid.NewGuid(), Forvaltningsfelt.Navn(navn, "Navn"), organisasjonsnummer, false, na, na);
        var lagret = await database.KjorAsync(OpprettOrganisasjonSql, cancellationToken,
            ("$fiks_org_id", Tekst(organisasjon.FiksOrgId)),
            ("$navn", organisasjon.Navn),
            ("$organisasjonsnummer", Forvaltningsfelt.Organisasjonsnummer(organisasjonsnummer, "Organisasjonsnummer")),
            ("$na", Millisekunder(na))).ConfigureAwait(false);
        return lagret == 1
            ? organisasjon
            : throw new ForvaltningException($"Fiks-organisasjonID {organisasjon.FiksOrgId} er allerede i bruk.");
    }

    public async Task<Organisasjon?> HentOrganisasjonAsync(Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        (await database.LesAsync(HentOrganisasjonSql, LesOrganisasjon, cancellationToken, ("$fiks_org_id", Tekst(fiksOrgId))).ConfigureAwait(false)).SingleOrDefault();

    public async Task<IReadOnlyList<Organisasjon>> ListOrganisasjonerAsync(CancellationToken cancellationToken = default) =>
        await database.LesAsync(ListOrganisasjonerSql, LesOrganisasjon, cancellationToken).ConfigureAwait(false);

    public async Task<Integrasjon> OpprettIntegrasjonAsync(NyIntegrasjon ny, string passordhash, Guid? integrasjonId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ny);
        ArgumentException.ThrowIfNullOrWhiteSpace(passordhash);
        var na = Na();
        var integrasjon = new Integrasjon(
            integrasjonId ?? Guid.NewGuid(), ny.FiksOrgId, Forvaltningsfelt.Navn(ny.Navn, "Navn"), ny.AutorisertOrganisasjonsnummer,
            Forvaltningsfelt.Beskrivelse(ny.Beskrivelse), ny.KanSoke, na, na);
        var lagret = await database.KjorAsync(OpprettIntegrasjonSql, cancellationToken,
            ("$integrasjon_id", Tekst(integrasjon.IntegrasjonId)),
            ("$fiks_org_id", Tekst(integrasjon.FiksOrgId)),
            ("$navn", integrasjon.Navn),
            ("$autorisert_organisasjonsnummer", Forvaltningsfelt.Organisasjonsnummer(ny.AutorisertOrganisasjonsnummer, "Autorisert organisasjonsnummer")),
            ("$beskrivelse", integrasjon.Beskrivelse),
            ("$passordhash", passordhash),
            ("$kan_soke", integrasjon.KanSoke ? 1 : 0),
            ("$na", Millisekunder(na))).ConfigureAwait(false);
        if (lagret == 1)
        {
            return integrasjon;
        }

        throw await HentOrganisasjonAsync(ny.FiksOrgId, cancellationToken).ConfigureAwait(false) is null
            ? new ForvaltningException($"Fiks-organisasjonen {ny.FiksOrgId} finnes ikke.")
            : new ForvaltningException($"IntegrasjonID {integrasjon.IntegrasjonId} er allerede i bruk.");
    }

    public async Task<Integrasjon?> HentIntegrasjonAsync(Guid integrasjonId, CancellationToken cancellationToken = default) =>
        (await database.LesAsync(HentIntegrasjonSql, LesIntegrasjon, cancellationToken, ("$integrasjon_id", Tekst(integrasjonId))).ConfigureAwait(false)).SingleOrDefault();

    public async Task<IReadOnlyList<Integrasjon>> ListIntegrasjonerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        await database.LesAsync(ListIntegrasjonerSql, LesIntegrasjon, cancellationToken, ("$fiks_org_id", Tekst(fiksOrgId))).ConfigureAwait(false);

    public async Task<bool> SettKanSokeAsync(Guid integrasjonId, bool kanSoke, CancellationToken cancellationToken = default) =>
        await database.KjorAsync(SettKanSokeSql, cancellationToken,
            ("$integrasjon_id", Tekst(integrasjonId)), ("$kan_soke", kanSoke ? 1 : 0), ("$na", Millisekunder(Na()))).ConfigureAwait(false) == 1;

    public async Task<bool> ByttPassordhashAsync(Guid integrasjonId, string passordhash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passordhash);
        return await database.KjorAsync(ByttPassordhashSql, cancellationToken,
            ("$integrasjon_id", Tekst(integrasjonId)), ("$passordhash", passordhash), ("$na", Millisekunder(Na()))).ConfigureAwait(false) == 1;
    }

    public async Task<bool> SlettIntegrasjonAsync(Guid integrasjonId, CancellationToken cancellationToken = default) =>
        await database.KjorAsync(SlettIntegrasjonSql, cancellationToken, ("$integrasjon_id", Tekst(integrasjonId))).ConfigureAwait(false) == 1;

    /// <summary>
    /// Answered synchronously on purpose: Microsoft.Data.Sqlite has no real asynchronous I/O, and this
    /// runs on every API request, so it reuses a prepared statement and allocates no task.
    /// </summary>
    public ValueTask<IntegrasjonTilgang?> HentTilgangAsync(Guid integrasjonId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(tilgang.Hent(integrasjonId, cancellationToken));

    public bool Svarer()
    {
        using var tilkobling = database.Fil.Apne();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = "PRAGMA user_version";
        return Convert.ToInt64(kommando.ExecuteScalar(), CultureInfo.InvariantCulture) == FiksDatabase.Steg.Count;
    }

    /// <summary>Closes the connections kept open for <see cref="HentTilgangAsync"/>.</summary>
    public void Dispose() => tilgang.Dispose();

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
        Tidspunkt(leser.GetInt64(7)));

    /// <summary>Now, to the millisecond as stored, so a returned record equals the one read back.</summary>
    private DateTimeOffset Na() => Tidspunkt(Millisekunder(tid.GetUtcNow()));
}
