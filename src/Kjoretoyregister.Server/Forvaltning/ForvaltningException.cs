namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>A change to organisations or integrations that cannot be made; the message says why, in Norwegian.</summary>
public sealed class ForvaltningException(string message) : Exception(message);
