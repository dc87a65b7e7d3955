namespace Kjoretoyregister.Server.Tilgang;

/// <summary>
/// A validated Maskinporten access token: its client, the consumer organisation (from <c>consumer.ID</c>),
/// its lifetime and its scopes. Which scope an API demands is the API's own check (<see cref="HarScope"/>):
/// the Fiks side wants <c>ks:fiks</c>, the SVV side its own scope.
/// </summary>
public sealed record MaskinportenToken(string KlientId, string KonsumentOrgnr, DateTimeOffset? GyldigFra, DateTimeOffset Utloper, IReadOnlyList<string> Scopes)
{
    public bool HarScope(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);
}
