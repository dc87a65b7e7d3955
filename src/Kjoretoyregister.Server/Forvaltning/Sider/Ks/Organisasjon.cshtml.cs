using System.Globalization;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Ks;

/// <summary>
/// KS-administrator, one organisation: record when Hovedavtalen and the Tjenestevedlegg were signed, and
/// give a person the role lokal administrator (a new account gets a one-time password shown once).
/// </summary>
public sealed class KsOrganisasjonModel(IForvaltningStore store, IBrukerStore brukere) : OrganisasjonSide
{
    public override string Tittel => Organisasjon.Navn;

    protected override bool KreverUtfylteDetaljer => false;

    public IReadOnlyList<Bruker> Administratorer { get; private set; } = [];

    [BindProperty]
    public string? Hovedavtale { get; set; }

    [BindProperty]
    public string? Tjenestevedlegg { get; set; }

    [BindProperty]
    public string? Brukernavn { get; set; }

    [BindProperty]
    public string? Navn { get; set; }

    public Bruker? NyBruker { get; private set; }

    public string? NyttPassord { get; private set; }

    public async Task OnGetAsync()
    {
        Hovedavtale ??= Detaljer.Avtaler.Hovedavtale?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Tjenestevedlegg ??= Detaljer.Avtaler.Tjenestevedlegg?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Administratorer = await brukere.ListAdministratorerAsync(FiksOrgId, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAvtalerAsync()
    {
        var avtaler = new Avtaler(LesDato("hovedavtale", Hovedavtale, "Hovedavtalen signert"), LesDato("tjenestevedlegg", Tjenestevedlegg, "Tjenestevedlegget signert"));
        if (Feil.Count == 0)
        {
            try
            {
                await store.SettAvtalerAsync(FiksOrgId, avtaler,
                    NyEndring(FiksOrgId, "Registrerte avtalene", $"Hovedavtalen: {Vis(avtaler.Hovedavtale)}; tjenestevedlegg for Fiks kjøretøyregister: {Vis(avtaler.Tjenestevedlegg)}"),
                    HttpContext.RequestAborted);
                Meld("Avtalene er lagret.");
                return RedirectToPage();
            }
            catch (ForvaltningException feil)
            {
                Feil.Add(("", feil.Message));
            }
        }

        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostGiAdministratorAsync()
    {
        var brukernavn = Brukernavn?.Trim() ?? "";
        try
        {
            var bruker = await brukere.HentAsync(brukernavn, HttpContext.RequestAborted);
            if (bruker is null)
            {
                if (string.IsNullOrWhiteSpace(Navn))
                {
                    Feil.Add(("navn", "Fullt navn mangler: brukeren finnes ikke og må opprettes."));
                    await OnGetAsync();
                    return Page();
                }

                NyttPassord = Integrasjonspassord.Generer();
                var hash = await Tjeneste<Tregehasher>().HashAsync(NyttPassord, HttpContext.RequestAborted);
                var navn = Navn.Trim();
                bruker = await brukere.OpprettAsync(brukernavn, navn, hash, ksAdministrator: false,
                    NyEndring(FiksOrgId, $"Opprettet brukeren {Brukernavnregler.Normaliser(brukernavn)} ({navn})"), HttpContext.RequestAborted);
                NyBruker = bruker;
            }

            await brukere.GiAdministratorAsync(bruker.Brukernavn, FiksOrgId,
                NyEndring(FiksOrgId, $"Ga {bruker.Brukernavn} rollen lokal administrator"), HttpContext.RequestAborted);
        }
        catch (ForvaltningException feil)
        {
            Feil.Add(("brukernavn", feil.Message));
        }

        if (NyBruker is null && Feil.Count == 0)
        {
            Meld($"{brukernavn} er lokal administrator for {Organisasjon.Navn}.");
            return RedirectToPage();
        }

        if (NyBruker is not null)
        {
            Brukernavn = Navn = null;
        }

        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostFjernAdministratorAsync()
    {
        if (await brukere.FjernAdministratorAsync(Brukernavn?.Trim() ?? "", FiksOrgId,
            NyEndring(FiksOrgId, $"Fjernet rollen lokal administrator fra {Brukernavn}"), HttpContext.RequestAborted))
        {
            Meld($"{Brukernavn} er ikke lenger lokal administrator for {Organisasjon.Navn}.");
        }

        return RedirectToPage();
    }
}
