using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary>
/// FIKS-Konfigurasjon → Tjenester → Kjøretøyregister: activate the service (only when both agreements are
/// recorded as signed; otherwise the page names the missing one), and the organisation's integrations.
/// </summary>
public sealed class KjoretoyregisterModel(IForvaltningStore store) : OrganisasjonSide
{
    public override string Tittel => "Kjøretøyregister";

    public IReadOnlyList<Integrasjon> Integrasjoner { get; private set; } = [];

    public IReadOnlyList<string> ManglendeAvtaler => new[]
    {
        Detaljer.Avtaler.Hovedavtale is null ? "Hovedavtalen" : null,
        Detaljer.Avtaler.Tjenestevedlegg is null ? "tjenestevedlegget for Fiks kjøretøyregister" : null,
    }.OfType<string>().ToList();

    public async Task OnGetAsync() => Integrasjoner = await store.ListIntegrasjonerAsync(FiksOrgId, HttpContext.RequestAborted);

    public Task<IActionResult> OnPostAktiverAsync() => SettAsync(true);

    public Task<IActionResult> OnPostDeaktiverAsync() => SettAsync(false);

    private async Task<IActionResult> SettAsync(bool aktivert)
    {
        try
        {
            await store.SettKjoretoyregisterAktivertAsync(FiksOrgId, aktivert,
                NyEndring(FiksOrgId, aktivert ? "Aktiverte tjenesten Kjøretøyregister" : "Deaktiverte tjenesten Kjøretøyregister"),
                HttpContext.RequestAborted);
        }
        catch (ForvaltningException feil)
        {
            Feil.Add(("", feil.Message));
            await OnGetAsync();
            return Page();
        }

        Meld(aktivert ? "Tjenesten Kjøretøyregister er aktivert." : "Tjenesten Kjøretøyregister er deaktivert.");
        return RedirectToPage();
    }
}
