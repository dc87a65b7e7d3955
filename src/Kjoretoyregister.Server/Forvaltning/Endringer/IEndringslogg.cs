namespace Kjoretoyregister.Server.Forvaltning.Endringer;

/// <summary>The log of changes made in forvaltning (who, what, when), kept in <c>fiks.db</c>.</summary>
public interface IEndringslogg
{
    Task SkrivAsync(Endring endring, CancellationToken cancellationToken = default);

    /// <summary>Changes for one organisation (all when null), newest first.</summary>
    Task<IReadOnlyList<Endring>> ListAsync(Guid? fiksOrgId, int hopp, int antall, CancellationToken cancellationToken = default);

    /// <summary>How many changes <see cref="ListAsync"/> would page through.</summary>
    Task<long> TellAsync(Guid? fiksOrgId, CancellationToken cancellationToken = default);
}
