using System.Globalization;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// The rules between an organisation's agreements and its service, and what a price may be, for every
/// engine (<see cref="ForvaltningStore"/> applies them). The tariff in force on a day is
/// <see cref="Tariff.Gjeldende"/>.
/// </summary>
internal static class Forvaltningsregler
{
    public const string Hovedavtalen = "Hovedavtalen";
    public const string Tjenestevedlegget = "Tjenestevedlegget for Fiks kjøretøyregister";

    /// <summary>The highest price accepted, in kroner: far above any real one, and well inside a 64-bit count of øre.</summary>
    public const decimal MaksPris = 1_000_000_000m;

    /// <summary>The service may be activated only while both agreements are recorded as signed.</summary>
    /// <exception cref="ForvaltningException">Activation while an agreement is missing (the message names which).</exception>
    public static void SjekkAktivering(bool aktivert, Avtaler avtaler)
    {
        if (aktivert && !avtaler.BeggeSignert)
        {
            throw new ForvaltningException(
                $"Kjøretøyregister-tjenesten kan ikke aktiveres før {Opplisting(Mangler(avtaler))} er registrert som signert.");
        }
    }

    /// <summary>An agreement cannot be withdrawn while the service is activated.</summary>
    /// <exception cref="ForvaltningException">The new agreements lack one while the service is activated (the message names which).</exception>
    public static void SjekkAvtaler(bool aktivert, Avtaler avtaler)
    {
        if (aktivert && !avtaler.BeggeSignert)
        {
            throw new ForvaltningException(
                $"{Opplisting(Mangler(avtaler))} kan ikke fjernes mens kjøretøyregister-tjenesten er aktivert. Deaktiver tjenesten først.");
        }
    }

    /// <summary>The refusal of a second organisation with <paramref name="finnes"/>'s organisasjonsnummer, naming the field and the one that has it.</summary>
    public static ForvaltningException OrganisasjonsnummerIBruk(Organisasjon finnes) => new(
        $"Organisasjonsnummer {finnes.Organisasjonsnummer} er allerede registrert på «{finnes.Navn}» (Fiks-organisasjonID {finnes.FiksOrgId}); "
        + "én organisasjon per organisasjonsnummer.",
        "organisasjonsnummer");

    /// <summary>Kroner as whole øre; refused when negative, with more than two decimals, or absurdly high.</summary>
    /// <exception cref="ForvaltningException">The price cannot be used; the message names <paramref name="felt"/>.</exception>
    public static long Ore(decimal kroner, string felt)
    {
        if (kroner > MaksPris)
        {
            throw new ForvaltningException($"{felt} kan være høyst {MaksPris.ToString("N0", CultureInfo.GetCultureInfo("nb-NO"))} kr.");
        }

        var ore = kroner * 100m;
        return kroner >= 0m && ore == decimal.Truncate(ore)
            ? decimal.ToInt64(ore)
            : throw new ForvaltningException($"{felt} må være 0 eller mer, med høyst to desimaler.");
    }

    /// <summary>The names of the agreements not signed in <paramref name="avtaler"/>, Hovedavtalen first.</summary>
    private static List<string> Mangler(Avtaler avtaler) =>
    [
        .. avtaler.Hovedavtale is null ? [Hovedavtalen] : Array.Empty<string>(),
        .. avtaler.Tjenestevedlegg is null ? [Tjenestevedlegget] : Array.Empty<string>(),
    ];

    private static string Opplisting(List<string> navn) => string.Join(" og ", navn);
}
