using System.Net.Http.Headers;
using Kjoretoyregister.Leverandor.Tests;
using Kjoretoyregister.NSwag.Tests.Generert;

namespace Kjoretoyregister.NSwag.Tests;

/// <summary>
/// A client NSwag generated from docs/openapi/v1.json with its defaults (Newtonsoft.Json, which refuses
/// a required property that is missing) looks a vehicle up on the real server, reads the owner, and reads
/// the errorCode of an error as the typed ErrorMessage.
/// </summary>
public sealed class NSwagKlientTests(Leverandorserver server) : IClassFixture<Leverandorserver>
{
    [Fact]
    public async Task TheGeneratedClientLooksUpAPlateAndReadsTheOwnersFodselsnummer()
    {
        using var http = new HttpClient { BaseAddress = server.Adresse };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await server.TokenAsync());
        var klient = new Kjoretoyregisterklient(http);

        var svar = await klient.SlaOppKjennemerkerAsync(server.FiksOrgId, server.IntegrasjonId, server.IntegrasjonPassord, "Parkeringsgebyr", "ansatt-4711", "PG-2026-0001",
            [new KjennemerkeForesporsel { Kjennemerke = server.Bil.Kjennemerke }]);
        var person = await klient.HentForPersonAsync(server.FiksOrgId, server.IntegrasjonId, server.IntegrasjonPassord, null, null, null, new PersonOppslag { Fnr = server.Bil.Fnr });

        var eier = Assert.Single(svar).Kjoretoy.Eierskap.Eier.Person;
        Assert.Equal(server.Bil.Fnr, eier.Fodselsnummer);
        Assert.Equal(server.Bil.Etternavn, eier.Etternavn);
        Assert.Null(eier.Mellomnavn);
        Assert.Equal(server.Bil.Kjennemerke, Assert.Single(person.Kjoretoy).Kjennemerke);
    }

    [Fact]
    public async Task TheGeneratedClientReadsTheErrorCodeOfAnError()
    {
        using var http = new HttpClient { BaseAddress = server.Adresse };
        var klient = new Kjoretoyregisterklient(http);

        var feil = await Assert.ThrowsAsync<ApiException<ErrorMessage>>(() =>
            klient.HentForPersonAsync(server.FiksOrgId, server.IntegrasjonId, server.IntegrasjonPassord, null, null, null, new PersonOppslag { Fnr = server.Bil.Fnr }));

        Assert.Equal(401, feil.StatusCode);
        Assert.Equal("UGYLDIG_TOKEN", feil.Result.ErrorCode);
        Assert.NotEqual(Guid.Empty, feil.Result.ErrorId);
    }
}
