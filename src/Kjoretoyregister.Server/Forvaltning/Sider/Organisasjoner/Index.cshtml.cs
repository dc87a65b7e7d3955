using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary>An organisation's front page: where FIKS-Konfigurasjon, Innstillinger, the logs and usage are.</summary>
public sealed class OrganisasjonOversiktModel(IForvaltningStore store) : OrganisasjonSide
{
    public override string Tittel => Organisasjon.Navn;

    public int AntallIntegrasjoner { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        AntallIntegrasjoner = (await store.ListIntegrasjonerAsync(FiksOrgId, HttpContext.RequestAborted)).Count;
        return Page();
    }
}
