using Kjoretoyregister.Register;

namespace Kjoretoyregister.Server.Oppslag;

/// <summary>
/// The parameters of an owner-name search, read the same way on the Fiks side and the SVV side: the
/// name (2–200 characters after trimming) and the optional narrowing (<c>erPerson</c>, <c>postnummer</c>,
/// <c>poststed</c>; <c>fylke</c> and <c>fodselsdato</c> refused until the register has them).
/// </summary>
internal static class Eiernavnparametre
{
    public const string NavnMelding = "Parameteren navn må ha 2–200 tegn.";

    /// <summary>The name to search for, trimmed; null when it is not 2–200 characters.</summary>
    public static string? Navn(string? navn) => navn?.Trim() is { Length: >= 2 and <= 200 } sokenavn ? sokenavn : null;

    /// <summary>The narrowing, or the message naming the parameter at fault.</summary>
    public static (EiernavnFilter? Filter, string? Feil) Filter(string? erPerson, string? postnummer, string? poststed, string? fylke, string? fodselsdato)
    {
        if (!string.IsNullOrEmpty(fylke) || !string.IsNullOrEmpty(fodselsdato))
        {
            return (null, "Parameterne fylke og fodselsdato støttes ikke av dette registeret ennå.");
        }

        bool? person = null;
        if (!string.IsNullOrEmpty(erPerson))
        {
            if (!bool.TryParse(erPerson, out var verdi))
            {
                return (null, "Parameteren erPerson må være true eller false.");
            }

            person = verdi;
        }

        if (!string.IsNullOrEmpty(postnummer) && (postnummer.Length != 4 || !postnummer.All(char.IsAsciiDigit)))
        {
            return (null, "Parameteren postnummer må ha fire sifre.");
        }

        return (new EiernavnFilter(person, string.IsNullOrEmpty(postnummer) ? null : postnummer, string.IsNullOrWhiteSpace(poststed) ? null : poststed.Trim()), null);
    }
}
