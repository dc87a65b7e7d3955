using System.Net;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Tests.Kvote;
using Kjoretoyregister.Server.Tests.Testdata;
using Kjoretoyregister.Server.Tilgang;

namespace Kjoretoyregister.Server.Tests.Angrep;

/// <summary>
/// Draining someone else's quota: calls with a victim's integration id and a wrong password, from a
/// stranger's token and from the vendor's own (under the wrong-password lock), many more than the victim's
/// bucket holds, must not spend a single token of it: fair use is asked only after the integration is
/// authenticated. The victim's full bucket is still there afterwards.
/// </summary>
public sealed class KvotetyveriTests(Kvoteservere.PaSqlite servere) : IClassFixture<Kvoteservere.PaSqlite>
{
    [Fact]
    public async Task WrongPasswordsWithAnotherIntegrationsIdDoNotDrainItsBucket()
    {
        using var klient = new Fiksklient(servere.A);
        var store = servere.A.Tjeneste<IForvaltningStore>();
        var kommune = await Kvotekommune.OpprettAsync(store);
        var offer = await kommune.IntegrasjonAsync(store, klient);
        var fremmed = await Offer.FremmedTokenAsync(klient);
        var eget = await klient.TokenAsync();

        var statuser = new List<HttpStatusCode>();
        for (var i = 0; i < Kvoteservere.IntegrasjonKapasitet + 20; i++)
        {
            using var svar = await offer.PlaterAsync(klient, 1, fremmed, passord: "gjettet-" + i);
            statuser.Add(svar.StatusCode);
        }

        for (var i = 0; i < Feilforsok.FrieForsok - 1; i++)
        {
            using var svar = await offer.PlaterAsync(klient, 1, eget, passord: "gjettet-" + i);
            statuser.Add(svar.StatusCode);
        }

        using var offerets = await offer.PlaterAsync(klient, Kvoteservere.IntegrasjonKapasitet);

        Assert.All(statuser, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.OK, offerets.StatusCode);
        Assert.Equal(Kvoteservere.IntegrasjonKapasitet, (await offer.RaderAsync(servere.A)).Count);
    }
}
