namespace Kjoretoyregister.Client.Maskinporten;

/// <summary>
/// Where <see cref="KjoretoyregisterClient"/> and <see cref="FiksIntegrasjonHandler"/> get their Maskinporten
/// access tokens. <see cref="MaskinportenTokenProvider"/> is the SDK's own; a vendor with a token client
/// already (KS's <c>KS.Fiks.Maskinporten.Client</c>, Altinn's, or one of their own) implements this with a
/// few lines and registers it with <c>AddKjoretoyregisterClient&lt;TTokenProvider&gt;()</c>.
/// </summary>
public interface IMaskinportenTokenProvider
{
    /// <summary>A valid access token (the bare JWT, no <c>Bearer</c>), from a cache when the provider has a fresh one.</summary>
    /// <param name="scope">One or more scopes, space-separated; the provider's own (Fiks: <c>ks:fiks</c>) when null.</param>
    /// <param name="consumerOrg">The organisation number a supplier acts for (<c>consumer_org</c>); the provider's own when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    Task<string> HentTokenAsync(string? scope = null, string? consumerOrg = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Forgets a cached token, so the next call gets a new one: called when the API answers 401 for it. A
    /// provider that keeps no cache does nothing.
    /// </summary>
    void Glem(string? scope = null, string? consumerOrg = null);
}
