using System.Globalization;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Kvote;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Ks;

/// <summary>
/// KS-administrator, one organisation: record when Hovedavtalen and the Tjenestevedlegg were signed, and
/// give a person the role lokal administrator (a new account gets a one-time password shown once; an
/// OpenID Connect identity <c>oidc:&lt;subject&gt;</c> gets none), and
/// override the organisation's fair-use limits (<see cref="Kvoteoverstyring"/>; empty = the setting).
/// </summary>
public sealed class KsOrganisasjonModel(IForvaltningStore store, IBrukerStore brukere, IOptions<KvoteOptions> kvote) : OrganisasjonSide
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

    [BindProperty]
    public string? IntegrasjonPerSekund { get; set; }

    [BindProperty]
    public string? IntegrasjonKapasitet { get; set; }

    [BindProperty]
    public string? OrganisasjonPerSekund { get; set; }

    [BindProperty]
    public string? OrganisasjonKapasitet { get; set; }

    /// <summary>The settings <c>Kvote:*</c>, shown as what an empty field means.</summary>
    public KvoteOptions Kvoteinnstillinger => kvote.Value;

    public Bruker? NyBruker { get; private set; }

    public string? NyttPassord { get; private set; }

    public async Task OnGetAsync()
    {
        Hovedavtale ??= Detaljer.Avtaler.Hovedavtale?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Tjenestevedlegg ??= Detaljer.Avtaler.Tjenestevedlegg?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var satt = Detaljer.Kvote ?? Kvoteoverstyring.Ingen;
        IntegrasjonPerSekund ??= Tekst(satt.IntegrasjonPerSekund);
        IntegrasjonKapasitet ??= Tekst(satt.IntegrasjonKapasitet);
        OrganisasjonPerSekund ??= Tekst(satt.OrganisasjonPerSekund);
        OrganisasjonKapasitet ??= Tekst(satt.OrganisasjonKapasitet);
        Administratorer = await brukere.ListAdministratorerAsync(FiksOrgId, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostKvoteAsync()
    {
        var ny = new Kvoteoverstyring(
            LesHeltall("integrasjonPerSekund", IntegrasjonPerSekund, "Oppslag per sekund per integrasjon"),
            LesHeltall("integrasjonKapasitet", IntegrasjonKapasitet, "Kapasitet per integrasjon"),
            LesHeltall("organisasjonPerSekund", OrganisasjonPerSekund, "Oppslag per sekund for organisasjonen"),
            LesHeltall("organisasjonKapasitet", OrganisasjonKapasitet, "Kapasitet for organisasjonen"));
        if (Feil.Count == 0)
        {
            try
            {
                if ((Detaljer.Kvote ?? Kvoteoverstyring.Ingen) != ny)
                {
                    await store.SettKvoteAsync(FiksOrgId, ny, NyEndring(FiksOrgId, "Endret kvoten", ny.Beskrivelse()), HttpContext.RequestAborted);
                }

                Meld("Kvoten er lagret. Den gjelder fra neste forespørsel.");
                return RedirectToPage();
            }
            catch (ForvaltningException feil)
            {
                Feil.Add((feil.Felt ?? "", feil.Message));
            }
        }

        await OnGetAsync();
        return Page();
    }

    private int? LesHeltall(string felt, string? verdi, string navn)
    {
        if (string.IsNullOrWhiteSpace(verdi))
        {
            return null;
        }

        if (int.TryParse(verdi.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var tall))
        {
            return tall;
        }

        Feil.Add((felt, $"{navn} må være et heltall, eller tomt for standardverdien."));
        return null;
    }

    private static string? Tekst(int? verdi) => verdi?.ToString(CultureInfo.InvariantCulture);

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
            // An OpenID Connect identity (oidc:<subject>) is created without a password, as at its first sign-in.
            var bruker = Oidcidentitet.Er(brukernavn)
                ? await brukere.OpprettOidcAsync(brukernavn, NyEndring(FiksOrgId, $"Opprettet kontoen {Oidcidentitet.Brukernavn(brukernavn)} (OpenID Connect)"), HttpContext.RequestAborted)
                : await brukere.HentAsync(brukernavn, HttpContext.RequestAborted);
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
            Meld($"{Brukernavnregler.Normaliser(brukernavn)} er lokal administrator for {Organisasjon.Navn}.");
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
        if (await brukere.FjernAdministratorAsync(Brukernavnregler.Normaliser(Brukernavn), FiksOrgId,
            NyEndring(FiksOrgId, $"Fjernet rollen lokal administrator fra {Brukernavn}"), HttpContext.RequestAborted))
        {
            Meld($"{Brukernavn} er ikke lenger lokal administrator for {Organisasjon.Navn}.");
        }

        return RedirectToPage();
    }
}
