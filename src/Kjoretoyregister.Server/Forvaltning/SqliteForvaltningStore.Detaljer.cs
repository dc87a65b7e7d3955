using System.Globalization;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Microsoft.Data.Sqlite;
using static Kjoretoyregister.Server.Forvaltning.FiksSql;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// An organisation's agreements, invoicing details and activation. A change reads the row and writes it
/// back in one write transaction (<c>BEGIN IMMEDIATE</c>: no other writer on the file in between), so the
/// rule <see cref="ForvaltningStore"/> checks on what was read still holds when it is written.
/// </summary>
public sealed partial class SqliteForvaltningStore
{
    private const string Datoformat = "yyyy-MM-dd";

    private const string HentDetaljerSql = $"""
        SELECT {OrganisasjonKolonner}, hovedavtale_signert, tjenestevedlegg_signert, faktura_adresse, faktura_referanse, faktura_ehf_orgnr,
               kvote_integrasjon_per_sekund, kvote_integrasjon_kapasitet, kvote_organisasjon_per_sekund, kvote_organisasjon_kapasitet
        FROM organisasjon
        WHERE fiks_org_id = $fiks_org_id
        """;

    private const string EndreOrganisasjonSql = """
        UPDATE organisasjon
        SET navn = $navn,
            kjoretoyregister_aktivert = $aktivert,
            hovedavtale_signert = $hovedavtale,
            tjenestevedlegg_signert = $tjenestevedlegg,
            faktura_adresse = $adresse,
            faktura_referanse = $referanse,
            faktura_ehf_orgnr = $ehf,
            kvote_integrasjon_per_sekund = $kvote_integrasjon_per_sekund,
            kvote_integrasjon_kapasitet = $kvote_integrasjon_kapasitet,
            kvote_organisasjon_per_sekund = $kvote_organisasjon_per_sekund,
            kvote_organisasjon_kapasitet = $kvote_organisasjon_kapasitet,
            endret = $endret
        WHERE fiks_org_id = $fiks_org_id
        """;

    public override async Task<Organisasjonsdetaljer?> HentDetaljerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default) =>
        (await database.LesAsync(HentDetaljerSql, LesDetaljer, cancellationToken, ("$fiks_org_id", Tekst(fiksOrgId))).ConfigureAwait(false)).SingleOrDefault();

    protected override async Task<bool> UpdateOrganisasjonAsync(Guid fiksOrgId, Func<Organisasjonsdetaljer, Organisasjonsdetaljer> endre, Endring? endring, CancellationToken cancellationToken)
    {
        using var tilkobling = database.Fil.Apne();
        using var transaksjon = tilkobling.BeginTransaction(deferred: false);
        Organisasjonsdetaljer? gammel;
        using (var les = Kommando(tilkobling, HentDetaljerSql, [("$fiks_org_id", Tekst(fiksOrgId))], transaksjon))
        using (var leser = await les.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            gammel = await leser.ReadAsync(cancellationToken).ConfigureAwait(false) ? LesDetaljer(leser) : null;
        }

        if (gammel is null)
        {
            return false;
        }

        var ny = endre(gammel);
        if (ny != gammel)
        {
            var organisasjon = ny.Organisasjon;
            using var skriv = Kommando(tilkobling, EndreOrganisasjonSql, [
                ("$fiks_org_id", Tekst(fiksOrgId)),
                ("$navn", organisasjon.Navn),
                ("$aktivert", organisasjon.KjoretoyregisterAktivert ? 1 : 0),
                ("$hovedavtale", Dato(ny.Avtaler.Hovedavtale)),
                ("$tjenestevedlegg", Dato(ny.Avtaler.Tjenestevedlegg)),
                ("$adresse", ny.Fakturering?.Adresse),
                ("$referanse", ny.Fakturering?.Referanse),
                ("$ehf", ny.Fakturering?.EhfOrganisasjonsnummer.Verdi),
                ("$kvote_integrasjon_per_sekund", ny.Kvote?.IntegrasjonPerSekund),
                ("$kvote_integrasjon_kapasitet", ny.Kvote?.IntegrasjonKapasitet),
                ("$kvote_organisasjon_per_sekund", ny.Kvote?.OrganisasjonPerSekund),
                ("$kvote_organisasjon_kapasitet", ny.Kvote?.OrganisasjonKapasitet),
                ("$endret", Millisekunder(organisasjon.Endret))], transaksjon);
            await skriv.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await SkrivEndringAsync(tilkobling, transaksjon, endring, cancellationToken).ConfigureAwait(false);
        transaksjon.Commit();
        return true;
    }

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
                leser.IsDBNull(10) ? Organisasjonsnummer.Parse(leser.GetString(2)) : Organisasjonsnummer.Parse(leser.GetString(10))),
        Kvote.Kvoteoverstyring.Fra(Heltall(leser, 11), Heltall(leser, 12), Heltall(leser, 13), Heltall(leser, 14)));

    private static int? Heltall(SqliteDataReader leser, int kolonne) => leser.IsDBNull(kolonne) ? null : leser.GetInt32(kolonne);
}
