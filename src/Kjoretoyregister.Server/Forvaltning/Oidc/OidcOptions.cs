namespace Kjoretoyregister.Server.Forvaltning.Oidc;

/// <summary>
/// Config section <c>Forvaltning:Oidc</c>: sign-in to forvaltning with OpenID Connect (ID-porten, the
/// municipality's Entra ID or any provider) beside the local accounts. Off while <see cref="Authority"/> is
/// empty. Checked at start by <see cref="OidcOptionsValidering"/>, each error naming its key.
/// </summary>
public sealed class OidcOptions
{
    public const string Seksjon = "Forvaltning:Oidc";

    /// <summary>The provider's issuer, e.g. <c>https://idporten.no</c>; its metadata is read from <c>/.well-known/openid-configuration</c>.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>A client secret (<c>client_secret_post</c>); or <see cref="ClientAssertionKeyFile"/>, not both.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A PEM file with the client's private key (RSA or EC) for <c>private_key_jwt</c>, as ID-porten wants.</summary>
    public string? ClientAssertionKeyFile { get; set; }

    /// <summary>The key's <c>kid</c> in the assertion's header (ID-porten: the key id registered with the client).</summary>
    public string? ClientAssertionKeyId { get; set; }

    /// <summary>The assertion's <c>aud</c>; the provider's issuer when empty.</summary>
    public string? ClientAssertionAudience { get; set; }

    /// <summary>Scopes beside <c>openid</c>, separated by spaces.</summary>
    public string Scopes { get; set; } = "";

    /// <summary>The ID token claim that names the person: <c>pid</c> (ID-porten), <c>oid</c> (Entra ID); <c>sub</c> when the token lacks it.</summary>
    public string SubjectClaim { get; set; } = "pid";

    /// <summary>The login page's button reads «Logg inn med {Knappetekst}».</summary>
    public string Knappetekst { get; set; } = "ID-porten";

    /// <summary>False only for a provider on plain HTTP in a test.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Aktiv => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>The provider's origin (<c>https://host[:port]</c>), which the UI's CSP allows as a form target: sign-in and sign-out redirect there.</summary>
    public string? Opphav => Aktiv && Uri.TryCreate(Authority, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;
}
