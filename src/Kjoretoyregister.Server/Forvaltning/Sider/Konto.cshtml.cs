using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>The logged-in person's own account: change the password (every other session of the account ends).</summary>
public sealed class KontoModel(IBrukerStore brukere, Passordsjekk passordsjekk) : ForvaltningSide
{
    public override string Tittel => "Min konto";

    /// <summary>An OpenID Connect account has no password to change.</summary>
    public bool UtenPassord => Oidcidentitet.Er(Innlogget.Brukernavn);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? gjeldende, string? nytt, string? gjenta)
    {
        if (UtenPassord)
        {
            return BadRequest();
        }

        var innlogging = await brukere.HentInnloggingAsync(Innlogget.Brukernavn, HttpContext.RequestAborted);
        if (innlogging is null || !await passordsjekk.VerifiserAsync(gjeldende ?? "", innlogging.Passordhash, HttpContext.RequestAborted))
        {
            Feil.Add(("gjeldende", "Nåværende passord er feil."));
        }

        if (Passordregler.Feil(nytt, Innlogget.Brukernavn) is { } feil)
        {
            Feil.Add(("nytt", feil));
        }
        else if (!string.Equals(nytt, gjenta, StringComparison.Ordinal))
        {
            Feil.Add(("gjenta", "Passordene er ikke like."));
        }

        if (Feil.Count > 0)
        {
            return Page();
        }

        var hash = await Tjeneste<Tregehasher>().HashAsync(nytt!, HttpContext.RequestAborted);
        await brukere.ByttPassordAsync(Innlogget.Brukernavn, hash, NyEndring(null, "Byttet sitt eget passord"), HttpContext.RequestAborted);
        var oppdatert = await brukere.HentAsync(Innlogget.Brukernavn, HttpContext.RequestAborted);
        await HttpContext.SignInAsync(Innloggingsskjema.Navn, Innloggingsskjema.Prinsipal(oppdatert!));
        Meld("Passordet er byttet. Andre innlogginger med denne kontoen er avsluttet.");
        return RedirectToPage();
    }
}
