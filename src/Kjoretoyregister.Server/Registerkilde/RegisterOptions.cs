using Kjoretoyregister.Client.Maskinporten;

namespace Kjoretoyregister.Server.Registerkilde;

/// <summary>
/// Config section <c>Register</c>: where lookups are answered from. <see cref="Source"/> <c>Embedded</c>
/// (the default) answers from the embedded register in the data directory; <c>Svv</c> calls Statens
/// vegvesen's v2.0 API (<see cref="Svv"/>) with the platform's own Maskinporten token. With
/// <see cref="ExposeSvvApi"/> the server also serves SVV's v2.0 paths from its embedded register, as SVV's
/// side of the real topology (and a faithful SVV test double).
/// </summary>
public sealed class RegisterOptions
{
    public const string Seksjon = "Register";

    /// <summary><c>Embedded</c> or <c>Svv</c>.</summary>
    public string Source { get; set; } = Kilder.Embedded;

    /// <summary>Serve SVV's v2.0 paths under <see cref="SvvOptions.Basissti"/>, protected by Maskinporten with <see cref="SvvOptions.Scope"/>.</summary>
    public bool ExposeSvvApi { get; set; }

    /// <summary>SVV's API: where it is, its scope, and how to get tokens for it.</summary>
    public SvvOptions Svv { get; set; } = new();

    public bool ErSvv => string.Equals(Source, Kilder.Svv, StringComparison.OrdinalIgnoreCase);

    /// <summary>The values of <see cref="Source"/>.</summary>
    public static class Kilder
    {
        public const string Embedded = "Embedded";
        public const string Svv = "Svv";
    }
}

/// <summary>Config section <c>Register:Svv</c>.</summary>
public sealed class SvvOptions
{
    /// <summary>SVV's base path, under which the v2.0 paths hang.</summary>
    public const string Basissti = "/ws/no/vegvesen/kjoretoy/felles/v2";

    /// <summary>Up to and including SVV's base path, e.g. <c>https://akfell-datautlevering.atlas.vegvesen.no/ws/no/vegvesen/kjoretoy/felles/v2</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The scope SVV's API demands (and the SVV side, with <see cref="RegisterOptions.ExposeSvvApi"/>, checks).</summary>
    public string Scope { get; set; } = "svv:kjoretoy/kjoretoysok";

    /// <summary>The platform's Maskinporten client for SVV: issuer (or Miljo), token endpoint, client id, and a JWK or certificate file.</summary>
    public MaskinportenTokenOptions Maskinporten { get; set; } = new();

    /// <summary>How long one attempt may take.</summary>
    public double ForsokTidsavbruddSekunder { get; set; } = 5;

    /// <summary>How long a lookup may take in all, retries included; the caller has an answer by then.</summary>
    public double FristSekunder { get; set; } = 10;

    /// <summary>Attempts after the first, for failures that are safe to repeat (a connection never made, 503).</summary>
    public int MaksNyeForsok { get; set; } = 2;

    /// <summary>How long the circuit stays open after SVV failed often (half or more of at least 5 calls in 30 s); during it callers get 503 at once.</summary>
    public double BruddSekunder { get; set; } = 15;

    /// <summary>Calls to SVV at once; more wait in <see cref="MaksKo"/>, the rest are refused at once with 503.</summary>
    public int MaksSamtidige { get; set; } = 64;

    /// <summary>Calls that may wait for one of <see cref="MaksSamtidige"/>.</summary>
    public int MaksKo { get; set; } = 128;
}
