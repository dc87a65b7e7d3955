namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>
/// A person who signs in with OpenID Connect is the account <c>oidc:&lt;subject&gt;</c>: the provider's stable
/// subject (ID-porten's <c>pid</c>, Entra's <c>oid</c>, else <c>sub</c>) with its case kept, since subjects are
/// compared exactly. Nothing else about the person is stored. A local username cannot contain <c>:</c>, so the
/// two kinds never meet; such an account has no password that can ever verify.
/// </summary>
public static class Oidcidentitet
{
    public const string Prefiks = "oidc:";

    public const int MaksLengde = 200;

    /// <summary>Stored in place of a password hash: not of the hash format, so no password verifies against it.</summary>
    public const string IngenPassord = "oidc";

    public const string Melding = "OIDC-identiteten må være 1–200 synlige tegn uten mellomrom (leverandørens subject, f.eks. pid fra ID-porten eller oid fra Entra ID).";

    /// <summary>True when <paramref name="brukernavn"/> names an OIDC account (any case of the prefix).</summary>
    public static bool Er(string? brukernavn) =>
        brukernavn is not null && brukernavn.TrimStart().StartsWith(Prefiks, StringComparison.OrdinalIgnoreCase);

    /// <summary>The account of a subject (given with or without <c>oidc:</c>) when it is one a provider can send, else null.</summary>
    public static string? Gyldig(string? identitet)
    {
        var subjekt = (Er(identitet) ? identitet!.TrimStart()[Prefiks.Length..] : identitet ?? "").Trim();
        return subjekt.Length is >= 1 and <= MaksLengde && subjekt.All(t => t is > ' ' and <= '~') ? Prefiks + subjekt : null;
    }

    /// <summary>The account of a subject.</summary>
    /// <exception cref="ForvaltningException">It is not one a provider can send (<see cref="Melding"/>).</exception>
    public static string Brukernavn(string? identitet) => Gyldig(identitet) ?? throw new ForvaltningException(Melding);

    /// <summary>The subject of an OIDC account, as the person's provider knows it.</summary>
    public static string Subjekt(string brukernavn) => Er(brukernavn) ? brukernavn.TrimStart()[Prefiks.Length..] : brukernavn;
}
