using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Npgsql;
using static Kjoretoyregister.Server.Forvaltning.FiksPostgres;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// Organisations and integrations in PostgreSQL (the set <c>fiks</c>), in explicit SQL; the rules are
/// <see cref="ForvaltningStore"/>'s. Every change is one transaction with its change-log entry, seen at
/// once by every server instance on the database. Agreements, invoicing details, activation, the
/// tariff and the formål catalogue are in the other parts of this class.
/// </summary>
public sealed partial class PostgresForvaltningStore(NpgsqlDataSource kilde, TimeProvider tid) : ForvaltningStore(tid)
{
    private const string OrganisasjonKolonner = "fiks_org_id, navn, organisasjonsnummer, kjoretoyregister_aktivert, opprettet, endret";

    private const string IntegrasjonKolonner = "integrasjon_id, fiks_org_id, navn, autorisert_organisasjonsnummer, beskrivelse, kan_soke, opprettet, endret, formal_pakrevd";

    private const string OpprettOrganisasjonSql = """
        INSERT INTO organisasjon (fiks_org_id, navn, organisasjonsnummer, kjoretoyregister_aktivert, opprettet, endret)
        VALUES ($1, $2, $3, false, $4, $4)
        ON CONFLICT DO NOTHING
        """;

    private const string FinnOrganisasjonSql =
        $"SELECT {OrganisasjonKolonner} FROM organisasjon WHERE organisasjonsnummer = $1 ORDER BY opprettet, fiks_org_id LIMIT 1";

    private const string HentOrganisasjonSql = $"SELECT {OrganisasjonKolonner} FROM organisasjon WHERE fiks_org_id = $1";

    private const string ListOrganisasjonerSql = $"SELECT {OrganisasjonKolonner} FROM organisasjon ORDER BY navn, fiks_org_id";

    // INSERT ... SELECT from the organisation: no row is written when it does not exist.
    private const string OpprettIntegrasjonSql = """
        INSERT INTO integrasjon (integrasjon_id, fiks_org_id, navn, autorisert_organisasjonsnummer, beskrivelse, passordhash, kan_soke, opprettet, endret)
        SELECT $1, fiks_org_id, $3, $4, $5, $6, $7, $8, $8
        FROM organisasjon
        WHERE fiks_org_id = $2
        ON CONFLICT (integrasjon_id) DO NOTHING
        """;

    private const string HentIntegrasjonSql = $"SELECT {IntegrasjonKolonner} FROM integrasjon WHERE integrasjon_id = $1";

    private const string ListIntegrasjonerSql = $"SELECT {IntegrasjonKolonner} FROM integrasjon WHERE fiks_org_id = $1 ORDER BY navn, integrasjon_id";

    private const string SettKanSokeSql = """
        UPDATE integrasjon
        SET kan_soke = $2,
            endret = CASE WHEN kan_soke = $2 THEN endret ELSE $3 END
        WHERE integrasjon_id = $1
        """;

    private const string ByttPassordhashSql = "UPDATE integrasjon SET passordhash = $2, endret = $3 WHERE integrasjon_id = $1";

    private const string SlettIntegrasjonSql = "DELETE FROM integrasjon WHERE integrasjon_id = $1";

    // The authentication chain's one read per request: one primary-key seek and a join, prepared once per
    // connection; the formål catalogue is looked up (one primary-key seek) only when the integration requires a purpose.
    private const string TilgangSql = """
        SELECT i.fiks_org_id, i.autorisert_organisasjonsnummer, i.passordhash, i.kan_soke, o.kjoretoyregister_aktivert, i.formal_pakrevd,
               CASE WHEN i.formal_pakrevd THEN EXISTS (SELECT 1 FROM formal f WHERE f.fiks_org_id = i.fiks_org_id AND f.kode = $2) ELSE false END,
               o.kvote_integrasjon_per_sekund, o.kvote_integrasjon_kapasitet, o.kvote_organisasjon_per_sekund, o.kvote_organisasjon_kapasitet
        FROM integrasjon i
        JOIN organisasjon o ON o.fiks_org_id = i.fiks_org_id
        WHERE i.integrasjon_id = $1
        """;

