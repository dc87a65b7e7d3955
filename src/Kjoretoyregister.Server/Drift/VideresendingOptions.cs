using System.Net;

namespace Kjoretoyregister.Server.Drift;

/// <summary>
/// Config section <c>ForwardedHeaders</c>: the proxies (TLS terminators, load balancers) whose
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the server believes. Empty (the default): no
/// proxy is believed and the headers are ignored.
/// </summary>
public sealed class VideresendingOptions
{
    public const string Seksjon = "ForwardedHeaders";

    /// <summary>The framework's own switch (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>), which believes every sender.</summary>
    public const string RammeverketsBryter = "FORWARDEDHEADERS_ENABLED";

    /// <summary>The proxies' own addresses, e.g. <c>10.0.0.5</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks the proxies are in, in CIDR form, e.g. <c>10.0.0.0/8</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies in a row are believed (the entries of <c>X-Forwarded-For</c> read from the right).</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>Whether any proxy is named.</summary>
    public bool Aktiv => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>The first entry that is not an IP address (proxies) or a network (networks), with its key; null when all are.</summary>
    public string? Feil()
    {
        if (KnownProxies.FirstOrDefault(p => !IPAddress.TryParse(p, out _)) is { } proxy)
        {
            return $"{Seksjon}:{nameof(KnownProxies)} må være IP-adresser; «{proxy}» er ikke det.";
        }

        if (KnownNetworks.FirstOrDefault(n => !IPNetwork.TryParse(n, out _)) is { } nett)
        {
            return $"{Seksjon}:{nameof(KnownNetworks)} må være nett i CIDR-form, f.eks. 10.0.0.0/8; «{nett}» er ikke det.";
        }

        return ForwardLimit < 1 ? $"{Seksjon}:{nameof(ForwardLimit)} må være minst 1." : null;
    }
}
