namespace Kjoretoyregister.Client.Maskinporten;

/// <summary>Reads a file named by an option; a missing or unreadable file is a <see cref="MaskinportenKonfigurasjonException"/> naming the option.</summary>
internal static class Filer
{
    public static string LesTekst(string fil, string navn) => Les(fil, navn, File.ReadAllText);

    public static byte[] LesBytes(string fil, string navn) => Les(fil, navn, File.ReadAllBytes);

    private static T Les<T>(string fil, string navn, Func<string, T> les)
    {
        if (!File.Exists(fil))
        {
            throw new MaskinportenKonfigurasjonException($"Maskinporten:{navn}: finner ikke filen {fil}.");
        }

        try
        {
            return les(fil);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MaskinportenKonfigurasjonException($"Maskinporten:{navn}: kunne ikke lese {fil}: {e.Message}", e);
        }
    }
}
