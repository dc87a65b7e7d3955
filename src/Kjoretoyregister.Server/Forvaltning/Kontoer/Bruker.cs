namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>
/// A person who logs in to forvaltning. A KS-administrator administers the platform and every
/// organisation; otherwise the person is lokal administrator for exactly <see cref="Organisasjoner"/>.
/// <see cref="Sikkerhetsstempel"/> changes when the password does, which ends every other session.
/// </summary>
public sealed record Bruker(
    string Brukernavn,
    string Navn,
    bool KsAdministrator,
    IReadOnlyList<Guid> Organisasjoner,
    string Sikkerhetsstempel,
    DateTimeOffset Opprettet)
{
    /// <summary>True when this person may see and change <paramref name="fiksOrgId"/>.</summary>
    public bool Administrerer(Guid fiksOrgId) => KsAdministrator || Organisasjoner.Contains(fiksOrgId);
}
