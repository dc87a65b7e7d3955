using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary><c>Slett integrasjon</c>, after a confirmation page; the API refuses it at once.</summary>
public sealed class SlettIntegrasjonModel(IForvaltningStore store) : IntegrasjonSide
{
    public override string Tittel => "Slett integrasjon";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await store.SlettIntegrasjonAsync(Integrasjon.IntegrasjonId,
            NyEndring(FiksOrgId, $"Slettet integrasjonen «{Integrasjon.Navn}»", $"IntegrasjonID {Integrasjon.IntegrasjonId}, organisasjonsnummer {Integrasjon.AutorisertOrganisasjonsnummer}"),
            HttpContext.RequestAborted);
        Meld($"Integrasjonen «{Integrasjon.Navn}» er slettet.");
        return LocalRedirect($"/forvaltning/{FiksOrgId}/fiks-konfigurasjon/kjoretoyregister");
    }
}
