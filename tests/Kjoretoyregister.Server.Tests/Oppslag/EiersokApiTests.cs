using System.Globalization;
using System.Net;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Oppslag;

/// <summary>The owner search's narrowing over real HTTP (docs/eiersok.md), on each engine.</summary>
public abstract class EiersokApiTests(ServerFabrikk server)
{
    private ServerFabrikk Server { get; } = server;

    public sealed class PaSqlite(TomtRegister fixture) : EiersokApiTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : EiersokApiTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    [Fact]
    public async Task PrefixPhoneticFylkeFodselsdatoAndEkskluderVraketUtfortAllFindTheOwner()
    {
        using var klient = new Fiksklient(Server);
        var bil = Kjoretoydata.Ny("Qvistadsrud");
        klient.Importer(bil.Linje());
        var fodselsdato = Fodselsnummer.Parse(bil.Fnr).Fodselsdato!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var prefiks = await KuiderAsync(klient, "navn=kar%20qvistad");
        var fonetisk = await KuiderAsync(klient, "navn=Kvistadsrud&fonetisk=true");
        var utenFonetisk = await KuiderAsync(klient, "navn=Kvistadsrud");
        var iOslo = await KuiderAsync(klient, "navn=qvistadsrud&fylke=03");
        var iVestland = await KuiderAsync(klient, "navn=qvistadsrud&fylke=46");
        var fodt = await KuiderAsync(klient, $"navn=qvistadsrud&fodselsdato={fodselsdato}");
        var aktive = await KuiderAsync(klient, "navn=qvistadsrud&ekskluderVraketUtfort=true");

        Assert.Equal([bil.Kuid], prefiks);
        Assert.Equal([bil.Kuid], fonetisk);
        Assert.Empty(utenFonetisk);
        Assert.Equal([bil.Kuid], iOslo);
        Assert.Empty(iVestland);
        Assert.Equal([bil.Kuid], fodt);
        Assert.Equal([bil.Kuid], aktive);
    }

    [Theory]
    [InlineData("fylke=4", "fylke")]
    [InlineData("fylke=Vestland", "fylke")]
    [InlineData("fylke=00", "fylke")]
    [InlineData("fodselsdato=1981-02-30", "fodselsdato")]
    [InlineData("fodselsdato=14.02.1981", "fodselsdato")]
    [InlineData("ekskluderVraketUtfort=ja", "ekskluderVraketUtfort")]
    [InlineData("fonetisk=1", "fonetisk")]
    [InlineData("postnummer=123", "postnummer")]
    public async Task BadNarrowingIs400NamingTheParameter(string parameter, string navn)
    {
        using var klient = new Fiksklient(Server);

        var feil = await Svar.FeilAsync(await klient.SendAsync(HttpMethod.Get, klient.SvvSti("sok/eiernavn?navn=Kari&" + parameter)), HttpStatusCode.BadRequest);

        Assert.Equal("UGYLDIG_PARAMETER", feil.ErrorCode);
        Assert.Contains($"Parameteren {navn} ", feil.Message, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<string?>> KuiderAsync(Fiksklient klient, string sporring)
    {
        using var svar = await klient.SendAsync(HttpMethod.Get, klient.SvvSti("sok/eiernavn?" + sporring));
        if (svar.StatusCode == HttpStatusCode.NoContent)
        {
            return [];
        }

        var json = await Svar.JsonAsync(svar);
        return json.GetProperty("kjoretoyresponser").EnumerateArray()
            .Select(k => k.GetProperty("kjoretoy").GetProperty("kjoretoyId").GetProperty("kuid").GetString()).ToList();
    }
}
