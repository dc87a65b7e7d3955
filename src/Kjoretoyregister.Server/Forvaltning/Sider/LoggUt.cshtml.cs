using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>
/// Ends the session (POST only, with antiforgery, so no other site can log anyone out). The account gets a
/// new security stamp, so the cookie is dead everywhere, not only in this browser: a copy of it taken
/// before gets the login page. That ends the person's other sessions too.
/// </summary>
public sealed class LoggUtModel : ForvaltningSide
{
    public override string Tittel => "Logg ut";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Bruker is { } bruker)
        {
            await Tjeneste<IBrukerStore>().NyttSikkerhetsstempelAsync(bruker.Brukernavn, HttpContext.RequestAborted);
        }

        await HttpContext.SignOutAsync(Innloggingsskjema.Navn);
        Meld("Du er logget ut.");
        return LocalRedirect("/forvaltning/logg-inn");
    }
}
