using Kjoretoyregister.Client.Tests.Testdata;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Client.Tests;

/// <summary>The SDK's owner search with its narrowing (<see cref="Eiersokvalg"/>) against the real server.</summary>
public sealed class EiersokTests(OppslagTests.Server server) : IClassFixture<OppslagTests.Server>
{
    [Fact]
    public async Task NarrowingIsSentAndHonoured()
    {
        var slutt = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var bil = Kjoretoydata.Ny("Chrsdk" + slutt);
        Klientoppsett.Importer(server.Fabrikk, bil.Linje());
        using var oppsett = Klientoppsett.For(server.Fabrikk);
        var fodt = Fodselsnummer.Parse(bil.Fnr).Fodselsdato;

        var treff = await oppsett.Klient.SokEiernavnAsync(
            "kar krsdk" + slutt, new Eiersokvalg { Fonetisk = true, Fylke = "03", Fodselsdato = fodt, EkskluderVraketUtfort = true, ErPerson = true });
        var annetFylke = await oppsett.Klient.SokEiernavnAsync("krsdk" + slutt, new Eiersokvalg { Fonetisk = true, Fylke = "46" });
        var utenFonetisk = await oppsett.Klient.SokEiernavnAsync("krsdk" + slutt, new Eiersokvalg());

        Assert.Equal(bil.Kuid, Assert.Single(treff.Kjoretoyresponser).Kjoretoy?.KjoretoyId?.Kuid);
        Assert.Equal(0, annetFylke.AntallTreffTotalt);
        Assert.Equal(0, utenFonetisk.AntallTreffTotalt);
    }

    [Fact]
    public async Task BadFylkeIsRefusedNamingIt()
    {
        using var oppsett = Klientoppsett.For(server.Fabrikk);

        var feil = await Assert.ThrowsAsync<KjoretoyregisterException>(() => oppsett.Klient.SokEiernavnAsync("Kari", new Eiersokvalg { Fylke = "4" }));

        Assert.Contains("fylke", feil.Message, StringComparison.Ordinal);
    }
}
