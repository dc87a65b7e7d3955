using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>
/// <c>Brukernavn</c>, <c>Passord</c>, <c>Logg inn</c>. The same message for an unknown username and a wrong
/// password; a locked account is told until when. Goes back only to a local address.
/// </summary>
public sealed partial class LoggInnModel(Passordsjekk passordsjekk, ILogger<LoggInnModel> logger) : ForvaltningSide
{
    public override string Tittel => "Logg inn";

    [BindProperty(SupportsGet = true)]
    public string? Tilbake { get; set; }

    [BindProperty]
    public string? Brukernavn { get; set; }

    [BindProperty]
    public string? Passord { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (utfall, bruker, sperretTil) = await passordsjekk.SjekkAsync(Brukernavn?.Trim(), Passord, HttpContext.RequestAborted);
        switch (utfall)
        {
            case Innloggingsutfall.Innlogget:
                await HttpContext.SignInAsync(Innloggingsskjema.Navn, Innloggingsskjema.Prinsipal(bruker!));
                LoggInnlogget(logger, bruker!.Brukernavn);
                return LocalRedirect(Url.IsLocalUrl(Tilbake) && Tilbake!.StartsWith("/forvaltning", StringComparison.Ordinal) ? Tilbake : "/forvaltning/oversikt");
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
