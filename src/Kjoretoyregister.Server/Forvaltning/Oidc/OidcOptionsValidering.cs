using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Server.Forvaltning.Oidc;

/// <summary>Refuses a half-made OIDC config at start, each message naming the key to fix.</summary>
public sealed class OidcOptionsValidering : IValidateOptions<OidcOptions>
{
    public ValidateOptionsResult Validate(string? name, OidcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Aktiv)
        {
            return ValidateOptionsResult.Success;
        }

        const string s = OidcOptions.Seksjon;
        var feil = new List<string>();
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
        {
            feil.Add($"{s}:Authority må være en absolutt https-adresse (utstederen), f.eks. https://idporten.no.");
        }
        else if (authority.Scheme != "https" && options.RequireHttpsMetadata)
        {
            feil.Add($"{s}:Authority må bruke https (eller sett {s}:RequireHttpsMetadata=false, bare for test).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            feil.Add($"{s}:ClientId mangler (påkrevd når {s}:Authority er satt).");
        }

        var hemmelighet = !string.IsNullOrWhiteSpace(options.ClientSecret);
        var nokkelfil = !string.IsNullOrWhiteSpace(options.ClientAssertionKeyFile);
        if (hemmelighet == nokkelfil)
        {
            feil.Add($"Sett enten {s}:ClientSecret eller {s}:ClientAssertionKeyFile (private_key_jwt), ikke begge og ikke ingen.");
        }
        else if (nokkelfil && Nokkelfeil(options.ClientAssertionKeyFile!) is { } nokkelFeil)
        {
            feil.Add($"{s}:ClientAssertionKeyFile: {nokkelFeil}");
        }

        if (!string.IsNullOrWhiteSpace(options.ClientAssertionAudience) && !Uri.TryCreate(options.ClientAssertionAudience, UriKind.Absolute, out _))
        {
            feil.Add($"{s}:ClientAssertionAudience må være en absolutt adresse.");
        }

        if (string.IsNullOrWhiteSpace(options.SubjectClaim) || options.SubjectClaim.Any(char.IsWhiteSpace))
        {
            feil.Add($"{s}:SubjectClaim må være navnet på ett claim, f.eks. pid (ID-porten) eller oid (Entra ID).");
        }

        if (string.IsNullOrWhiteSpace(options.Knappetekst) || options.Knappetekst.Length > 40)
        {
            feil.Add($"{s}:Knappetekst må være 1–40 tegn.");
        }

        return feil.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(feil);
    }

    private static string? Nokkelfeil(string fil)
    {
        if (!File.Exists(fil))
        {
            return $"finner ikke filen «{fil}».";
        }

        try
        {
            using var nokkel = Klientpastand.LesNokkel(fil);
            return null;
        }
        catch (CryptographicException)
        {
            return "filen er ikke en privat RSA- eller EC-nøkkel i PEM.";
        }
        catch (ArgumentException)
        {
            return "filen er ikke en privat RSA- eller EC-nøkkel i PEM.";
        }
    }
}
