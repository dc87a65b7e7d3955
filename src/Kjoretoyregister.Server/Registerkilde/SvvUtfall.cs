using System.Text.Json;
using Kjoretoyregister.Client.Maskinporten;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Kjoretoyregister.Server.Registerkilde;

/// <summary>The outcome of one call to Statens vegvesen as the metrics name it (tag <c>utfall</c>/<c>grunn</c>).</summary>
public static class SvvUtfall
{
    public const string Ok = "ok";
    public const string IngenTreff = "ingen_treff";
    public const string Avvist400 = "avvist_400";
    public const string Tidsavbrudd = "tidsavbrudd";
    public const string Kretsbrudd = "kretsbrudd";
    public const string KoFull = "ko_full";
    public const string Nettverk = "nettverk";
    public const string UgyldigSvar = "ugyldig_svar";
    public const string Kvote = "kvote";
    public const string Utilgjengelig = "utilgjengelig";
    public const string Token = "token";
    public const string Avbrutt = "avbrutt";
    public const string Feil = "feil";

    /// <summary>Why a call failed, from the <see cref="RegisterfeilException"/> it became.</summary>
    public static string Av(RegisterfeilException feil)
    {
        ArgumentNullException.ThrowIfNull(feil);
        return feil switch
        {
            { InnerException: BrokenCircuitException } => Kretsbrudd,
            { InnerException: RateLimiterRejectedException } => KoFull,
            { InnerException: MaskinportenException } => Token,
            { InnerException: TimeoutRejectedException or OperationCanceledException } => Tidsavbrudd,
            { InnerException: HttpRequestException } => Nettverk,
            { InnerException: JsonException } => UgyldigSvar,
            { Feilkode: Kjoretoyregister.Server.Feil.Feilkode.KvoteOppbrukt } => Kvote,
            { Status: StatusCodes.Status400BadRequest } => Avvist400,
            { Status: StatusCodes.Status503ServiceUnavailable } => Utilgjengelig,
            _ => Feil,
        };
    }
}
