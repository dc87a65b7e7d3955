using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary>
/// <c>Lag ny integrasjon</c>: Navn, Organisasjonsnummer (mod 11), Beskrivelse → <c>Gå videre</c> (summary,
/// with a warning when the number is the kommune's own) → <c>Lagre og generer passord</c> (the id and the
/// password once). The id is fixed at the summary, so sending the form twice cannot create two integrations.
/// </summary>
public sealed class NyIntegrasjonModel(IForvaltningStore store) : OrganisasjonSide
{
    public enum Trinn
    {
        Skjema,
        Oppsummering,
        Lagret,
    }

    public override string Tittel => "Lag ny integrasjon";

    public Trinn Steg { get; private set; }

    [BindProperty]
    public string? Navn { get; set; }

    [BindProperty]
    public string? Organisasjonsnummer { get; set; }

    [BindProperty]
    public string? Beskrivelse { get; set; }

    [BindProperty]
    public Guid? IntegrasjonId { get; set; }

    public bool ErKommunensEget => Organisasjonsnummer == Organisasjon.Organisasjonsnummer.Verdi;

    public Integrasjonshemmelighet? Hemmelighet { get; private set; }

    public void OnGet() => Steg = Trinn.Skjema;

    public IActionResult OnPostEndre()
    {
        Steg = Trinn.Skjema;
        return Page();
    }

    public IActionResult OnPostGaVidere()
    {
        Steg = Sjekk() is null ? Trinn.Skjema : Trinn.Oppsummering;
        IntegrasjonId = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostLagreAsync()
    {
        if (Sjekk() is not { } ny || IntegrasjonId is not { } id)
        {
            Steg = Trinn.Skjema;
            return Page();
        }

        if (await store.HentIntegrasjonAsync(id, HttpContext.RequestAborted) is { } finnes && finnes.FiksOrgId == FiksOrgId)
        {
            Meld($"Integrasjonen «{finnes.Navn}» var allerede lagret. Passordet vises bare én gang; har det kommet bort, generer et nytt passord.");
            return LocalRedirect($"/forvaltning/{FiksOrgId}/integrasjoner/{id}");
        }

        var passord = Integrasjonspassord.Generer();
        var hash = await Tjeneste<Tregehasher>().HashAsync(passord, HttpContext.RequestAborted);
        var integrasjon = await store.OpprettIntegrasjonAsync(ny, hash, id, HttpContext.RequestAborted);
        await LoggEndringAsync(FiksOrgId, $"Opprettet integrasjonen «{integrasjon.Navn}» og genererte passord",
            $"IntegrasjonID {integrasjon.IntegrasjonId}, organisasjonsnummer {integrasjon.AutorisertOrganisasjonsnummer}");
        Hemmelighet = new Integrasjonshemmelighet(integrasjon.Navn, integrasjon.IntegrasjonId, passord, FiksOrgId);
        Steg = Trinn.Lagret;
        return Page();
    }

    /// <summary>The integration to create, or null with the field errors added.</summary>
    private NyIntegrasjon? Sjekk()
    {
        Navn = Navn?.Trim();
        Organisasjonsnummer = Organisasjonsnummer?.Trim().Replace(" ", "", StringComparison.Ordinal);
        Beskrivelse = string.IsNullOrWhiteSpace(Beskrivelse) ? null : Beskrivelse.Trim();
        if (string.IsNullOrEmpty(Navn))
        {
            Feil.Add(("navn", "Navn mangler."));
        }
        else if (Navn.Length > Forvaltningsfelt.MaksNavn)
        {
            Feil.Add(("navn", $"Navn er for langt: høyst {Forvaltningsfelt.MaksNavn} tegn."));
        }

        if (!Contracts.Organisasjonsnummer.TryParse(Organisasjonsnummer, out var orgnr, out var feil))
        {
            Feil.Add(("organisasjonsnummer", feil + "."));
        }

        if (Beskrivelse?.Length > Forvaltningsfelt.MaksBeskrivelse)
        {
            Feil.Add(("beskrivelse", $"Beskrivelse er for lang: høyst {Forvaltningsfelt.MaksBeskrivelse} tegn."));
        }

        return Feil.Count == 0 ? new NyIntegrasjon(FiksOrgId, Navn!, orgnr, Beskrivelse) : null;
    }
}
