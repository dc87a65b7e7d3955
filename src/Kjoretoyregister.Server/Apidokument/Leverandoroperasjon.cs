namespace Kjoretoyregister.Server.Apidokument;

/// <summary>
/// Endpoint metadata marking an operation of the vendors' API (CONTRACT.md §4): only these are in the
/// document <c>v1</c>, and each gets the Fiks headers, the Maskinporten requirement and the error answers.
/// </summary>
/// <param name="HarKropp">Whether the operation reads a JSON body (so it can also answer 415).</param>
public sealed record Leverandoroperasjon(bool HarKropp);
