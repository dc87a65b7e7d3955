using Kjoretoyregister.Contracts;

namespace Kjoretoyregister.Cli;

/// <summary>
/// The one rule for an identifier given on the command line, in every command of both tools: it is
/// parsed with its own type (<see cref="IIdentifikator{TSelf}"/>) before anything is opened or called,
/// and a value that is not one is named on stderr with the option, and exits <see cref="Kjoring.UgyldigBruk"/>.
/// </summary>
internal static class Identifikatorvalg
{
    /// <summary>The shortest and longest owner name searched for (the API's rule for <c>navn</c>).</summary>
    public const int MinEiernavn = 2;

    /// <inheritdoc cref="MinEiernavn"/>
    public const int MaksEiernavn = 200;

    /// <summary><paramref name="verdi"/> as a <typeparamref name="T"/>; null after naming the option and the reason on stderr.</summary>
    public static T? Les<T>(string verdi, string valg)
        where T : struct, IIdentifikator<T>
    {
        if (T.TryParse(verdi, out var resultat, out var feil))
        {
            return resultat;
        }

        Kjoring.Meld($"{valg}: {feil}");
        return null;
    }

    /// <summary>True when every value (none is fine) is a <typeparamref name="T"/>; else false after naming each one that is not.</summary>
    public static bool AlleGyldige<T>(IEnumerable<string?> verdier, string valg)
        where T : struct, IIdentifikator<T>
    {
        var gyldige = true;
        foreach (var verdi in verdier)
        {
            if (verdi is not null && Les<T>(verdi, valg) is null)
            {
                gyldige = false;
            }
        }

        return gyldige;
    }

    /// <summary>True when <paramref name="navn"/> (absent is fine) can be searched for; else false after saying why.</summary>
    public static bool GyldigEiernavn(string? navn, string valg)
    {
        if (navn is null || navn.Trim().Length is >= MinEiernavn and <= MaksEiernavn)
        {
            return true;
        }

        Kjoring.Meld($"{valg}: «{navn}» må ha {MinEiernavn}–{MaksEiernavn} tegn");
        return false;
    }
}
