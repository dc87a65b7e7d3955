using Kjoretoyregister.Contracts;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>The checks on what an operator types: names, descriptions, invoicing details, organisation numbers.</summary>
internal static class Forvaltningsfelt
{
    public const int MaksNavn = 200;
    public const int MaksBeskrivelse = 1000;
    public const int MaksFakturaadresse = 500;
    public const int MaksFakturareferanse = 200;

    /// <summary>The name trimmed; refused when empty or longer than <see cref="MaksNavn"/>.</summary>
    /// <exception cref="ForvaltningException">The name is empty or too long; the message names <paramref name="felt"/>.</exception>
    public static string Navn(string? verdi, string felt)
    {
        var navn = verdi?.Trim();
        if (string.IsNullOrEmpty(navn))
        {
            throw new ForvaltningException($"{felt} mangler.");
        }

        return navn.Length <= MaksNavn
            ? navn
            : throw new ForvaltningException($"{felt} er for langt: {navn.Length} tegn, høyst {MaksNavn} er tillatt.");
    }

    /// <summary>The description trimmed, null when empty; refused when longer than <see cref="MaksBeskrivelse"/>.</summary>
    public static string? Beskrivelse(string? verdi)
    {
        var beskrivelse = verdi?.Trim();
        if (string.IsNullOrEmpty(beskrivelse))
        {
            return null;
        }

        return beskrivelse.Length <= MaksBeskrivelse
            ? beskrivelse
            : throw new ForvaltningException($"Beskrivelse er for lang: {beskrivelse.Length} tegn, høyst {MaksBeskrivelse} er tillatt.");
    }

    /// <summary>The invoice address trimmed; refused when empty or longer than <see cref="MaksFakturaadresse"/>.</summary>
    public static string Fakturaadresse(string? verdi)
    {
        var adresse = verdi?.Trim();
        if (string.IsNullOrEmpty(adresse))
        {
            throw new ForvaltningException("Fakturaadresse mangler.");
        }

        return adresse.Length <= MaksFakturaadresse
            ? adresse
            : throw new ForvaltningException($"Fakturaadresse er for lang: {adresse.Length} tegn, høyst {MaksFakturaadresse} er tillatt.");
    }

    /// <summary>The invoice reference trimmed, null when empty; refused when longer than <see cref="MaksFakturareferanse"/>.</summary>
    public static string? Fakturareferanse(string? verdi)
    {
        var referanse = verdi?.Trim();
        if (string.IsNullOrEmpty(referanse))
        {
            return null;
        }

        return referanse.Length <= MaksFakturareferanse
            ? referanse
            : throw new ForvaltningException($"Fakturareferanse er for lang: {referanse.Length} tegn, høyst {MaksFakturareferanse} er tillatt.");
    }

    /// <summary>Refuses the empty <c>default</c> organisation number.</summary>
    public static string Organisasjonsnummer(Organisasjonsnummer organisasjonsnummer, string felt) =>
        organisasjonsnummer.Verdi.Length > 0 ? organisasjonsnummer.Verdi : throw new ForvaltningException($"{felt} mangler.");
}
