using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning.Endringer;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary>
/// The organisation's details as the wizard and Innstillinger ask for them: kommunenavn and where
/// invoices go (address, reference, EHF organisasjonsnummer). Field names are the property names.
/// </summary>
public sealed class Organisasjonsskjema
{
    public string? Kommunenavn { get; set; }

    public string? Fakturaadresse { get; set; }

    public string? Fakturareferanse { get; set; }

    public string? EhfOrganisasjonsnummer { get; set; }

    /// <summary>The errors of the page the form is on (set by the page).</summary>
    internal List<(string Felt, string Melding)> Feil { get; set; } = [];

    public string? FeilFor(string felt) => Feil.FirstOrDefault(f => f.Felt == felt).Melding;

    public static Organisasjonsskjema Fra(Organisasjonsdetaljer detaljer, List<(string, string)> feil) => new()
    {
        Kommunenavn = detaljer.Organisasjon.Navn,
        Fakturaadresse = detaljer.Fakturering?.Adresse,
        Fakturareferanse = detaljer.Fakturering?.Referanse,
        EhfOrganisasjonsnummer = (detaljer.Fakturering?.EhfOrganisasjonsnummer ?? detaljer.Organisasjon.Organisasjonsnummer).Verdi,
        Feil = feil,
    };

    /// <summary>
    /// Checks and saves, with the change-log entry <paramref name="endring"/> makes of a summary of what was
    /// saved; false, with the field's error added, when a field is bad.
    /// </summary>
    public async Task<bool> LagreAsync(IForvaltningStore store, Guid fiksOrgId, Func<string, Endring> endring, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Kommunenavn))
        {
            Feil.Add(("kommunenavn", "Kommunenavn mangler."));
        }

        if (string.IsNullOrWhiteSpace(Fakturaadresse))
        {
            Feil.Add(("fakturaadresse", "Fakturaadresse mangler."));
        }

        if (!Organisasjonsnummer.TryParse(EhfOrganisasjonsnummer?.Trim(), out var ehf, out var ehfFeil))
        {
            Feil.Add(("ehfOrganisasjonsnummer", $"Organisasjonsnummer for EHF-faktura: {ehfFeil}"));
        }

        if (Feil.Count > 0)
        {
            return false;
        }

        try
        {
            var fakturering = new Fakturering(Fakturaadresse!.Trim(), string.IsNullOrWhiteSpace(Fakturareferanse) ? null : Fakturareferanse.Trim(), ehf);
            var sammendrag = $"Kommunenavn «{Kommunenavn!.Trim()}», fakturaadresse «{fakturering.Adresse}», referanse «{fakturering.Referanse}», EHF {ehf}";
            await store.SettDetaljerAsync(fiksOrgId, Kommunenavn, fakturering, endring(sammendrag), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ForvaltningException feil)
        {
            Feil.Add(("", feil.Message));
            return false;
        }
    }
}
