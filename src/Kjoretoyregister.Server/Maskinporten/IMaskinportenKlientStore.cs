namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>The local issuer's registered clients.</summary>
public interface IMaskinportenKlientStore
{
    ValueTask<MaskinportenKlient?> HentAsync(string klientId, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the client with this client_id.</summary>
    Task LagreAsync(MaskinportenKlient klient, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MaskinportenKlient>> ListAsync(CancellationToken cancellationToken = default);
}
