namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>
/// One form field as <c>_Felt.cshtml</c> draws it: a label, optional help text, the error (tied to the
/// input with aria-describedby and aria-invalid) and the input, so every field is labelled the same way.
/// <see cref="Type"/> is an input type, or <c>textarea</c>.
/// </summary>
public sealed record Felt(
    string Id,
    string Etikett,
    string? Verdi = null,
    string Type = "text",
    string? Hjelpetekst = null,
    string? Feil = null,
    string? Autocomplete = null,
    bool Pakrevd = false,
    int? MaksLengde = null,
    string? Inputmode = null)
{
    public string? Beskrivelse => string.Join(' ', new[] { Hjelpetekst is null ? null : Id + "-hjelp", Feil is null ? null : Id + "-feil" }.OfType<string>()) is { Length: > 0 } s ? s : null;
}
