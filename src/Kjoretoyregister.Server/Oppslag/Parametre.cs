using System.Globalization;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Fiks;
using Kjoretoyregister.Server.Feil;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kjoretoyregister.Server.Oppslag;

/// <summary>Query parameters read as text and parsed here, so a bad value is a Fiks 400 naming it, never the framework's bare 400.</summary>
internal static class Parametre
{
    /// <summary>The point in time: null (now) when absent; a 400 <c>UGYLDIG_DTG</c> when invalid.</summary>
    public static bool Dtg(HttpContext http, string? tekst, out DateTimeOffset? dtg, out JsonHttpResult<ErrorMessage>? feil)
    {
        dtg = null;
        feil = null;
        if (string.IsNullOrEmpty(tekst))
        {
            return true;
        }

        if (Contracts.Dtg.TryParse(tekst, out var verdi, out var melding))
        {
            dtg = verdi.Tidspunkt;
            return true;
        }

        feil = FiksFeil.UgyldigForesporsel(http, Feilkode.UgyldigDtg, $"Parameteren dtg er ugyldig: {melding}");
        return false;
    }

    /// <summary>An integer between <paramref name="min"/> and <paramref name="maks"/>, <paramref name="standard"/> when absent.</summary>
    public static bool Heltall(HttpContext http, string navn, string? tekst, int standard, int min, int maks, out int verdi, out JsonHttpResult<ErrorMessage>? feil)
    {
        feil = null;
        verdi = standard;
        if (string.IsNullOrEmpty(tekst))
        {
            return true;
        }

        if (int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out verdi) && verdi >= min && verdi <= maks)
        {
            return true;
        }

        feil = FiksFeil.UgyldigForesporsel(http, Feilkode.UgyldigParameter, $"Parameteren {navn} må være et heltall fra {min} til {maks}.");
        return false;
    }

    /// <summary>An identifier of type <typeparamref name="T"/>; the message names the field and, unless it is personal, the value.</summary>
    public static bool Identifikator<T>(HttpContext http, string felt, string? tekst, string feilkode, out T verdi, out JsonHttpResult<ErrorMessage>? feil)
        where T : struct, IIdentifikator<T>
    {
        feil = null;
        if (T.TryParse(tekst, out verdi, out var melding))
        {
            return true;
        }

        feil = FiksFeil.UgyldigForesporsel(http, feilkode, tekst is null ? $"Feltet {felt} mangler." : $"Feltet {felt} er ugyldig: {melding}");
        return false;
    }
}
