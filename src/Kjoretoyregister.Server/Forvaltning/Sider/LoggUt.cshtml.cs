using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>Ends the session (POST only, with antiforgery, so no other site can log anyone out).</summary>
public sealed class LoggUtModel : ForvaltningSide
{
    public override string Tittel => "Logg ut";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(Innloggingsskjema.Navn);
        Meld("Du er logget ut.");
        return LocalRedirect("/forvaltning/logg-inn");
    }
}
