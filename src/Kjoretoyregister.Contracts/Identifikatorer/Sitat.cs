namespace Kjoretoyregister.Contracts;

/// <summary>Gjengir en innverdi i en feilmelding: i enkle anførselstegn, avkortet når den er lang.</summary>
internal static class Sitat
{
    private const int MaksLengde = 40;

    public static string Av(string? verdi)
    {
        if (verdi is null)
        {
            return "''";
        }

        return verdi.Length <= MaksLengde
            ? string.Concat("'", verdi, "'")
            : "'" + verdi.Substring(0, MaksLengde) + "…'";
    }
}
