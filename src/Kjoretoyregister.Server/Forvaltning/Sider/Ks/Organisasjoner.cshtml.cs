using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Ks;

/// <summary>KS-administrator: every organisation, and creating one (the Fiks-organisasjonID is generated).</summary>
public sealed class KsOrganisasjonerModel(IForvaltningStore store) : ForvaltningSide
{
    public override string Tittel => "Organisasjoner";

    public IReadOnlyList<Organisasjon> Organisasjoner { get; private set; } = [];

    [BindProperty]
    public string? Navn { get; set; }

    [BindProperty]
    public string? Organisasjonsnummer { get; set; }

    public async Task OnGetAsync() => Organisasjoner = await store.ListOrganisasjonerAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Navn))
        {
            Feil.Add(("navn", "Navn mangler."));
        }

        if (!Contracts.Organisasjonsnummer.TryParse(Organisasjonsnummer?.Trim().Replace(" ", "", StringComparison.Ordinal), out var orgnr, out var feil))
        {
            Feil.Add(("organisasjonsnummer", feil + "."));
        }

        if (Feil.Count == 0)
        {
            try
            {
                var fiksOrgId = Guid.NewGuid();
                var navn = Navn!.Trim();
                var organisasjon = await store.OpprettOrganisasjonAsync(navn, orgnr, fiksOrgId,
                    NyEndring(fiksOrgId, $"Opprettet organisasjonen «{navn}»", $"Organisasjonsnummer {orgnr}, Fiks-organisasjonID {fiksOrgId}"),
                    HttpContext.RequestAborted);
                Meld($"Organisasjonen «{organisasjon.Navn}» er opprettet.");
                return LocalRedirect($"/forvaltning/ks/organisasjoner/{organisasjon.FiksOrgId}");
            }
            catch (ForvaltningException f)
            {
                Feil.Add((f.Felt ?? "navn", f.Message));
                if (f.Felt == "organisasjonsnummer")
                {
                    // The number belongs to another organisation: a conflict, shown at the field.
                    Response.StatusCode = StatusCodes.Status409Conflict;
                }
            }
        }

        await OnGetAsync();
        return Page();
    }
}