    public override async Task<Organisasjon?> HentOrganisasjonAsync(Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        (await kilde.LesAsync(HentOrganisasjonSql, LesOrganisasjon, cancellationToken, Verdi(fiksOrgId)).ConfigureAwait(false)).SingleOrDefault();

    protected override async Task<Organisasjon?> FinnOrganisasjonAsync(Organisasjonsnummer organisasjonsnummer, CancellationToken cancellationToken) =>
        (await kilde.LesAsync(FinnOrganisasjonSql, LesOrganisasjon, cancellationToken, Verdi(organisasjonsnummer.Verdi)).ConfigureAwait(false)).SingleOrDefault();

    public override async Task<IReadOnlyList<Organisasjon>> ListOrganisasjonerAsync(CancellationToken cancellationToken = default) =>
        await kilde.LesAsync(ListOrganisasjonerSql, LesOrganisasjon, cancellationToken).ConfigureAwait(false);

    public override async Task<Integrasjon?> HentIntegrasjonAsync(Guid integrasjonId, CancellationToken cancellationToken = default) =>
        (await kilde.LesAsync(HentIntegrasjonSql, LesIntegrasjon, cancellationToken, Verdi(integrasjonId)).ConfigureAwait(false)).SingleOrDefault();

    public override async Task<IReadOnlyList<Integrasjon>> ListIntegrasjonerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        await kilde.LesAsync(ListIntegrasjonerSql, LesIntegrasjon, cancellationToken, Verdi(fiksOrgId)).ConfigureAwait(false);

    /// <summary>
    /// One round trip on a pooled connection: the statement is prepared the first time a physical
    /// connection runs it, and Npgsql reuses that preparation on it afterwards.
    /// </summary>
    public override async ValueTask<IntegrasjonTilgang?> HentTilgangAsync(Guid integrasjonId, string? formal = null, CancellationToken cancellationToken = default)
    {
        await using var tilkobling = await kilde.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var kommando = Kommando(tilkobling, TilgangSql, null, Verdi(integrasjonId), Verdi(formal));
        await kommando.PrepareAsync(cancellationToken).ConfigureAwait(false);
        await using var leser = await kommando.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow, cancellationToken).ConfigureAwait(false);
        if (!await leser.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new IntegrasjonTilgang(
            integrasjonId,
            leser.GetGuid(0),
            Organisasjonsnummer.Parse(leser.GetString(1)),
            leser.GetString(2),
            leser.GetBoolean(3),
            leser.GetBoolean(4),
            leser.GetBoolean(5),
            leser.GetBoolean(6),
            Kvote.Kvoteoverstyring.Fra(Heltall(leser, 7), Heltall(leser, 8), Heltall(leser, 9), Heltall(leser, 10)));
    }

    private static int? Heltall(NpgsqlDataReader leser, int kolonne) => leser.IsDBNull(kolonne) ? null : leser.GetInt32(kolonne);

    public override Task<bool> SvarerAsync(CancellationToken cancellationToken = default) => FiksPostgres.SvarerAsync(kilde, cancellationToken);

    protected override async Task<bool> InsertOrganisasjonAsync(Organisasjon organisasjon, Endring? endring, CancellationToken cancellationToken) =>
        await kilde.EndreAsync(OpprettOrganisasjonSql,
            [Verdi(organisasjon.FiksOrgId), Verdi(organisasjon.Navn), Verdi(organisasjon.Organisasjonsnummer.Verdi), Verdi(organisasjon.Opprettet)],
            endring, cancellationToken, Standardkatalog(organisasjon.FiksOrgId)).ConfigureAwait(false) == 1;

    protected override async Task<bool> InsertIntegrasjonAsync(Integrasjon integrasjon, string passordhash, Endring? endring, CancellationToken cancellationToken) =>
        await kilde.EndreAsync(OpprettIntegrasjonSql,
            [
                Verdi(integrasjon.IntegrasjonId), Verdi(integrasjon.FiksOrgId), Verdi(integrasjon.Navn), Verdi(integrasjon.AutorisertOrganisasjonsnummer.Verdi),
                Verdi(integrasjon.Beskrivelse), Verdi(passordhash), Verdi(integrasjon.KanSoke), Verdi(integrasjon.Opprettet),
            ],
            endring, cancellationToken).ConfigureAwait(false) == 1;

    protected override async Task<bool> UpdateKanSokeAsync(Guid integrasjonId, bool kanSoke, DateTimeOffset na, Endring? endring, CancellationToken cancellationToken) =>
        await kilde.EndreAsync(SettKanSokeSql, [Verdi(integrasjonId), Verdi(kanSoke), Verdi(na)], endring, cancellationToken).ConfigureAwait(false) == 1;

    protected override async Task<bool> UpdatePassordhashAsync(Guid integrasjonId, string passordhash, DateTimeOffset na, Endring? endring, CancellationToken cancellationToken) =>
        await kilde.EndreAsync(ByttPassordhashSql, [Verdi(integrasjonId), Verdi(passordhash), Verdi(na)], endring, cancellationToken).ConfigureAwait(false) == 1;

    protected override async Task<bool> DeleteIntegrasjonAsync(Guid integrasjonId, Endring? endring, CancellationToken cancellationToken) =>
        await kilde.EndreAsync(SlettIntegrasjonSql, [Verdi(integrasjonId)], endring, cancellationToken).ConfigureAwait(false) == 1;

    private static Organisasjon LesOrganisasjon(NpgsqlDataReader leser) => new(
        leser.GetGuid(0),
        leser.GetString(1),
        Organisasjonsnummer.Parse(leser.GetString(2)),
        leser.GetBoolean(3),
        leser.GetFieldValue<DateTimeOffset>(4),
        leser.GetFieldValue<DateTimeOffset>(5));

    private static Integrasjon LesIntegrasjon(NpgsqlDataReader leser) => new(
        leser.GetGuid(0),
        leser.GetGuid(1),
        leser.GetString(2),
        Organisasjonsnummer.Parse(leser.GetString(3)),
        leser.IsDBNull(4) ? null : leser.GetString(4),
        leser.GetBoolean(5),
        leser.GetFieldValue<DateTimeOffset>(6),
        leser.GetFieldValue<DateTimeOffset>(7),
        leser.GetBoolean(8));
}
