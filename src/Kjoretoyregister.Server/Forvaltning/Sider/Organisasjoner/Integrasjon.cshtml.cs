using Kjoretoyregister.Server.Logg;
using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary>
/// One integration: its details, Tilganger (<c>Kan søke</c>, in force on the API at once), "Formål påkrevd"
/// (also at once), this month's usage, and the ways to a new password or deletion.
/// </summary>
public sealed class IntegrasjonModel(IForvaltningStore store, IOppslagsloggLeser logg) : IntegrasjonSide
{
    public override string Tittel => Integrasjon.Navn;

    public long ManedensOppslag { get; private set; }

    public long ManedensTreff { get; private set; }

    public async Task OnGetAsync()
    {
        var na = TimeZoneInfo.ConvertTime(Na, Oslo);
        var forbruk = (await logg.ForbrukAsync(FiksOrgId, HttpContext.RequestAborted))
            .Where(f => f.IntegrasjonId == Integrasjon.IntegrasjonId && f.Ar == na.Year && f.Maned == na.Month)
            .ToList();
        ManedensOppslag = forbruk.Sum(f => f.Oppslag);
        ManedensTreff = forbruk.Sum(f => f.Treff);
    }

    public async Task<IActionResult> OnPostTilgangerAsync(bool kanSoke)
    {
        if (kanSoke != Integrasjon.KanSoke)
        {
            var endring = NyEndring(FiksOrgId, kanSoke
                ? $"Ga integrasjonen «{Integrasjon.Navn}» tilgangen Kan søke"
                : $"Fjernet tilgangen Kan søke fra integrasjonen «{Integrasjon.Navn}»",
                $"IntegrasjonID {Integrasjon.IntegrasjonId}");
            await store.SettKanSokeAsync(Integrasjon.IntegrasjonId, kanSoke, endring, HttpContext.RequestAborted);
        }

        Meld(kanSoke ? "Tilgangene er lagret: integrasjonen kan søke." : "Tilgangene er lagret: integrasjonen kan ikke søke.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostFormalAsync(bool formalPakrevd)
    {
        if (formalPakrevd != Integrasjon.FormalPakrevd)
        {
            var endring = NyEndring(FiksOrgId, formalPakrevd
                ? $"Slo på Formål påkrevd for integrasjonen «{Integrasjon.Navn}»"
                : $"Slo av Formål påkrevd for integrasjonen «{Integrasjon.Navn}»",
                $"IntegrasjonID {Integrasjon.IntegrasjonId}");
            await store.SettFormalPakrevdAsync(Integrasjon.IntegrasjonId, formalPakrevd, endring, HttpContext.RequestAborted);
        }

        Meld(formalPakrevd
            ? "Formål er lagret: hvert oppslag må ha et formål fra formålskatalogen."
            : "Formål er lagret: oppslag trenger ikke formål.");
        return RedirectToPage();
    }
}
