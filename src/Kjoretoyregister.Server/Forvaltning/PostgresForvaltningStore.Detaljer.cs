using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Npgsql;
using static Kjoretoyregister.Server.Forvaltning.FiksPostgres;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// An organisation's agreements, invoicing details and activation, and the tariff. A change reads the
/// row <c>FOR UPDATE</c> and writes it back in the same transaction, so the rule <see cref="ForvaltningStore"/>
/// checks on what was read still holds when it is written, whatever another instance does meanwhile.
/// </summary>
public sealed partial class PostgresForvaltningStore
{
    private const string DetaljerKolonner = $"{OrganisasjonKolonner}, hovedavtale_signert, tjenestevedlegg_signert, faktura_adresse, faktura_referanse, faktura_ehf_orgnr, "
        + "kvote_integrasjon_per_sekund, kvote_integrasjon_kapasitet, kvote_organisasjon_per_sekund, kvote_organisasjon_kapasitet";

    private const string HentDetaljerSql = $"SELECT {DetaljerKolonner} FROM organisasjon WHERE fiks_org_id = $1";

    private const string LasDetaljerSql = $"{HentDetaljerSql} FOR UPDATE";

    private const string EndreOrganisasjonSql = """
        UPDATE organisasjon
        SET navn = $2, kjoretoyregister_aktivert = $3, hovedavtale_signert = $4, tjenestevedlegg_signert = $5,
            faktura_adresse = $6, faktura_referanse = $7, faktura_ehf_orgnr = $8, endret = $9,
            kvote_integrasjon_per_sekund = $10, kvote_integrasjon_kapasitet = $11, kvote_organisasjon_per_sekund = $12, kvote_organisasjon_kapasitet = $13
        WHERE fiks_org_id = $1
        """;

    private const string ListTariffSql = "SELECT gyldig_fra, pris_per_oppslag_ore, manedspris_ore FROM tariff ORDER BY gyldig_fra";

    private const string SettTariffSql = """
        INSERT INTO tariff (gyldig_fra, pris_per_oppslag_ore, manedspris_ore, endret)
        VALUES ($1, $2, $3, $4)
        ON CONFLICT (gyldig_fra) DO UPDATE
        SET pris_per_oppslag_ore = excluded.pris_per_oppslag_ore,
            manedspris_ore = excluded.manedspris_ore,
            endret = excluded.endret
        """;

    public override async Task<Organisasjonsdetaljer?> HentDetaljerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        (await kilde.LesAsync(HentDetaljerSql, LesDetaljer, cancellationToken, Verdi(fiksOrgId)).ConfigureAwait(false)).SingleOrDefault();

    public override async Task<IReadOnlyList<Tariff>> ListTariffAsync(CancellationToken cancellationToken = default) =>
        await kilde.LesAsync(ListTariffSql, l => new Tariff(l.GetFieldValue<DateOnly>(0), l.GetInt64(1) / 100m, l.GetInt64(2) / 100m), cancellationToken).ConfigureAwait(false);

    protected override async Task<bool> UpdateOrganisasjonAsync(Guid fiksOrgId, Func<Organisasjonsdetaljer, Organisasjonsdetaljer> endre, Endring? endring, CancellationToken cancellationToken)
    {
        await using var tilkobling = await kilde.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaksjon = await tilkobling.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        Organisasjonsdetaljer? gammel;
        await using (var les = Kommando(tilkobling, LasDetaljerSql, transaksjon, Verdi(fiksOrgId)))
        await using (var leser = await les.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            gammel = await leser.ReadAsync(cancellationToken).ConfigureAwait(false) ? LesDetaljer(leser) : null;
        }

        if (gammel is null)
        {
            return false;
        }

        var ny = endre(gammel);
        var skriv = ny == gammel ? [] : new[]
        {
            Batchkommando(EndreOrganisasjonSql,
                Verdi(fiksOrgId), Verdi(ny.Organisasjon.Navn), Verdi(ny.Organisasjon.KjoretoyregisterAktivert),
                Verdi(ny.Avtaler.Hovedavtale), Verdi(ny.Avtaler.Tjenestevedlegg),
                Verdi(ny.Fakturering?.Adresse), Verdi(ny.Fakturering?.Referanse), Verdi(ny.Fakturering?.EhfOrganisasjonsnummer.Verdi),
                Verdi(ny.Organisasjon.Endret),
                Verdi(ny.Kvote?.IntegrasjonPerSekund, NpgsqlTypes.NpgsqlDbType.Integer), Verdi(ny.Kvote?.IntegrasjonKapasitet, NpgsqlTypes.NpgsqlDbType.Integer),
                Verdi(ny.Kvote?.OrganisasjonPerSekund, NpgsqlTypes.NpgsqlDbType.Integer), Verdi(ny.Kvote?.OrganisasjonKapasitet, NpgsqlTypes.NpgsqlDbType.Integer)),
        };
        await SkrivAsync(tilkobling, transaksjon, endring, cancellationToken, skriv).ConfigureAwait(false);
        await transaksjon.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    protected override async Task UpsertTariffAsync(DateOnly gyldigFra, long prisPerOppslagOre, long manedsprisOre, DateTimeOffset na, Endring? endring, CancellationToken cancellationToken) =>
        await kilde.EndreAsync(SettTariffSql, [Verdi(gyldigFra), Verdi(prisPerOppslagOre), Verdi(manedsprisOre), Verdi(na)], endring, cancellationToken).ConfigureAwait(false);

    private static DateOnly? Dato(NpgsqlDataReader leser, int kolonne) => leser.IsDBNull(kolonne) ? null : leser.GetFieldValue<DateOnly>(kolonne);

    private static Organisasjonsdetaljer LesDetaljer(NpgsqlDataReader leser) => new(
        LesOrganisasjon(leser),
        new Avtaler(Dato(leser, 6), Dato(leser, 7)),
        leser.IsDBNull(8)
            ? null
            : new Fakturering(
                leser.GetString(8),
                leser.IsDBNull(9) ? null : leser.GetString(9),
                Organisasjonsnummer.Parse(leser.IsDBNull(10) ? leser.GetString(2) : leser.GetString(10))),
        Kvote.Kvoteoverstyring.Fra(Heltall(leser, 11), Heltall(leser, 12), Heltall(leser, 13), Heltall(leser, 14)));
}
