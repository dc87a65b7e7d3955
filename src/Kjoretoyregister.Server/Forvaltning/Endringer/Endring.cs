namespace Kjoretoyregister.Server.Forvaltning.Endringer;

/// <summary>
/// One change made in forvaltning: who (username, or <c>cli:&lt;user&gt;</c> / <c>system</c>), when,
/// for which organisation (null for platform changes such as the tariff), what (a short Norwegian
/// sentence) and details. Never a password. A store's changing call takes the entry and writes it in
/// the same transaction as the change.
/// </summary>
public sealed record Endring(DateTimeOffset Tidspunkt, string Utfortav, Guid? FiksOrgId, string Handling, string? Detaljer)
{
    /// <summary>Refuses an entry without who or what, before anything is written.</summary>
    /// <exception cref="ArgumentException">Utfortav or Handling is empty.</exception>
    public static void Sjekk(Endring? endring)
    {
        if (endring is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(endring.Utfortav, nameof(Utfortav));
            ArgumentException.ThrowIfNullOrWhiteSpace(endring.Handling, nameof(Handling));
        }
    }
}
