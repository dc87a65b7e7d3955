using System.Globalization;
using Kjoretoyregister.Register;

namespace Kjoretoyregister.Server.Oppslag;

/// <summary>
/// The parameters of an owner-name search, read the same way on the Fiks side, the SVV side and the lookup
/// page: the name (2–200 characters after trimming) and the optional narrowing (<c>erPerson</c>,
/// <c>postnummer</c>, <c>poststed</c>, <c>fylke</c>, <c>fodselsdato</c>, <c>ekskluderVraketUtfort</c>,
/// <c>fonetisk</c>; docs/eiersok.md). Every message names the parameter at fault.
/// </summary>
internal static class Eiernavnparametre
{
    public const string NavnMelding = "Parameteren navn må ha 2–200 tegn.";

    /// <summary>The name to search for, trimmed; null when it is not 2–200 characters.</summary>
    public static string? Navn(string? navn) => navn?.Trim() is { Length: >= 2 and <= 200 } sokenavn ? sokenavn : null;

    /// <summary>The narrowing, or the message naming the parameter at fault.</summary>
    public static (EiernavnFilter? Filter, string? Feil) Filter(
        string? erPerson, string? postnummer, string? poststed, string? fylke, string? fodselsdato, string? ekskluderVraketUtfort, string? fonetisk)
    {
        if (!Sannhetsverdi(erPerson, out var person))
        {
            return (null, "Parameteren erPerson må være true eller false.");
        }

        if (!string.IsNullOrEmpty(postnummer) && !Sifre(postnummer, 4))
        {
            return (null, "Parameteren postnummer må ha fire sifre.");
        }

        if (!string.IsNullOrEmpty(fylke) && (!Sifre(fylke, 2) || fylke == "00"))
        {
            return (null, "Parameteren fylke må være et fylkesnummer med to sifre (for eksempel 46 for Vestland).");
        }

        DateOnly? dato = null;
        if (!string.IsNullOrEmpty(fodselsdato))
        {
            if (!DateOnly.TryParseExact(fodselsdato, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var verdi))
            {
                return (null, "Parameteren fodselsdato må være en dato på formen åååå-mm-dd.");
            }

            dato = verdi;
        }

        if (!Sannhetsverdi(ekskluderVraketUtfort, out var ekskluder))
        {
            return (null, "Parameteren ekskluderVraketUtfort må være true eller false.");
        }

        if (!Sannhetsverdi(fonetisk, out var lyd))
        {
            return (null, "Parameteren fonetisk må være true eller false.");
        }

        return (new EiernavnFilter(
            person,
            string.IsNullOrEmpty(postnummer) ? null : postnummer,
            string.IsNullOrWhiteSpace(poststed) ? null : poststed.Trim(),
            string.IsNullOrEmpty(fylke) ? null : fylke,
            dato,
            ekskluder ?? false,
            lyd ?? false), null);
    }

    /// <summary>True when absent (<paramref name="verdi"/> null) or <c>true</c>/<c>false</c> in any case.</summary>
    private static bool Sannhetsverdi(string? tekst, out bool? verdi)
    {
        verdi = null;
        if (string.IsNullOrEmpty(tekst))
        {
            return true;
        }

        if (!bool.TryParse(tekst, out var lest))
        {
            return false;
        }

        verdi = lest;
        return true;
    }

    private static bool Sifre(string tekst, int antall) => tekst.Length == antall && tekst.All(char.IsAsciiDigit);
}
