using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary>
/// <c>Lag ny integrasjon</c>: Navn, Organisasjonsnummer (mod 11), Beskrivelse → <c>Gå videre</c> (summary,
/// with a warning when the number is the kommune's own) → <c>Lagre og generer passord</c> (the id and the
/// password once). The id is made by the server at the summary and travels to the last step only as a
/// value protected for this organisation and this account (<see cref="Integrasjonsnokkel"/>), so sending the
/// form twice cannot create two integrations, and no one can choose an id or learn which ids exist elsewhere.
/// </summary>
public sealed class NyIntegrasjonModel(IForvaltningStore store, IDataProtectionProvider dataProtection) : OrganisasjonSide
{
    /// <summary>The message when the protected id is missing, forged, from another organisation or expired.</summary>
    public const string UtloptMelding = "Skjemaet var utløpt eller ugyldig. Se over opplysningene og trykk «Gå videre» på nytt.";

    private static readonly TimeSpan Levetid = TimeSpan.FromHours(2);

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

    /// <summary>The new integration's id, protected (from <c>Gå videre</c> to <c>Lagre</c>).</summary>
    [BindProperty]
    public string? Integrasjonsnokkel { get; set; }

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
        Integrasjonsnokkel = Beskytter().Protect(Guid.NewGuid().ToString("D"), Levetid);
        return Page();
    }

    public async Task<IActionResult> OnPostLagreAsync()
    {
        if (Sjekk() is not { } ny)
        {
            Steg = Trinn.Skjema;
            return Page();
        }

        if (LesIntegrasjonId() is not { } id)
        {
            return OppsummeringPaNytt();
        }

        if (await store.HentIntegrasjonAsync(id, HttpContext.RequestAborted) is { } finnes && finnes.FiksOrgId == FiksOrgId)
        {
            Meld($"Integrasjonen «{finnes.Navn}» var allerede lagret. Passordet vises bare én gang; har det kommet bort, generer et nytt passord.");
            return LocalRedirect($"/forvaltning/{FiksOrgId}/integrasjoner/{id}");
        }

        var passord = Integrasjonspassord.Generer();
        var hash = await Tjeneste<Tregehasher>().HashAsync(passord, HttpContext.RequestAborted);
        Integrasjon integrasjon;
        try
        {
            integrasjon = await store.OpprettIntegrasjonAsync(ny, hash, id,
                NyEndring(FiksOrgId, $"Opprettet integrasjonen «{ny.Navn}» og genererte passord", $"IntegrasjonID {id}, organisasjonsnummer {ny.AutorisertOrganisasjonsnummer}"),
                HttpContext.RequestAborted);
        }
        catch (ForvaltningException)
        {
            // The id is taken (only by chance, since the server made it): a fresh one, the same message as a stale form.
            return OppsummeringPaNytt();
        }

        Hemmelighet = new Integrasjonshemmelighet(integrasjon.Navn, integrasjon.IntegrasjonId, passord, FiksOrgId);
        Steg = Trinn.Lagret;
        return Page();
    }

    /// <summary>The summary again with a fresh id, and the message that the form had expired.</summary>
    private PageResult OppsummeringPaNytt()
    {
        Feil.Add(("", UtloptMelding));
        Integrasjonsnokkel = Beskytter().Protect(Guid.NewGuid().ToString("D"), Levetid);
        Steg = Trinn.Oppsummering;
        return Page();
    }

    /// <summary>Bound to this organisation and this account: a value made for another is refused.</summary>
    private ITimeLimitedDataProtector Beskytter() =>
        dataProtection.CreateProtector("Forvaltning.NyIntegrasjon", FiksOrgId.ToString("D"), Innlogget.Brukernavn).ToTimeLimitedDataProtector();

    private Guid? LesIntegrasjonId()
    {
        if (string.IsNullOrEmpty(Integrasjonsnokkel) || Integrasjonsnokkel.Length > 1024)
        {
            return null;
        }

        try
        {
            return Guid.TryParseExact(Beskytter().Unprotect(Integrasjonsnokkel), "D", out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null; // forged, altered, expired, or made for another organisation or account
        }
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
