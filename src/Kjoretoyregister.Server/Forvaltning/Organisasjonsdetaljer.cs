namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// An organisation with what the forvaltning UI shows about it: its agreements, and its invoicing
/// details (null until a local administrator has completed the first-login wizard).
/// </summary>
public sealed record Organisasjonsdetaljer(Organisasjon Organisasjon, Avtaler Avtaler, Fakturering? Fakturering);
