using System.Net;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// The forvaltning UI's error pages (403, 404, 405, 500 …): plain HTML in the UI's look, where the API
/// answers with a Fiks ErrorMessage. No details beyond the status and, for 500, the errorId.
/// </summary>
internal static class Feilside
{
    public static bool Gjelder(HttpContext context) => context.Request.Path.StartsWithSegments(ForvaltningswebExtensions.Sti);

    public static Task SkrivAsync(HttpContext context, int status, string? errorId = null)
    {
        var (tittel, tekst) = status switch
        {
            StatusCodes.Status403Forbidden => ("Ingen tilgang", "Du har ikke tilgang til denne siden. Du ser og endrer bare organisasjonene du administrerer."),
            StatusCodes.Status404NotFound => ("Fant ikke siden", "Siden finnes ikke, eller det du leter etter er slettet."),
            StatusCodes.Status400BadRequest => ("Skjemaet kunne ikke tas imot", "Skjemaet var utløpt eller ufullstendig. Gå tilbake, last siden på nytt og prøv igjen."),
            StatusCodes.Status503ServiceUnavailable => ("Tjenesten er midlertidig utilgjengelig", "Databasen svarer ikke akkurat nå. Ingenting er endret. Prøv igjen om litt."),
            StatusCodes.Status500InternalServerError => ("Noe gikk galt", "En uventet feil oppstod. Oppgi feil-ID-en til KS ved henvendelse."),
            _ => ("Forespørselen kunne ikke behandles", $"Tjenesten svarte med status {status}."),
        };
        context.Response.StatusCode = status;
        ForvaltningswebExtensions.Sikkerhetshoder(context.Response);
        context.Response.ContentType = "text/html; charset=utf-8";
        var feilId = errorId is null ? "" : $"<p>Feil-ID: <code>{WebUtility.HtmlEncode(errorId)}</code></p>";
        return context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="nb">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{tittel}} – Fiks forvaltning</title><link rel="icon" href="/forvaltning/ressurser/favicon.ico"><link rel="stylesheet" href="/forvaltning/ressurser/forvaltning.css"></head>
            <body>
            <header class="topplinje"><div class="topplinje-innhold"><a class="merke" href="/forvaltning">Fiks forvaltning</a></div></header>
            <main id="innhold"><h1>{{tittel}}</h1><p>{{tekst}}</p>{{feilId}}<p><a href="/forvaltning/oversikt">Til oversikten</a></p></main>
            </body>
            </html>
            """);
    }
}
