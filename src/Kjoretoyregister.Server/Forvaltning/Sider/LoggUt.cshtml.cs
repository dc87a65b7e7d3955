using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Forvaltning.Oidc;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>
/// Ends the session (POST only, with antiforgery, so no other site can log anyone out). The account gets a
/// new security stamp, so the cookie is dead everywhere, not only in this browser: a copy of it taken
/// before gets the login page. That ends the person's other sessions too. A session begun with OpenID
/// Connect also ends at the provider: the browser goes to its <c>end_session_endpoint</c> with the ID token
/// as hint, and comes back to <c>/forvaltning/oidc/utlogget</c>, then the login page.
/// </summary>
[UtenRolle]
public sealed class LoggUtModel(IOptions<OidcOptions> oidc) : ForvaltningSide
{
    public override string Tittel => "Logg ut";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var hosLeverandor = oidc.Value.Aktiv && Bruker is { } b && Oidcidentitet.Er(b.Brukernavn)
            && await HttpContext.GetTokenAsync(Innloggingsskjema.Navn, "id_token") is not null;
        if (hosLeverandor)
        {
            // Reads the ID token from the session, so before the session ends; writes the redirect.
            await HttpContext.SignOutAsync(OidcExtensions.Skjema, new AuthenticationProperties { RedirectUri = Innloggingssider.LoggInn });
        }

        if (Bruker is { } bruker)
        {
            await Tjeneste<IBrukerStore>().NyttSikkerhetsstempelAsync(bruker.Brukernavn, HttpContext.RequestAborted);
        }

        await HttpContext.SignOutAsync(Innloggingsskjema.Navn);
        Meld("Du er logget ut.");
        return hosLeverandor && Response.StatusCode == StatusCodes.Status302Found ? new EmptyResult() : LocalRedirect(Innloggingssider.LoggInn);
    }
}
