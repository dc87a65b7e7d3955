using Kjoretoyregister.Kiota.Tests.Generert;
using Kjoretoyregister.Kiota.Tests.Generert.Models;
using Kjoretoyregister.Leverandor.Tests;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Kjoretoyregister.Kiota.Tests;

/// <summary>
/// A client Kiota generated from docs/openapi/v1.json looks a vehicle up on the real server through the
/// path the document declares (<c>Api[fiksOrgId]</c>, a Guid), reads the owner, and reads the errorCode
/// of an error as the typed ErrorMessage.
/// </summary>
public sealed class KiotaKlientTests(Leverandorserver server) : IClassFixture<Leverandorserver>
{
    [Fact]
    public async Task TheGeneratedClientLooksUpAPlateAndReadsTheOwnersFodselsnummer()
    {
        using var http = new HttpClient();
        var klient = Klient(http, new BaseBearerTokenAuthenticationProvider(new Token(await server.TokenAsync())));

        var svar = await klient.Kjoretoyregister.Api[server.FiksOrgId].Rest.Distribusjon.Kjoretoy.V20.Bulk.Kjennemerke.PostAsync(
            [new KjennemerkeForesporsel { Kjennemerke = server.Bil.Kjennemerke }], Headere);
        var person = await klient.Kjoretoyregister.Api.V1.Ks[server.FiksOrgId].Person.PostAsync(new PersonOppslag { Fnr = server.Bil.Fnr }, Headere);

        var eier = Assert.Single(svar!).Kjoretoy!.Eierskap!.Eier!.Person!;
        Assert.Equal(server.Bil.Fnr, eier.Fodselsnummer);
        Assert.Equal(server.Bil.Etternavn, eier.Etternavn);
        Assert.Null(eier.Mellomnavn);
        Assert.Equal(server.Bil.Kjennemerke, Assert.Single(person!.Kjoretoy!).Kjennemerke);
    }

    [Fact]
    public async Task TheGeneratedClientReadsTheErrorCodeOfAnError()
    {
        using var http = new HttpClient();
        var klient = Klient(http, new AnonymousAuthenticationProvider());

        var feil = await Assert.ThrowsAsync<ErrorMessage>(() =>
            klient.Kjoretoyregister.Api.V1.Ks[server.FiksOrgId].Person.PostAsync(new PersonOppslag { Fnr = server.Bil.Fnr }, Headere));

        Assert.Equal(401, feil.ResponseStatusCode);
        Assert.Equal("UGYLDIG_TOKEN", feil.ErrorCode);
        Assert.NotEqual(Guid.Empty, feil.ErrorId);
    }

    private Kjoretoyregisterklient Klient(HttpClient http, IAuthenticationProvider autentisering) =>
        new(new HttpClientRequestAdapter(autentisering, httpClient: http) { BaseUrl = server.Adresse.ToString().TrimEnd('/') });

    private void Headere(Microsoft.Kiota.Abstractions.RequestConfiguration<Microsoft.Kiota.Abstractions.DefaultQueryParameters> konfig)
    {
        konfig.Headers.Add("IntegrasjonId", server.IntegrasjonId.ToString());
        konfig.Headers.Add("IntegrasjonPassord", server.IntegrasjonPassord);
    }

    /// <summary>The test's Maskinporten token, as Kiota's bearer provider asks for it.</summary>
    private sealed class Token(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(token);
    }
}
