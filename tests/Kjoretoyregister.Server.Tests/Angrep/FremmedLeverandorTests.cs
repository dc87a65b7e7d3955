using System.Diagnostics;
using System.Net;
using Kjoretoyregister.Server.Feil;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Tests.Testdata;
using Kjoretoyregister.Server.Tilgang;
using Xunit.Abstractions;

namespace Kjoretoyregister.Server.Tests.Angrep;

/// <summary>
/// A stranger with a valid <c>ks:fiks</c> token (any vendor's Maskinporten client) using another vendor's
/// integration: refused with the contract's 401 before any password work, so it can neither lock the real
/// vendor out nor tell an existing integration id from an unknown one, and nothing is audited.
/// </summary>
public abstract class FremmedLeverandorTests(ServerFabrikk server, ITestOutputHelper utskrift)
{
    public sealed class PaSqlite(TomtRegister fixture, ITestOutputHelper utskrift) : FremmedLeverandorTests(fixture.Server, utskrift), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture, ITestOutputHelper utskrift) : FremmedLeverandorTests(fixture.Server, utskrift), IClassFixture<TomtRegisterPaPostgres>;

    private ServerFabrikk Server => server;

    private Tregehasher Hasher => Server.Tjeneste<Tregehasher>();

    [Fact]
    public async Task AStrangersWrongPasswordsLeaveTheRealVendorsNextCallAt200()
    {
        using var klient = new Fiksklient(Server);
        var offer = await Offer.OpprettAsync(klient);
        var fremmed = await Offer.FremmedTokenAsync(klient);
        var hashFor = Hasher.Verifiseringer;

        var statuser = new List<HttpStatusCode>();
        for (var i = 0; i < 3 * Feilforsok.FrieForsok; i++)
        {
            using var svar = await offer.KallAsync(klient, fremmed, passord: "gjett-" + i);
            statuser.Add(svar.StatusCode);
        }

        var hashEtterFremmed = Hasher.Verifiseringer;
        using var leverandoren = await offer.KallAsync(klient, await klient.TokenAsync());

        Assert.All(statuser, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(hashFor, hashEtterFremmed);
        Assert.Equal(HttpStatusCode.OK, leverandoren.StatusCode);
        Assert.Equal(1, await offer.LoggraderAsync(Server));
    }

    [Fact]
    public async Task AStrangerEvenWithTheRightPasswordIs401AndNothingIsAudited()
    {
        using var klient = new Fiksklient(Server);
        var offer = await Offer.OpprettAsync(klient);

        using var svar = await offer.KallAsync(klient, await Offer.FremmedTokenAsync(klient));

        var feil = await Svar.FeilAsync(svar, HttpStatusCode.Unauthorized);
        Assert.Equal(Feilkode.AutentiseringFeilet, feil.ErrorCode);
        Assert.Equal(FiksFeil.IntegrasjonMelding(offer.IntegrasjonId.ToString()), feil.Message);
        Assert.Equal(0, await offer.LoggraderAsync(Server));
    }

    [Fact]
    public async Task ForAStrangerAnUnknownIdAndAnExistingOneTakeTheSamePath()
    {
        using var klient = new Fiksklient(Server);
        var offer = await Offer.OpprettAsync(klient);
        var fremmed = await Offer.FremmedTokenAsync(klient);
        const int Runder = 40;

        var kjent = await ForsokAsync(klient, offer, fremmed, () => offer.IntegrasjonId, Runder);
        var ukjent = await ForsokAsync(klient, offer, fremmed, Guid.NewGuid, Runder);

        Assert.Equal(0, kjent.Hasher);
        Assert.Equal(0, ukjent.Hasher);
        Assert.Equal(kjent.Svar, ukjent.Svar);
        Assert.Equal([(HttpStatusCode.Unauthorized, Feilkode.AutentiseringFeilet, "Autentisering feilet for integrasjon med id <id>")], kjent.Svar);
        utskrift.WriteLine($"median svartid for en fremmed: eksisterende id {kjent.MedianMs:F2} ms, ukjent id {ukjent.MedianMs:F2} ms");
    }

    /// <summary>Wrong passwords from a stranger: the distinct answers (id masked), the slow hashes paid, and the median time.</summary>
    private async Task<(List<(HttpStatusCode, string?, string)> Svar, long Hasher, double MedianMs)> ForsokAsync(
        Fiksklient klient, Offer offer, string token, Func<Guid> id, int runder)
    {
        var hashFor = Hasher.Verifiseringer;
        var svar = new HashSet<(HttpStatusCode, string?, string)>();
        var tider = new List<double>();
        for (var i = 0; i < runder; i++)
        {
            var integrasjonId = id().ToString();
            var klokke = Stopwatch.StartNew();
            using var http = await offer.KallAsync(klient, token, integrasjonId, "gjett-" + i);
            var feil = await Svar.FeilAsync(http, http.StatusCode);
            tider.Add(klokke.Elapsed.TotalMilliseconds);
            svar.Add((http.StatusCode, feil.ErrorCode, feil.Message.Replace(integrasjonId, "<id>", StringComparison.Ordinal)));
        }

        tider.Sort();
        return ([.. svar], Hasher.Verifiseringer - hashFor, tider[tider.Count / 2]);
    }
}
