using System.Net;
using System.Net.Http.Headers;
using Kjoretoyregister.Client.Maskinporten;

namespace Kjoretoyregister.Client;

/// <summary>
/// Makes any <see cref="HttpClient"/> speak to Fiks as one integration: each request gets
/// <c>Authorization: Bearer</c> with a Maskinporten token from <see cref="IMaskinportenTokenProvider"/>, and
/// <c>IntegrasjonId</c>, <c>IntegrasjonPassord</c> and (when given) <c>Formal</c>. Headers the request already
/// carries are left as they are, so one request can give its own <c>Formal</c>. A 401 makes the provider forget
/// its token, so the next request gets a new one. For a vendor with an HTTP stack of their own (a generated
/// client, Refit, their own calls); <see cref="KjoretoyregisterClient"/> sets the same headers itself.
/// </summary>
public sealed class FiksIntegrasjonHandler : DelegatingHandler
{
    /// <summary>The header with the integration's id.</summary>
    public const string IntegrasjonIdHeader = "IntegrasjonId";

    /// <summary>The header with the integration's password.</summary>
    public const string IntegrasjonPassordHeader = "IntegrasjonPassord";

    /// <summary>The header with the lookup's purpose, logged by the server.</summary>
    public const string FormalHeader = "Formal";

    /// <summary>The header with the fagsystem's pseudonymous id for the employee.</summary>
    public const string SaksbehandlerHeader = "Saksbehandler";

    /// <summary>The header with the case the lookup is made in.</summary>
    public const string SaksreferanseHeader = "Saksreferanse";

    private readonly IMaskinportenTokenProvider tokens;
    private readonly Guid integrasjonId;
    private readonly string integrasjonPassord;
    private readonly string? formal;

    /// <param name="tokens">Where the Maskinporten tokens come from (scope <c>ks:fiks</c>).</param>
    /// <param name="integrasjonId">The integration's IntegrasjonID, from the kommune.</param>
    /// <param name="integrasjonPassord">The integration's password, from the kommune.</param>
    /// <param name="formal">A purpose sent with every request that has none of its own; none when null.</param>
    public FiksIntegrasjonHandler(IMaskinportenTokenProvider tokens, Guid integrasjonId, string integrasjonPassord, string? formal = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (integrasjonId == Guid.Empty)
        {
            throw new ArgumentException("IntegrasjonId mangler (IntegrasjonID fra kommunen).", nameof(integrasjonId));
        }

        if (string.IsNullOrWhiteSpace(integrasjonPassord))
        {
            throw new ArgumentException("IntegrasjonPassord mangler (Integrasjonspassordet fra kommunen).", nameof(integrasjonPassord));
        }

        this.tokens = tokens;
        this.integrasjonId = integrasjonId;
        this.integrasjonPassord = integrasjonPassord;
        this.formal = formal;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.Authorization is null)
        {
            var token = await tokens.HentTokenAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        SettHoder(request, integrasjonId, integrasjonPassord, request.Headers.Contains(FormalHeader) ? null : formal);
        var svar = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (svar.StatusCode == HttpStatusCode.Unauthorized)
        {
            tokens.Glem(); // a token the server no longer takes is not used again
        }

        return svar;
    }

    /// <summary>The integration's headers on a request, each only when it has none already.</summary>
    internal static void SettHoder(HttpRequestMessage request, Guid integrasjonId, string? integrasjonPassord, string? formal)
    {
        if (!request.Headers.Contains(IntegrasjonIdHeader))
        {
            request.Headers.Add(IntegrasjonIdHeader, integrasjonId.ToString());
        }

        if (!request.Headers.Contains(IntegrasjonPassordHeader))
        {
            request.Headers.Add(IntegrasjonPassordHeader, integrasjonPassord);
        }

        if (!string.IsNullOrWhiteSpace(formal) && !request.Headers.Contains(FormalHeader))
        {
            request.Headers.Add(FormalHeader, formal);
        }
    }

    /// <summary>The employee and case headers of <paramref name="valg"/>, each only when given and not on the request already.</summary>
    internal static void SettSak(HttpRequestMessage request, Oppslagsvalg? valg)
    {
        if (valg?.Saksbehandler is { } saksbehandler && !request.Headers.Contains(SaksbehandlerHeader))
        {
            request.Headers.Add(SaksbehandlerHeader, saksbehandler);
        }

        if (valg?.Saksreferanse is { } saksreferanse && !request.Headers.Contains(SaksreferanseHeader))
        {
            request.Headers.Add(SaksreferanseHeader, saksreferanse);
        }
    }
}
