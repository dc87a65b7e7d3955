using System.Globalization;
using System.Text;
using Kjoretoyregister.Server.Logg.Innsyn;
using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary>
/// Innsyn (GDPR art. 15): the lokal administrator (or KS) enters a person's fødselsnummer and gets every
/// lookup in this organisation's audit log in which the person was searched for or disclosed, on the page,
/// as a PDF to send to the person, and as CSV. The number is posted, never put in the URL (so it lands in
/// no access log or browser history); every report made is written to the change log
/// (<see cref="Innsynsrapporter"/>); the answers are not cached (the UI's headers say no-store).
/// </summary>
public sealed class InnsynModel(Innsynsrapporter rapporter) : OrganisasjonSide
{
    public override string Tittel => "Innsyn";

    [BindProperty]
    public string? Fodselsnummer { get; set; }

    public Innsynsrapport? Rapport { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Rapport = await LagAsync("vist på siden");
        return Page();
    }

    public async Task<IActionResult> OnPostPdfAsync()
    {
        if (await LagAsync("lastet ned som PDF") is not { } rapport)
        {
            return Page();
        }

        using var pdf = new MemoryStream();
        InnsynPdf.Skriv(rapport, pdf);
        return File(pdf.ToArray(), "application/pdf", Filnavn(rapport, "pdf"));
    }

    public async Task<IActionResult> OnPostCsvAsync()
    {
        if (await LagAsync("lastet ned som CSV") is not { } rapport)
        {
            return Page();
        }

        // With a byte order mark, as the audit log's CSV, so a spreadsheet reads æøå right.
        using var csv = new MemoryStream();
        await using (var skriver = new StreamWriter(csv, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        {
            await InnsynCsv.SkrivAsync(skriver, rapport);
        }

        return File(csv.ToArray(), "text/csv; charset=utf-8", Filnavn(rapport, "csv"));
    }

    /// <summary>The file name: dated, without the fødselsnummer (a downloads folder is no place for it).</summary>
    private static string Filnavn(Innsynsrapport rapport, string etternavn) =>
        $"innsyn-{NorskDato(rapport.Laget)}-{rapport.Rader.Count}-oppslag.{etternavn}";

    private static string NorskDato(DateTimeOffset tidspunkt) => TimeZoneInfo.ConvertTime(tidspunkt, Oslo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The report for the posted number (with its change-log entry), or null with the field's error.</summary>
    private async Task<Innsynsrapport?> LagAsync(string form)
    {
        if (string.IsNullOrWhiteSpace(Fodselsnummer))
        {
            Feil.Add(("fodselsnummer", "Fødselsnummer må fylles ut (elleve siffer)."));
            return null;
        }

        // The message never repeats the number (Fodselsnummer.TryParse's errors do not hold it).
        if (!Contracts.Fodselsnummer.TryParse(Fodselsnummer.Trim(), out var fnr, out var feil))
        {
            Feil.Add(("fodselsnummer", feil + "."));
            return null;
        }

        return await rapporter.LagAsync(FiksOrgId, fnr, Innlogget.Brukernavn, form, HttpContext.RequestAborted)
            ?? throw new InvalidOperationException("Organisasjonen forsvant mens innsynsrapporten ble laget.");
    }
}
