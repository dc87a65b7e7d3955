namespace Kjoretoyregister.Server.Oppslag;

/// <summary>
/// Endpoint metadata on every lookup: the operation its audit rows name, and the route value or query
/// parameter that holds its key (null when the key is in the body). The authentication chain uses it to
/// audit a call it refuses after authentication (FORMAL_MANGLER, FORMAL_UKJENT, KVOTE_OPPBRUKT) before a
/// handler has read the request; a key in the body is not read for that, and is logged as empty.
/// </summary>
public sealed record Loggoperasjon(string Operasjon, string? Nokkelparameter = null)
{
    /// <summary>The request's endpoint's operation; a lookup route without one is a programming error, never an unaudited refusal.</summary>
    public static Loggoperasjon For(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.GetEndpoint()?.Metadata.GetMetadata<Loggoperasjon>()
            ?? throw new InvalidOperationException("Oppslaget mangler Loggoperasjon; har ruten WithMetadata(new Loggoperasjon(...))?");
    }

    /// <summary>The key as the request carries it in the route or the query (trimmed); empty when it has none there.</summary>
    public string Nokkel(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (Nokkelparameter is null)
        {
            return "";
        }

        var nokkel = http.GetRouteValue(Nokkelparameter) as string ?? http.Request.Query[Nokkelparameter].ToString();
        return nokkel.Trim();
    }
}
