using System.Globalization;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning.Kontoer;

namespace Kjoretoyregister.Server.Logg.Innsyn;

/// <summary>The innsyn report's words, shared by the page, the PDF, the CSV and the CLI.</summary>
public static class Innsynstekst
{
    public static readonly CultureInfo Kultur = CultureInfo.GetCultureInfo("nb-NO");

    public const string Tittel = "Innsyn: oppslag på deg i kjøretøyregisteret";

    /// <summary>What the service is and what the columns mean, for the person who asked (bokmål).</summary>
    public static readonly string[] Forklaring =
    [
        "Kommunen bruker KS Fiks kjøretøyregister til å slå opp eiere og brukere av kjøretøy i Statens vegvesens "
        + "motorvognregister, for eksempel for å ilegge parkeringsgebyr, behandle en parkeringstillatelse eller varsle før borttauing. "
        + "Hvert oppslag blir logget: når det ble gjort, fra hvilket fagsystem, hvorfor, og hvilke personer og kjøretøy svaret viste. "
        + "Denne rapporten viser hvert oppslag der du ble søkt etter eller der opplysninger om deg ble utlevert. Den gis etter "
        + "personvernforordningen (GDPR) artikkel 15, retten til innsyn.",
        "Kolonnene: Tidspunkt er når oppslaget ble gjort (norsk tid). Fagsystem er kommunens integrasjon som gjorde oppslaget, og "
        + "leverandøren som drifter den. Saksbehandler er fagsystemets (pseudonyme) id for den ansatte, og saksreferanse er saken "
        + "oppslaget gjaldt, for eksempel nummeret på et parkeringsgebyr, når fagsystemet oppga dem. Formål er grunnen fagsystemet oppga. "
        + "Et oppslag en ansatt gjorde selv på kommunens oppslagsside, står med fagsystemet «Oppslagssiden i Fiks forvaltning», den ansattes brukernavn "
        + "som saksbehandler (men «ansatt innlogget med ID-porten» der brukernavnet ville vært den ansattes fødselsnummer), og «vis-fodselsnummer» når den ansatte ba om å se fødselsnummeret. "
        + "Oppslag er hva det ble søkt på (kjennemerke, fødselsnummer, navn ...). Du ble sier om du var den det ble søkt etter, eller "
        + "om du var med i svaret (som eier, medeier, leasingtaker eller bruker). Kjøretøy er registerets id (kuid) for kjøretøyene i svaret.",
        "Spørsmål om rapporten eller om kommunens behandling av opplysningene rettes til kommunen, som er behandlingsansvarlig, "
        + "eller til kommunens personvernombud.",
    ];

    /// <summary>An instant as Norwegians read it: Oslo time, dd.MM.yyyy HH:mm:ss.</summary>
    public static string Tid(DateTimeOffset tidspunkt) => NorskTid.TilNorskTid(tidspunkt).ToString("dd.MM.yyyy HH:mm:ss", Kultur);

    /// <summary>A day (Oslo time), dd.MM.yyyy.</summary>
    public static string Dato(DateTimeOffset tidspunkt) => NorskTid.TilNorskTid(tidspunkt).ToString("dd.MM.yyyy", Kultur);

    /// <summary>What the report says instead of an OIDC identity that is a fødselsnummer (ID-porten's pid).</summary>
    public const string SkjultIdentitet = "ansatt innlogget med ID-porten";

    /// <summary>
    /// The caseworker as the person who asked sees it: an account <c>oidc:</c> + a fødselsnummer (ID-porten's
    /// <c>pid</c>) becomes <see cref="SkjultIdentitet"/>, for a citizen's report is not the place to hand out
    /// an employee's fødselsnummer; the organisation's own audit log keeps the identity, so the kommune can say who.
    /// </summary>
    public static string? Saksbehandler(string? saksbehandler) =>
        saksbehandler is not null && saksbehandler.StartsWith(Oidcidentitet.Prefiks, StringComparison.Ordinal)
        && Fodselsnummer.TryParse(saksbehandler[Oidcidentitet.Prefiks.Length..], null, out _)
            ? SkjultIdentitet
            : saksbehandler;

    /// <summary>The search key and the operation, e.g. "kjennemerke BR 12345".</summary>
    public static string Oppslag(Innsynsrad rad) => $"{rad.Operasjon} {rad.Nokkel}";

    /// <summary>
    /// A fødselsnummer as the change log names it: the birth date (six digits) and five stars. The change
    /// log is read by every administrator of the organisation and by KS; the full number there would itself
    /// tell them that this person asked for innsyn. The date is enough to match the entry with the
    /// person's written request in the case file, and does not name a person on its own.
    /// </summary>
    public static string Maskert(Fodselsnummer fodselsnummer) => fodselsnummer.Verdi[..6] + "*****";
}
