using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary>Innstillinger: the Fiks-organisasjonID (for the vendor), the agreements, and the details from the wizard.</summary>
public sealed class InnstillingerModel : OrganisasjonSide
{
    public override string Tittel => "Innstillinger";

    [BindProperty]
    public Organisasjonsskjema Skjema { get; set; } = new();

    public void OnGet() => Skjema = Organisasjonsskjema.Fra(Detaljer, Feil);

    public async Task<IActionResult> OnPostAsync()
    {
        Skjema.Feil = Feil;
        if (!await Skjema.LagreAsync(Tjeneste<IForvaltningStore>(), FiksOrgId,
            sammendrag => NyEndring(FiksOrgId, "Endret organisasjonsopplysningene", sammendrag), HttpContext.RequestAborted))
        {
            return Page();
        }

        Meld("Innstillingene er lagret.");
        return RedirectToPage();
    }
}
