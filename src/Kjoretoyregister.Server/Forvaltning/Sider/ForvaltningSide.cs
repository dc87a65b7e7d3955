using System.Globalization;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>
/// What every forvaltning page has: the logged-in account, the services, a status message that survives
/// one redirect, the field errors of the posted form, and the change-log entry every change is written with.
/// </summary>
public abstract class ForvaltningSide : PageModel
{
    public static readonly CultureInfo Norsk = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>The page's &lt;title&gt; and &lt;h1&gt;.</summary>
    public abstract string Tittel { get; }

    /// <summary>The account behind the session (pages that allow anonymous visitors: null when not logged in).</summary>
    public Bruker? Bruker => HttpContext.Bruker();

    /// <summary>The logged-in account on pages that require one.</summary>
    protected Bruker Innlogget => Bruker ?? throw new InvalidOperationException("Siden krever innlogging.");

    /// <summary>Errors of the posted form, by field name ("" for the form as a whole), in the order found.</summary>
    public List<(string Felt, string Melding)> Feil { get; } = [];

    public string? FeilFor(string felt) => Feil.FirstOrDefault(f => f.Felt == felt).Melding;

    /// <summary>
    /// A date field (yyyy-MM-dd, as a date input sends it, between year 1900 and 9000): null when empty,
    /// and null with the field's error when it is not such a date.
    /// </summary>
    protected DateOnly? LesDato(string felt, string? verdi, string navn)
    {
        if (string.IsNullOrWhiteSpace(verdi))
        {
            return null;
        }

        if (DateOnly.TryParseExact(verdi.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dato)
            && dato.Year is >= 1900 and <= 9000)
        {
            return dato;
        }

        Feil.Add((felt, $"{navn} må være en dato (åååå-mm-dd) mellom år 1900 og 9000."));
        return null;
    }

    /// <summary>Shown at the top of the next page (after a redirect).</summary>
    protected void Meld(string melding) => TempData["Melding"] = melding;

    protected T Tjeneste<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    protected DateTimeOffset Na => Tjeneste<TimeProvider>().GetUtcNow();

    /// <summary>
    /// Who changes what, now: the entry a store's changing call writes in the same transaction as the
    /// change. Never pass a password in <paramref name="detaljer"/>.
    /// </summary>
    protected Endring NyEndring(Guid? fiksOrgId, string handling, string? detaljer = null) =>
        new(Na, Innlogget.Brukernavn, fiksOrgId, handling, detaljer);

    /// <summary>Writes an entry on its own, for what changes nothing stored (a download).</summary>
    protected Task LoggEndringAsync(Guid? fiksOrgId, string handling, string? detaljer = null) =>
        Tjeneste<IEndringslogg>().SkrivAsync(NyEndring(fiksOrgId, handling, detaljer), HttpContext.RequestAborted);

    /// <summary>An instant as Norwegians read it: Oslo time, dd.MM.yyyy HH:mm:ss.</summary>
    public static string Vis(DateTimeOffset tidspunkt) =>
        TimeZoneInfo.ConvertTime(tidspunkt, Oslo).ToString("dd.MM.yyyy HH:mm:ss", Norsk);

    public static string Vis(DateOnly? dato) => dato?.ToString("dd.MM.yyyy", Norsk) ?? "Ikke signert";

    public static string Kroner(decimal belop) => belop.ToString("N2", Norsk) + " kr";

    public static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
}
