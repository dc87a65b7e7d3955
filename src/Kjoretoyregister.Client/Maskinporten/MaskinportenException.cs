using System.Net;

namespace Kjoretoyregister.Client.Maskinporten;

/// <summary>
/// Maskinporten refused to hand out a token: <see cref="Feilkode"/> is its <c>error</c> (e.g.
/// <c>invalid_grant</c>, <c>invalid_scope</c>, <c>invalid_client</c>) and <see cref="Beskrivelse"/> its
/// <c>error_description</c>. An answer that is not Maskinporten's error shape has <c>Feilkode</c>
/// <c>ugyldig_svar</c>.
/// </summary>
public sealed class MaskinportenException : Exception
{
    public MaskinportenException(HttpStatusCode status, string feilkode, string? beskrivelse, Exception? indre = null)
        : base($"Maskinporten svarte {(int)status} {feilkode}: {beskrivelse}", indre)
    {
        Status = status;
        Feilkode = feilkode;
        Beskrivelse = beskrivelse;
    }

    /// <summary>The HTTP status of Maskinporten's answer.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>Maskinporten's <c>error</c>.</summary>
    public string Feilkode { get; }

    /// <summary>Maskinporten's <c>error_description</c>.</summary>
    public string? Beskrivelse { get; }
}
