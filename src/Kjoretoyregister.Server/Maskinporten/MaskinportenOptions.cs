namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// Config section <c>Maskinporten</c>. With no <see cref="Issuer"/> the server runs the local
/// Maskinporten issuer of CONTRACT.md §6 under <c>/maskinporten/</c> and trusts it; with an issuer
/// (production: <c>https://maskinporten.no/</c>, test: <c>https://test.maskinporten.no/</c>) the
/// local issuer is off and tokens are validated against that issuer's metadata.
/// </summary>
public sealed class MaskinportenOptions
{
    public const string Seksjon = "Maskinporten";

    /// <summary>The trusted issuer, exactly as tokens carry it in <c>iss</c> (with its trailing slash).</summary>
    public string? Issuer { get; set; }

    /// <summary>
    /// Optional: when set, a caller's token must carry <c>aud</c> exactly equal to this (Maskinporten sets
    /// <c>aud</c> from the <c>resource</c> the client asked for); unset, <c>aud</c> is not checked.
    /// </summary>
    public string? Audience { get; set; }

    /// <summary>The scope a caller's token must carry.</summary>
    public string Scope { get; set; } = "ks:fiks";

    /// <summary>The lifetime of access tokens the local issuer hands out, in seconds (Maskinporten: 120).</summary>
    public int TokenLevetidSekunder { get; set; } = 120;

    /// <summary>
    /// The shortest time between two fetches of the issuer's metadata and keys when a token names an
    /// unknown <c>kid</c> (a key rotation); in between, such tokens are refused without a fetch.
    /// </summary>
    public int NokkelOppfriskingSekunder { get; set; } = 30;

    /// <summary>
    /// The local issuer's own issuer URL when several instances serve it behind one address (a load
    /// balancer), e.g. <c>https://kjoretoy.example.no/maskinporten/</c>: every instance then issues and
    /// trusts tokens under that one name. Unset, it is the address this server listens on.
    /// </summary>
    public string? LokalIssuer { get; set; }

    /// <summary>True when the local issuer is in use.</summary>
    public bool LokalUtsteder => string.IsNullOrWhiteSpace(Issuer);
}
