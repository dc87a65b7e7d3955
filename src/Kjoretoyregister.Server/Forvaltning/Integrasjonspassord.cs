using System.Globalization;
using System.Security.Cryptography;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// Integration passwords: generated at random, stored only as a salted PBKDF2-HMAC-SHA512 hash
/// (OWASP's 210,000 iterations) in the self-describing form <c>pbkdf2-sha512$iterations$salt$hash</c>.
/// Verifying costs tens of milliseconds on purpose; the authentication chain caches what it verified.
/// </summary>
public static class Integrasjonspassord
{
    /// <summary>The iteration count used for new hashes.</summary>
    public const int Iterasjoner = 210_000;

    private const string Algoritme = "pbkdf2-sha512";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>A new password: 32 random bytes, base64url (43 characters, no padding).</summary>
    public static string Generer() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A salted slow hash of <paramref name="passord"/>.</summary>
    public static string Hash(string passord)
    {
        ArgumentException.ThrowIfNullOrEmpty(passord);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(passord, salt, Iterasjoner, HashAlgorithmName.SHA512, HashBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{Algoritme}${Iterasjoner}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>True when <paramref name="passord"/> matches <paramref name="lagretHash"/>; false for any malformed hash.</summary>
    public static bool Verifiser(string passord, string lagretHash)
    {
        var deler = lagretHash.Split('$');
        if (deler.Length != 4 || deler[0] != Algoritme
            || !int.TryParse(deler[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterasjoner) || iterasjoner < 1)
        {
            return false;
        }

        byte[] salt, forventet;
        try
        {
            salt = Convert.FromBase64String(deler[2]);
            forventet = Convert.FromBase64String(deler[3]);
        }
        catch (FormatException)
        {
            return false;
        }

        var faktisk = Rfc2898DeriveBytes.Pbkdf2(passord, salt, iterasjoner, HashAlgorithmName.SHA512, forventet.Length);
        return CryptographicOperations.FixedTimeEquals(faktisk, forventet);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
