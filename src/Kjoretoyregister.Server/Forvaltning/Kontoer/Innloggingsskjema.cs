using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>
/// The forvaltning UI's cookie session. The cookie holds only the username and the account's security
/// stamp; on every request the account is read again, so a changed password, a withdrawn role or a
/// deleted account takes effect at once, on every server instance.
/// </summary>
public static class Innloggingsskjema
{
    public const string Navn = "Forvaltning";
    public const string Policy = "Forvaltning";
    public const string KsPolicy = "KsAdministrator";
    public const string StempelClaim = "forvaltning:stempel";
    public const string KsClaim = "forvaltning:ks-administrator";

    /// <summary>The principal a login creates.</summary>
    public static ClaimsPrincipal Prinsipal(Bruker bruker) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, bruker.Brukernavn),
            new Claim(StempelClaim, bruker.Sikkerhetsstempel),
            .. bruker.KsAdministrator ? [new Claim(KsClaim, "true")] : Array.Empty<Claim>(),
        ],
        Navn));

    /// <summary>The account behind this request's session, read by <see cref="ValiderAsync"/>; null when not logged in.</summary>
    public static Bruker? Bruker(this HttpContext context) => context.Items[typeof(Bruker)] as Bruker;

    /// <summary>Cookie validation: the account must still exist with the same stamp; its current roles replace the cookie's.</summary>
    public static async Task ValiderAsync(CookieValidatePrincipalContext context)
    {
        var brukernavn = context.Principal?.Identity?.Name;
        var stempel = context.Principal?.FindFirst(StempelClaim)?.Value;
        var bruker = brukernavn is null ? null
            : await context.HttpContext.RequestServices.GetRequiredService<IBrukerStore>().HentAsync(brukernavn, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (bruker is null || !string.Equals(bruker.Sikkerhetsstempel, stempel, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Navn).ConfigureAwait(false);
            return;
        }

        context.HttpContext.Items[typeof(Bruker)] = bruker;
        context.ReplacePrincipal(Prinsipal(bruker));
    }
}
