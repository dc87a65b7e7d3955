namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>What a password a person chooses must be: long rather than complicated (NSM's advice).</summary>
public static class Passordregler
{
    public const int MinLengde = 12;
    public const int MaksLengde = 200;

    /// <summary>Why <paramref name="passord"/> cannot be used; null when it can.</summary>
    public static string? Feil(string? passord, string brukernavn)
    {
        if (string.IsNullOrEmpty(passord) || passord.Length < MinLengde)
        {
            return $"Nytt passord må være minst {MinLengde} tegn.";
        }

        if (passord.Length > MaksLengde)
        {
            return $"Nytt passord kan være høyst {MaksLengde} tegn.";
        }

        return passord.Contains(brukernavn, StringComparison.OrdinalIgnoreCase)
            ? "Nytt passord kan ikke inneholde brukernavnet."
            : null;
    }
}
