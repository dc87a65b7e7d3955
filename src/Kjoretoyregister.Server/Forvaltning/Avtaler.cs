namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// The two agreements a kommune signs with KS before the kjøretøyregister service can be activated:
/// the main agreement (Hovedavtalen) and the service annex (Tjenestevedlegg for Fiks kjøretøyregister).
/// A date is the day it was signed; null means not signed (yet).
/// </summary>
public sealed record Avtaler(DateOnly? Hovedavtale, DateOnly? Tjenestevedlegg)
{
    public static readonly Avtaler Ingen = new(null, null);

    /// <summary>True when both are signed, so the service may be activated.</summary>
    public bool BeggeSignert => Hovedavtale is not null && Tjenestevedlegg is not null;
}
