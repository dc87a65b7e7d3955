using System.Security.Cryptography.X509Certificates;

namespace Kjoretoyregister.Client.Maskinporten;

/// <summary>
/// How <see cref="MaskinportenTokenProvider"/> gets tokens: which Maskinporten (a preset in
/// <see cref="Miljo"/> or any <see cref="Issuer"/>, such as the local one of the embedded server), the
/// client's <see cref="ClientId"/>, and exactly one way of signing the JWT grant: a virksomhetssertifikat
/// (<see cref="SertifikatFil"/>, <see cref="Sertifikat"/> or <see cref="SertifikatThumbprint"/> in the machine's
/// certificate store; the chain in <c>x5c</c>, and <see cref="Kid"/> as <c>kid</c> when set) or a key registered on
/// the client (<see cref="Jwk"/>, <see cref="JwkFil"/> or <see cref="PemFil"/> with <see cref="Kid"/>; <c>kid</c> in the header).
/// </summary>
public sealed class MaskinportenTokenOptions
{
    /// <summary>Digdir's production Maskinporten.</summary>
    public const string ProduksjonIssuer = "https://maskinporten.no/";

    /// <summary>Digdir's test Maskinporten.</summary>
    public const string TestIssuer = "https://test.maskinporten.no/";

    /// <summary>The longest lifetime Maskinporten accepts for a grant (<c>exp - iat</c>).</summary>
    public const int MaksAssertionLevetidSekunder = 120;

    /// <summary><c>Produksjon</c> or <c>Test</c>: Digdir's issuer and token endpoint. Leave empty and set <see cref="Issuer"/> for any other.</summary>
    public string? Miljo { get; set; }

    /// <summary>The issuer, with its trailing slash; the grant's <c>aud</c>.</summary>
    public string? Issuer { get; set; }

    /// <summary>The token endpoint; <see cref="Issuer"/> + <c>token</c> when empty.</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>The Maskinporten client's client_id; the grant's <c>iss</c>.</summary>
    public string? ClientId { get; set; }

    /// <summary>The scope asked for when a call names none. Fiks: <c>ks:fiks</c>.</summary>
    public string Scope { get; set; } = "ks:fiks";

    /// <summary>Optional <c>resource</c> claim: the API the token is meant for (its <c>aud</c>).</summary>
    public string? Resource { get; set; }

    /// <summary>Optional: the organisation number a supplier asks on behalf of (<c>consumer_org</c>), when a call names none.</summary>
    public string? ConsumerOrg { get; set; }

    /// <summary>A virksomhetssertifikat as a PKCS#12 file (.p12/.pfx) with its private key.</summary>
    public string? SertifikatFil { get; set; }

    /// <summary>The password of <see cref="SertifikatFil"/>.</summary>
    public string? SertifikatPassord { get; set; }

    /// <summary>A virksomhetssertifikat already loaded, with its private key.</summary>
    public X509Certificate2? Sertifikat { get; set; }

    /// <summary>The virksomhetssertifikat's SHA-1 thumbprint in the machine's certificate store (<see cref="SertifikatStoreLocation"/>\<see cref="SertifikatStoreName"/>); spaces are ignored.</summary>
    public string? SertifikatThumbprint { get; set; }

    /// <summary>The store <see cref="SertifikatThumbprint"/> is looked up in; <c>My</c> (personal) unless set.</summary>
    public StoreName SertifikatStoreName { get; set; } = StoreName.My;

    /// <summary>Where the store lies: <c>CurrentUser</c> unless set; a Windows service with the certificate under the machine uses <c>LocalMachine</c>.</summary>
    public StoreLocation SertifikatStoreLocation { get; set; } = StoreLocation.CurrentUser;

    /// <summary>
    /// Optional: the certificate's intermediates (PEM, one or more; or one DER certificate), sent in <c>x5c</c> after the
    /// certificate itself. Unset: the chain the machine can build from its stores.
    /// </summary>
    public string? SertifikatKjedeFil { get; set; }

    /// <summary>The client's private RSA key as JWK JSON, with <c>kid</c> (demo.json's <c>maskinporten.jwk</c>).</summary>
    public string? Jwk { get; set; }

    /// <summary>A file holding <see cref="Jwk"/>.</summary>
    public string? JwkFil { get; set; }

    /// <summary>The client's private RSA key as a PEM file; needs <see cref="Kid"/>.</summary>
    public string? PemFil { get; set; }

    /// <summary>
    /// The key id: required with <see cref="PemFil"/>; with a certificate, the <c>kid</c> Digdir gave a client with a
    /// pre-registered certificate, sent together with <c>x5c</c>. (A JWK carries its own.)
    /// </summary>
    public string? Kid { get; set; }

    /// <summary>The grant's lifetime (<c>exp - iat</c>), at most 120 seconds.</summary>
    public int AssertionLevetidSekunder { get; set; } = 100;

    /// <summary>How long before a token's expiry a new one is fetched.</summary>
    public int FornyingsmarginSekunder { get; set; } = 20;

    /// <summary>How many times a token request is sent again after a transient failure: no connection, a timeout, 408, 429 or 5xx (0 = never).</summary>
    public int MaksNyeForsok { get; set; } = 2;

    /// <summary>The time one token request may take before it counts as failed (and is tried again).</summary>
    public int TidsavbruddSekunder { get; set; } = 30;

    /// <summary>The issuer in use, the preset's when <see cref="Miljo"/> is set.</summary>
    public string? EffektivIssuer => Miljo?.Trim().ToUpperInvariant() switch
    {
        "PRODUKSJON" => ProduksjonIssuer,
        "TEST" => TestIssuer,
        _ => Issuer,
    };

    /// <summary>The token endpoint in use: <see cref="TokenEndpoint"/>, or the issuer's <c>token</c>.</summary>
    public string? EffektivTokenEndpoint =>
        !string.IsNullOrWhiteSpace(TokenEndpoint) ? TokenEndpoint
        : EffektivIssuer is { } issuer ? issuer.TrimEnd('/') + "/token"
        : null;
}
