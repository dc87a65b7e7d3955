namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>The local issuer's log lines: who got a token for what, and why a request was refused. Never the assertion or the token.</summary>
internal static partial class MaskinportenLogg
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Maskinporten-token utstedt til klient {KlientId} med scope {Scope}")]
    public static partial void TokenUtstedt(ILogger logger, string klientId, string scope);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Maskinporten-tokenforespørsel avvist: {Feilkode} ({Beskrivelse})")]
    public static partial void TokenAvvist(ILogger logger, string feilkode, string beskrivelse);
}
