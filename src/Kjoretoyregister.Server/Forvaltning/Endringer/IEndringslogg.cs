namespace Kjoretoyregister.Server.Forvaltning.Endringer;

/// <summary>
/// The log of changes made in forvaltning (who, what, when), beside the Fiks data (<c>fiks.db</c>, or the
/// PostgreSQL set <c>fiks</c>). A change to stored data is logged by the store's changing call itself, in
/// the same transaction; <see cref="SkrivAsync"/> is for what changes nothing stored (a download, a change
/// in another store).
/// </summary>
public interface IEndringslogg
{
    /// <summary>Writes one entry on its own.</summary>
    Task SkrivAsync(Endring endring, CancellationToken cancellationToken = default);

    /// <summary>Changes for one organisation (all when null), newest first.</summary>
    Task<IReadOnlyList<Endring>> ListAsync(Guid? fiksOrgId, int hopp, int antall, CancellationToken cancellationToken = default);

    /// <summary>How many changes <see cref="ListAsync"/> would page through.</summary>
    Task<long> TellAsync(Guid? fiksOrgId, CancellationToken cancellationToken = default);
}
