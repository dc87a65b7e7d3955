using System.Globalization;
using Kjoretoyregister.Contracts;
using Microsoft.Data.Sqlite;
using static Kjoretoyregister.Server.Forvaltning.FiksSql;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// An organisation's agreements, invoicing details and activation. The rule that the service is
/// active only while both agreements are recorded as signed is part of each UPDATE's WHERE clause, so
/// two writers (two server instances, the CLI) cannot break it between a check and a write; when an
/// UPDATE changes nothing, the row is read to say why.
/// </summary>
public sealed partial class SqliteForvaltningStore
{
    private const string Hovedavtalen = "Hovedavtalen";
    private const string Tjenestevedlegget = "Tjenestevedlegget for Fiks kjøretøyregister";
    private const string Datoformat = "yyyy-MM-dd";

    private const string HentDetaljerSql = $"""
        SELECT {OrganisasjonKolonner}, hovedavtale_signert, tjenestevedlegg_signert, faktura_adresse, faktura_referanse, faktura_ehf_orgnr
        FROM organisasjon
        WHERE fiks_org_id = $fiks_org_id
        """;

    private const string SettAktivertSql = """
        UPDATE organisasjon
        SET kjoretoyregister_aktivert = $aktivert,
            endret = CASE WHEN kjoretoyregister_aktivert = $aktivert THEN endret ELSE $na END
        WHERE fiks_org_id = $fiks_org_id
          AND ($aktivert = 0 OR (hovedavtale_signert IS NOT NULL AND tjenestevedlegg_signert IS NOT NULL))
        """;

    private const string SettAvtalerSql = """
        UPDATE organisasjon
        SET hovedavtale_signert = $hovedavtale,
            tjenestevedlegg_signert = $tjenestevedlegg,
            endret = CASE WHEN hovedavtale_signert IS $hovedavtale AND tjenestevedlegg_signert IS $tjenestevedlegg THEN endret ELSE $na END
        WHERE fiks_org_id = $fiks_org_id
          AND (kjoretoyregister_aktivert = 0 OR ($hovedavtale IS NOT NULL AND $tjenestevedlegg IS NOT NULL))
        """;

    private const string SettDetaljerSql = """
        UPDATE organisasjon
        SET navn = $navn,
            faktura_adresse = $adresse,
            faktura_referanse = $referanse,
            faktura_ehf_orgnr = $ehf,
            endret = CASE WHEN navn = $navn AND faktura_adresse IS $adresse AND faktura_referanse IS $referanse AND faktura_ehf_orgnr IS $ehf
                          THEN endret ELSE $na END
        WHERE fiks_org_id = $fiks_org_id
        """;

    public async Task<Organisasjonsdetaljer?> HentDetaljerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        (await database.LesAsync(HentDetaljerSql, LesDetaljer, cancellationToken, ("$fiks_org_id", Tekst(fiksOrgId))).ConfigureAwait(false)).SingleOrDefault();

    public async Task<bool> SettAvtalerAsync(Guid fiksOrgId, Avtaler avtaler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(avtaler);
        while (true)
        {
            var endret = await database.KjorAsync(SettAvtalerSql, cancellationToken,
                ("$fiks_org_id", Tekst(fiksOrgId)),
                ("$hovedavtale", Dato(avtaler.Hovedavtale)),
                ("$tjenestevedlegg", Dato(avtaler.Tjenestevedlegg)),
                ("$na", Millisekunder(Na()))).ConfigureAwait(false);
            if (endret == 1)
            {
                return true;
            }

            var na = await HentDetaljerAsync(fiksOrgId, cancellationToken).ConfigureAwait(false);
            if (na is null)
            {
                return false;
            }

            if (na.Organisasjon.KjoretoyregisterAktivert)
            {
                throw new ForvaltningException(
                    $"{Opplisting(Mangler(avtaler))} kan ikke fjernes mens kjøretøyregister-tjenesten er aktivert. Deaktiver tjenesten først.");
            }

            // Deactivated between the UPDATE and the read: the UPDATE now applies.
        }
    }

    public async Task<bool> SettDetaljerAsync(Guid fiksOrgId, string navn, Fakturering fakturering, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fakturering);
        var kommunenavn = Forvaltningsfelt.Navn(navn, "Kommunenavn");
        var adresse = Forvaltningsfelt.Fakturaadresse(fakturering.Adresse);
        var referanse = Forvaltningsfelt.Fakturareferanse(fakturering.Referanse);
        var ehf = Forvaltningsfelt.Organisasjonsnummer(fakturering.EhfOrganisasjonsnummer, "Organisasjonsnummer for EHF-faktura");
        return await database.KjorAsync(SettDetaljerSql, cancellationToken,
            ("$fiks_org_id", Tekst(fiksOrgId)),
            ("$navn", kommunenavn),
            ("$adresse", adresse),
            ("$referanse", referanse),
            ("$ehf", ehf),
            ("$na", Millisekunder(Na()))).ConfigureAwait(false) == 1;
    }

    public async Task<bool> SettKjoretoyregisterAktivertAsync(Guid fiksOrgId, bool aktivert, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var endret = await database.KjorAsync(SettAktivertSql, cancellationToken,
                ("$fiks_org_id", Tekst(fiksOrgId)), ("$aktivert", aktivert ? 1 : 0), ("$na", Millisekunder(Na()))).ConfigureAwait(false);
            if (endret == 1)
            {
                return true;
            }

            var na = await HentDetaljerAsync(fiksOrgId, cancellationToken).ConfigureAwait(false);
            if (na is null)
            {
                return false;
            }

            if (!na.Avtaler.BeggeSignert)
            {
                throw new ForvaltningException(
                    $"Kjøretøyregister-tjenesten kan ikke aktiveres før {Opplisting(Mangler(na.Avtaler))} er registrert som signert.");
            }

            // Both were recorded between the UPDATE and the read: the UPDATE now applies.
        }
    }

    /// <summary>The names of the agreements not signed in <paramref name="avtaler"/>, Hovedavtalen first.</summary>
    private static List<string> Mangler(Avtaler avtaler) =>
    [
        .. avtaler.Hovedavtale is null ? [Hovedavtalen] : Array.Empty<string>(),
        .. avtaler.Tjenestevedlegg is null ? [Tjenestevedlegget] : Array.Empty<string>(),
    ];

    private static string Opplisting(List<string> navn) => string.Join(" og ", navn);

    private static string? Dato(DateOnly? dato) => dato?.ToString(Datoformat, CultureInfo.InvariantCulture);

    private static DateOnly? Dato(SqliteDataReader leser, int kolonne) =>
        leser.IsDBNull(kolonne) ? null : DateOnly.ParseExact(leser.GetString(kolonne), Datoformat, CultureInfo.InvariantCulture);

    private static Organisasjonsdetaljer LesDetaljer(SqliteDataReader leser) => new(
        LesOrganisasjon(leser),
        new Avtaler(Dato(leser, 6), Dato(leser, 7)),
        leser.IsDBNull(8)
            ? null
            : new Fakturering(
                leser.GetString(8),
                leser.IsDBNull(9) ? null : leser.GetString(9),
                leser.IsDBNull(10) ? Organisasjonsnummer.Parse(leser.GetString(2)) : Organisasjonsnummer.Parse(leser.GetString(10))));
}
