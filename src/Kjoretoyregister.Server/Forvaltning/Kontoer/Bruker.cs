namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>
/// A person who logs in to forvaltning. A KS-administrator administers the platform and every
/// organisation; otherwise the person is lokal administrator for exactly <see cref="Organisasjoner"/>,
/// and saksbehandler (the role <c>Oppslag</c>: the lookup page) for exactly <see cref="Oppslag"/>.
/// The two roles are separate: administering an organisation does not by itself give the right to look
/// up its vehicles and owners.
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
    /// <summary>The organisations in which this person holds the role <c>Oppslag</c>, in order.</summary>
    public IReadOnlyList<Guid> Oppslag { get; init; } = [];

    /// <summary>True when this person may see and change <paramref name="fiksOrgId"/>.</summary>
    public bool Administrerer(Guid fiksOrgId) => KsAdministrator || Organisasjoner.Contains(fiksOrgId);

    /// <summary>True when this person may look up vehicles and owners for <paramref name="fiksOrgId"/> (the role <c>Oppslag</c>; KS-administrators do not have it by virtue of being that).</summary>
    public bool HarOppslag(Guid fiksOrgId) => Oppslag.Contains(fiksOrgId);
}
