using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary>The first-login wizard: kommunenavn and invoicing details, then on to the overview.</summary>
public sealed class VeiviserModel : OrganisasjonSide
{
    public override string Tittel => "Velkommen til Fiks forvaltning";

    protected override bool KreverUtfylteDetaljer => false;

    [BindProperty]
    public Organisasjonsskjema Skjema { get; set; } = new();

    public IActionResult OnGet()
    {
        if (Detaljer.Fakturering is not null)
        {
            return LocalRedirect($"/forvaltning/{FiksOrgId}");
        }

        Skjema = Organisasjonsskjema.Fra(Detaljer, Feil);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Skjema.Feil = Feil;
        if (!await Skjema.LagreAsync(Tjeneste<IForvaltningStore>(), FiksOrgId,
            sammendrag => NyEndring(FiksOrgId, "Fylte ut organisasjonsopplysningene i veiviseren", sammendrag), HttpContext.RequestAborted))
        {
            return Page();
        }

        Meld("Opplysningene er lagret.");
        return LocalRedirect($"/forvaltning/{FiksOrgId}");
    }
}
