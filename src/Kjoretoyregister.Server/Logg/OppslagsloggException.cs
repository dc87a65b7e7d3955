namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// The audit rows could not be committed (or the log is shut down): the caller must answer 503 and give
/// out no data. The cause, if any, is the inner exception. The message never holds personal data.
/// </summary>
public sealed class OppslagsloggException : Exception
{
    public OppslagsloggException()
        : this("Oppslagsloggen kunne ikke skrives")
    {
    }

    public OppslagsloggException(string message)
        : base(message)
    {
    }

    public OppslagsloggException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
