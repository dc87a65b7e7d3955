namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// One purpose (formål) in an organisation's catalogue: the code a fagsystem sends in the <c>Formal</c>
/// header (e.g. <c>PARKERINGSGEBYR</c>) and what it means, in bokmål. An integration with "Formål påkrevd"
/// gets no answer without a code from its organisation's catalogue (CONTRACT.md §5).
/// </summary>
public sealed record Formal(string Kode, string Beskrivelse);
