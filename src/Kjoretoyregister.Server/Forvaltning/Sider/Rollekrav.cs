using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>
/// A signed-in account with no role at all (KS-administrator, lokal administrator or <c>Oppslag</c>
/// anywhere) sees only <c>/forvaltning/ingen-rolle</c> (403), which tells the person to ask their lokal
/// administrator: a person's first sign-in with OpenID Connect creates such an account. Pages marked
/// <see cref="UtenRolleAttribute"/> (login, logout, the public ones) are open to it.
/// </summary>
public sealed class Rollekrav : IPageFilter
{
    public static bool HarRolle(Bruker bruker)
    {
        ArgumentNullException.ThrowIfNull(bruker);
        return bruker.KsAdministrator || bruker.Organisasjoner.Count > 0 || bruker.Oppslag.Count > 0;
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.Bruker() is { } bruker && !HarRolle(bruker)
            && !context.HandlerInstance.GetType().IsDefined(typeof(UtenRolleAttribute), inherit: true))
        {
            context.Result = new LocalRedirectResult(Innloggingssider.IngenRolle);
        }
    }

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
