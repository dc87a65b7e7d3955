using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>
/// A page about one integration, <c>/forvaltning/{fiksOrgId}/integrasjoner/{integrasjonId}</c>: the
/// integration must belong to the organisation in the URL, so another organisation's integration is
/// 404 here even for an administrator of both.
/// </summary>
public abstract class IntegrasjonSide : OrganisasjonSide
{
    public Integrasjon Integrasjon { get; private set; } = null!;

    protected override async Task<IActionResult?> ForberedAsync()
    {
        if (!Guid.TryParse(RouteData.Values["integrasjonId"] as string, out var integrasjonId)
            || await Tjeneste<IForvaltningStore>().HentIntegrasjonAsync(integrasjonId, HttpContext.RequestAborted) is not { } integrasjon
            || integrasjon.FiksOrgId != FiksOrgId)
        {
            return NotFound();
        }

        Integrasjon = integrasjon;
        return null;
    }
}
