using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>
/// Where a login lands: an administrator of one organisation goes straight to it, of several picks one
/// (the selector at the top right sends its choice here as <c>?fiksOrgId=</c>). Someone who holds only the
/// role Oppslag (administers nothing) goes straight to the lookup page.
/// </summary>
public sealed class OversiktModel(IForvaltningStore store) : ForvaltningSide
{
    public override string Tittel => "Oversikt";

    public IReadOnlyList<Organisasjon> Organisasjoner { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? fiksOrgId)
    {
        if (fiksOrgId is { } valgt && Innlogget.Administrerer(valgt))
        {
            return LocalRedirect($"/forvaltning/{valgt}");
        }

        Organisasjoner = (await store.ListOrganisasjonerAsync(HttpContext.RequestAborted)).Where(o => Innlogget.Administrerer(o.FiksOrgId)).ToList();
        if (Organisasjoner.Count == 0 && Innlogget.Oppslag.Count > 0)
        {
            return LocalRedirect("/forvaltning/oppslag");
        }

        return Organisasjoner.Count == 1 && !Innlogget.KsAdministrator
            ? LocalRedirect($"/forvaltning/{Organisasjoner[0].FiksOrgId}")
            : Page();
    }
}
