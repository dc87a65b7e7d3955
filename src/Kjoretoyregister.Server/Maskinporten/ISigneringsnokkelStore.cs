namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// Where the local issuer's own signing key is kept, shared by every server instance on the store, so a
/// token signed by one is accepted by all.
/// </summary>
public interface ISigneringsnokkelStore
{
    /// <summary>The issuer's key, or null before one has been stored.</summary>
    ValueTask<Signeringsnokkel?> HentAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="ny"/> unless a key is stored already, in one step no other instance can
    /// interleave with; returns the key that is stored: <paramref name="ny"/> or the one that was there first.
    /// </summary>
    ValueTask<Signeringsnokkel> LagreForsteAsync(Signeringsnokkel ny, CancellationToken cancellationToken);
}
