using System.Diagnostics;

namespace Kjoretoyregister.Client;

/// <summary>
/// The SDK's traces: an <see cref="ActivitySource"/> named <see cref="Navn"/>, with one activity per token
/// request to Maskinporten and one per call to the API. Add it to OpenTelemetry with
/// <c>.AddSource(KjoretoyregisterTelemetri.Navn)</c>. No activity carries a token, a password or a fødselsnummer.
/// </summary>
public static class KjoretoyregisterTelemetri
{
    /// <summary>The name of the SDK's <see cref="ActivitySource"/> and the category prefix of its logs.</summary>
    public const string Navn = "Kjoretoyregister.Client";

    internal static readonly ActivitySource Kilde = new(Navn, typeof(KjoretoyregisterTelemetri).Assembly.GetName().Version?.ToString());
}
