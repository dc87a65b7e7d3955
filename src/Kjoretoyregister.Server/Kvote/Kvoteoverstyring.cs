using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Server.Kvote;

/// <summary>
/// KS's override of the fair-use limits for one organisation (stored on the organisation; null = the
/// setting <c>Kvote:*</c>): its integrations' own buckets and the bucket they share. Read in the same
/// statement as the integration and its rights on every request, so a change counts from the next
/// request on every instance.
/// </summary>
public sealed record Kvoteoverstyring(int? IntegrasjonPerSekund, int? IntegrasjonKapasitet, int? OrganisasjonPerSekund, int? OrganisasjonKapasitet)
{
    /// <summary>The smallest bucket: a bulk call of 100 items (<c>Bulkliste.MaksElementer</c>) must fit in a full one.</summary>
    public const int MinsteKapasitet = 100;

    /// <summary>The largest value of any of the four (a sanity bound, far above what an instance serves).</summary>
    public const int Storste = 100_000_000;

    /// <summary>No override: the settings apply.</summary>
    public static Kvoteoverstyring Ingen { get; } = new(null, null, null, null);

    /// <summary>The override as stored: null when none of the four is set.</summary>
    public static Kvoteoverstyring? Fra(int? integrasjonPerSekund, int? integrasjonKapasitet, int? organisasjonPerSekund, int? organisasjonKapasitet) =>
        integrasjonPerSekund is null && integrasjonKapasitet is null && organisasjonPerSekund is null && organisasjonKapasitet is null
            ? null
            : new(integrasjonPerSekund, integrasjonKapasitet, organisasjonPerSekund, organisasjonKapasitet);

    /// <summary>True when none of the four is set.</summary>
    public bool ErTom => this == Ingen;

    /// <summary>The override checked; a bad value throws naming its form field.</summary>
    /// <exception cref="ForvaltningException">A value out of range (<see cref="ForvaltningException.Felt"/> names the field).</exception>
    public Kvoteoverstyring Sjekket()
    {
        Sjekk(IntegrasjonPerSekund, 1, "integrasjonPerSekund", "Oppslag per sekund per integrasjon");
        Sjekk(IntegrasjonKapasitet, MinsteKapasitet, "integrasjonKapasitet", "Kapasitet per integrasjon");
        Sjekk(OrganisasjonPerSekund, 1, "organisasjonPerSekund", "Oppslag per sekund for organisasjonen");
        Sjekk(OrganisasjonKapasitet, MinsteKapasitet, "organisasjonKapasitet", "Kapasitet for organisasjonen");
        return this;
    }

    /// <summary>The override as the change log shows it.</summary>
    public string Beskrivelse() =>
        $"per integrasjon: {Vis(IntegrasjonPerSekund)} per sekund, kapasitet {Vis(IntegrasjonKapasitet)}; "
        + $"for organisasjonen: {Vis(OrganisasjonPerSekund)} per sekund, kapasitet {Vis(OrganisasjonKapasitet)}";

    private static string Vis(int? verdi) => verdi?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "standard";

    private static void Sjekk(int? verdi, int minst, string felt, string navn)
    {
        if (verdi is { } v && (v < minst || v > Storste))
        {
            throw new ForvaltningException($"{navn} må være et heltall fra {minst} til {Storste}, eller tomt for standardverdien.", felt);
        }
    }
}
