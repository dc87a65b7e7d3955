using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary>
/// The organisation's saksbehandlere (the role <c>Oppslag</c>), for its lokal administrator and KS: who has
/// it; give it to an existing local account by username or to a person by OpenID Connect identity (the
/// account <c>oidc:&lt;subject&gt;</c> is created if the person has never signed in); withdraw it. Each
/// change is written to the change log by the store, in the same transaction.
/// </summary>
public sealed class SaksbehandlereModel(IBrukerStore brukere) : OrganisasjonSide
{
    public override string Tittel => "Saksbehandlere";

    public IReadOnlyList<Bruker> Saksbehandlere { get; private set; } = [];

    /// <summary><c>oidc</c> or <c>lokal</c>.</summary>
    [BindProperty]
    public string? Type { get; set; }

    [BindProperty]
    public string? Identitet { get; set; }

    public async Task OnGetAsync() =>
        Saksbehandlere = await brukere.ListSaksbehandlereAsync(FiksOrgId, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostGiAsync()
    {
        var verdi = Identitet?.Trim() ?? "";
        Bruker? bruker = null;
        if (verdi.Length == 0)
        {
            Feil.Add(("identitet", "Identitet eller brukernavn mangler."));
        }
        else if (Type != "lokal" || Oidcidentitet.Er(verdi))
        {
            if (Oidcidentitet.Gyldig(verdi) is { } brukernavn)
            {
                bruker = await brukere.OpprettOidcAsync(brukernavn,
                    NyEndring(FiksOrgId, $"Opprettet kontoen {brukernavn} (OpenID Connect) for å gi den rollen Oppslag"), HttpContext.RequestAborted);
            }
            else
            {
                Feil.Add(("identitet", Oidcidentitet.Melding));
            }
        }
        else if (Brukernavnregler.Gyldig(verdi) is null)
        {
            Feil.Add(("identitet", Brukernavnregler.Melding));
        }
        else if ((bruker = await brukere.HentAsync(verdi, HttpContext.RequestAborted)) is null)
        {
            Feil.Add(("identitet", $"Finner ingen lokal konto med brukernavnet «{Brukernavnregler.Normaliser(verdi)}». Lokale kontoer lages av KS-administrator."));
        }

        if (bruker is null)
        {
            await OnGetAsync();
            return Page();
        }

        await brukere.GiOppslagAsync(bruker.Brukernavn, FiksOrgId, NyEndring(FiksOrgId, $"Ga {bruker.Brukernavn} rollen Oppslag"), HttpContext.RequestAborted);
        Meld($"{bruker.Brukernavn} har rollen Oppslag for {Organisasjon.Navn}.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostFjernAsync()
    {
        var brukernavn = Brukernavnregler.Normaliser(Identitet);
        if (await brukere.FjernOppslagAsync(brukernavn, FiksOrgId, NyEndring(FiksOrgId, $"Fjernet rollen Oppslag fra {brukernavn}"), HttpContext.RequestAborted))
        {
            Meld($"{brukernavn} har ikke lenger rollen Oppslag for {Organisasjon.Navn}.");
        }

        return RedirectToPage();
    }
}
