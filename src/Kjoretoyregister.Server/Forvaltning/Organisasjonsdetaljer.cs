namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// An organisation with what the forvaltning UI shows about it: its agreements, and its invoicing
/// details (null until a local administrator has completed the first-login wizard), and KS's override of its
/// fair-use limits (null: the settings <c>Kvote:*</c>).
/// </summary>
public sealed record Organisasjonsdetaljer(Organisasjon Organisasjon, Avtaler Avtaler, Fakturering? Fakturering, Kvote.Kvoteoverstyring? Kvote = null);
