using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>
/// A page about one organisation, <c>/forvaltning/{fiksOrgId}/...</c>. Before any handler runs, the
/// logged-in account must administer the organisation (a KS-administrator administers all): otherwise
/// 403, whatever the URL says. A lokal administrator who has not completed the first-login wizard is
/// sent to it.
/// </summary>
public abstract class OrganisasjonSide : ForvaltningSide
{
    public Organisasjonsdetaljer Detaljer { get; private set; } = null!;

    public Organisasjon Organisasjon => Detaljer.Organisasjon;

    public Guid FiksOrgId => Organisasjon.FiksOrgId;

    /// <summary>False only on the wizard itself.</summary>
    protected virtual bool KreverUtfylteDetaljer => true;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!Guid.TryParse(RouteData.Values["fiksOrgId"] as string, out var fiksOrgId))
        {
            context.Result = NotFound();
            return;
        }

        if (Bruker is not { } bruker || !bruker.Administrerer(fiksOrgId))
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        if (await Tjeneste<IForvaltningStore>().HentDetaljerAsync(fiksOrgId, HttpContext.RequestAborted) is not { } detaljer)
        {
            context.Result = NotFound();
            return;
        }

        Detaljer = detaljer;
        if (KreverUtfylteDetaljer && detaljer.Fakturering is null && !bruker.KsAdministrator)
        {
            context.Result = RedirectToPage("/Organisasjoner/Veiviser", new { fiksOrgId });
            return;
        }

        if (await ForberedAsync() is { } resultat)
        {
            context.Result = resultat;
            return;
        }

        await next();
    }

    /// <summary>Loads what the page is about beyond the organisation; a result (such as 404) stops the request.</summary>
    protected virtual Task<IActionResult?> ForberedAsync() => Task.FromResult<IActionResult?>(null);
}
