namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>
/// What a username may be: 3–64 of a–z, 0–9, <c>.</c>, <c>_</c>, <c>@</c> and <c>-</c>, compared without
/// regard to case (stored lower case), so an e-mail address works as one.
/// </summary>
public static class Brukernavnregler
{
    public const int MinLengde = 3;
    public const int MaksLengde = 64;

    public const string Melding = "Brukernavn må være 3–64 tegn: a–z, 0–9, punktum, understrek, @ eller bindestrek.";

    /// <summary>
    /// The username as stored: trimmed and lower case (no check; for lookups). An OIDC account
    /// (<see cref="Oidcidentitet"/>) keeps the subject's case: only its prefix is lower case.
    /// </summary>
    public static string Normaliser(string? brukernavn) =>
        Oidcidentitet.Er(brukernavn) ? Oidcidentitet.Prefiks + Oidcidentitet.Subjekt(brukernavn!.Trim()).Trim()
        : (brukernavn ?? "").Trim().ToLowerInvariant();

    /// <summary>The username as stored.</summary>
    /// <exception cref="ForvaltningException">It is not a valid username (<see cref="Melding"/>).</exception>
    public static string Sjekk(string? brukernavn) =>
        Gyldig(Normaliser(brukernavn)) is { } gyldig ? gyldig : throw new ForvaltningException(Melding);

    /// <summary>The username as stored when valid, else null.</summary>
    public static string? Gyldig(string? brukernavn)
    {
        var normalisert = Normaliser(brukernavn);
        return normalisert.Length is >= MinLengde and <= MaksLengde && normalisert.All(Tillatt) ? normalisert : null;
    }

    private static bool Tillatt(char tegn) => tegn is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '@' or '-';
}
