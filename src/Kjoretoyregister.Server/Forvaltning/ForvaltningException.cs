namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>A change in forvaltning (organisations, integrations, accounts, tariff) that cannot be made; the message says why, in Norwegian.</summary>
public sealed class ForvaltningException(string message) : Exception(message);
