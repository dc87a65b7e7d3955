namespace Kjoretoyregister.Server.Forvaltning.Endringer;

/// <summary>
/// One change made in forvaltning: who (username, or <c>cli:&lt;user&gt;</c> / <c>system</c>), when,
/// for which organisation (null for platform changes such as the tariff), what (a short Norwegian
/// sentence) and details. Never a password.
/// </summary>
public sealed record Endring(DateTimeOffset Tidspunkt, string Utfortav, Guid? FiksOrgId, string Handling, string? Detaljer);
