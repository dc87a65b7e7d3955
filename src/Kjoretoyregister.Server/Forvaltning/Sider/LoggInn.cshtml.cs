using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Microsoft.AspNetCore.Authentication;
using Kjoretoyregister.Server.Forvaltning.Oidc;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>
/// <c>Brukernavn</c>, <c>Passord</c>, <c>Logg inn</c>. The same message for an unknown username and a wrong
/// password; a locked account is told until when. Goes back only to a local address. With OpenID Connect
/// on, a button «Logg inn med …» beside the form starts that sign-in instead.
/// </summary>
[UtenRolle]
public sealed partial class LoggInnModel(Passordsjekk passordsjekk, IOptions<OidcOptions> oidc, ILogger<LoggInnModel> logger) : ForvaltningSide
{
    public override string Tittel => "Logg inn";

    /// <summary>The OpenID Connect button's text and address; null when OpenID Connect is off.</summary>
    public (string Tekst, string Adresse)? Oidc => oidc.Value.Aktiv
        ? ($"Logg inn med {oidc.Value.Knappetekst}", OidcExtensions.LoggInnSti + "?tilbake=" + Uri.EscapeDataString(Innloggingssider.Tilbake(Tilbake)))
        : null;

    [BindProperty(SupportsGet = true)]
    public string? Tilbake { get; set; }

    [BindProperty]
    public string? Brukernavn { get; set; }

    [BindProperty]
    public string? Passord { get; set; }

    public void OnGet(string? oidcfeil)
    {
        if (oidcfeil is not null && oidc.Value.Aktiv)
        {
            Feil.Add(("", $"Innloggingen med {oidc.Value.Knappetekst} ble ikke fullført. Prøv igjen."));
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (utfall, bruker, sperretTil) = await passordsjekk.SjekkAsync(Brukernavn?.Trim(), Passord, HttpContext.RequestAborted);
        switch (utfall)
        {
            case Innloggingsutfall.Innlogget:
                await HttpContext.SignInAsync(Innloggingsskjema.Navn, Innloggingsskjema.Prinsipal(bruker!));
                LoggInnlogget(logger, bruker!.Brukernavn);
                return LocalRedirect(Url.IsLocalUrl(Tilbake) && Tilbake!.StartsWith("/forvaltning", StringComparison.Ordinal) ? Tilbake : Innloggingssider.Oversikt);
            case Innloggingsutfall.Sperret:
                LoggSperret(logger, Brukernavn?.Trim() ?? "");
                Feil.Add(("", $"Kontoen er midlertidig sperret etter for mange mislykkede forsøk. Prøv igjen etter kl. {TimeZoneInfo.ConvertTime(sperretTil!.Value, Oslo):HH:mm}."));
                break;
            default:
                Feil.Add(("brukernavn", "Feil brukernavn eller passord."));
                break;
        }

        Passord = null;
        return Page();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forvaltning: {Brukernavn} logget inn")]
    private static partial void LoggInnlogget(ILogger logger, string brukernavn);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forvaltning: innlogging for {Brukernavn} avvist, kontoen er sperret")]
    private static partial void LoggSperret(ILogger logger, string brukernavn);
}
