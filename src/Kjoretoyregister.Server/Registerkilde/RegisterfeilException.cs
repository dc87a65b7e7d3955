namespace Kjoretoyregister.Server.Registerkilde;

/// <summary>
/// The register could not answer a lookup (live mode: Statens vegvesen unreachable, failing, slow, shielded
/// by the circuit breaker, or out of quota). Carries the Fiks answer to give: its status, errorCode and
/// message, and a <c>Retry-After</c> when there is one. The endpoint logs the lookup as failed and answers with it.
/// </summary>
public sealed class RegisterfeilException : Exception
{
    public RegisterfeilException(int status, string feilkode, string melding, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(melding, innerException)
    {
        Status = status;
        Feilkode = feilkode;
        RetryAfter = retryAfter;
    }

    public RegisterfeilException(string message)
        : this(StatusCodes.Status502BadGateway, Feil.Feilkode.RegisterUtilgjengelig, message)
    {
    }

    public RegisterfeilException(string message, Exception innerException)
        : this(StatusCodes.Status502BadGateway, Feil.Feilkode.RegisterUtilgjengelig, message, null, innerException)
    {
    }

    public int Status { get; }

    public string Feilkode { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>502/503/504 <c>REGISTER_UTILGJENGELIG</c>.</summary>
    public static RegisterfeilException Utilgjengelig(int status, string melding, Exception? indre = null, TimeSpan? retryAfter = null) =>
        new(status, Feil.Feilkode.RegisterUtilgjengelig, melding, retryAfter, indre);

    /// <summary>429 <c>KVOTE_OPPBRUKT</c>.</summary>
    public static RegisterfeilException Kvote(TimeSpan retryAfter) =>
        new(StatusCodes.Status429TooManyRequests, Feil.Feilkode.KvoteOppbrukt,
            $"Kvoten hos Statens vegvesen er brukt opp. Prøv igjen om {Math.Ceiling(retryAfter.TotalSeconds)} sekunder.", retryAfter);
}
