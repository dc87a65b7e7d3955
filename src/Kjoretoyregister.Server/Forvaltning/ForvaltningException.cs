namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// A change in forvaltning (organisations, integrations, accounts, tariff) that cannot be made; the message
/// says why, in Norwegian. <see cref="Felt"/> names the form field at fault when it is one (e.g.
/// <c>organisasjonsnummer</c>), so a page can show the message at that field.
/// </summary>
public sealed class ForvaltningException(string message, string? felt = null) : Exception(message)
{
    /// <summary>The form field the refusal is about, or null for the change as a whole.</summary>
    public string? Felt { get; } = felt;
}
