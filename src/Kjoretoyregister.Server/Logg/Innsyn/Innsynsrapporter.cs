using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Oppslag;

namespace Kjoretoyregister.Server.Logg.Innsyn;

/// <summary>
/// Makes innsyn reports (<see cref="Innsynsrapport"/>) for the forvaltning page and the CLI, one way for
/// both: the audit log's rows for the organisation and the person (a point lookup in <c>logg_part</c>,
/// then the rows by key), the names forvaltning knows for integrations and vendors, and the change-log
/// entry that says the report was made, written before the report is handed out.
/// </summary>
public sealed class Innsynsrapporter(IOppslagsloggLeser logg, IForvaltningStore store, IEndringslogg endringer, TimeProvider klokke)
{
    /// <summary>Makes the report and writes its change-log entry.</summary>
    /// <param name="fiksOrgId">The organisation; only its rows are searched.</param>
    /// <param name="fodselsnummer">The person.</param>
    /// <param name="utfortAv">Who made it, as the change log names people (username, or <c>cli:&lt;user&gt;</c>).</param>
    /// <param name="form">How it was handed out: "vist", "PDF", "CSV" (in the change-log entry).</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The report, or null when the organisation does not exist.</returns>
    public async Task<Innsynsrapport?> LagAsync(Guid fiksOrgId, Fodselsnummer fodselsnummer, string utfortAv, string form, CancellationToken cancellationToken = default)
    {
        if (await store.HentOrganisasjonAsync(fiksOrgId, cancellationToken) is not { } organisasjon)
        {
            return null;
        }

        var integrasjoner = (await store.ListIntegrasjonerAsync(fiksOrgId, cancellationToken)).ToDictionary(i => i.IntegrasjonId, i => i.Navn);
        integrasjoner[Guid.Empty] = Saksbehandleroppslag.Integrasjonsnavn;
        var kjente = (await store.ListOrganisasjonerAsync(cancellationToken))
            .GroupBy(o => o.Organisasjonsnummer.Verdi)
            .ToDictionary(g => g.Key, g => g.First().Navn);
        var part = Loggkolonner.Part(fodselsnummer.Verdi);
        var rader = new List<Innsynsrad>();
        await foreach (var lagret in logg.SokAsync(new LoggFilter(FiksOrgId: fiksOrgId, Fodselsnummer: fodselsnummer.Verdi), cancellationToken))
        {
            var r = lagret.Rad;
            rader.Add(new Innsynsrad(
                r.Tidspunkt,
                r.IntegrasjonId,
                integrasjoner.GetValueOrDefault(r.IntegrasjonId),
                r.KonsumentOrgnr,
                kjente.GetValueOrDefault(r.KonsumentOrgnr),
                r.KlientId,
                Innsynstekst.Saksbehandler(r.Saksbehandler),
                r.Saksreferanse,
                r.Formal,
                r.Operasjon,
                r.Nokkel,
                SoktEtter: Loggkolonner.NokkelErPart(r.Operasjon) && Loggkolonner.Part(r.Nokkel) == part,
                Utlevert: r.Parter.Contains(part),
                r.Kuider,
                r.Utfall,
                r.ErrorId));
        }

        var rapport = new Innsynsrapport(fiksOrgId, organisasjon.Navn, fodselsnummer, klokke.GetUtcNow(), rader);

        // The entry names the person by birth date only (Innsynstekst.Maskert says why), and how many lookups were found.
        await endringer.SkrivAsync(
            new Endring(rapport.Laget, utfortAv, fiksOrgId, "Laget innsynsrapport (GDPR art. 15)",
                $"{form}: fødselsnummer {Innsynstekst.Maskert(fodselsnummer)}, {rader.Count} oppslag"),
            cancellationToken);
        return rapport;
    }
}
