using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Tilgang;

/// <summary>The server never logs a password, a token, a fødselsnummer or a searched name, whatever the caller sends.</summary>
public sealed class HemmeligheterILoggenTests
{
    [Fact]
    public async Task LookupsRefusalsAndErrorsLeaveNoSecretOrPersonalDataInTheLog()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        using var klient = new Fiksklient(server);
        var bil = Kjoretoydata.Ny("Loggfrisen");
        klient.Importer(bil.Linje());
        var token = await klient.TokenAsync();

        await klient.KjennemerkerAsync($$"""[{"kjennemerke": "{{bil.Kjennemerke}}"}]""", token);
        await klient.SendAsync(HttpMethod.Post, klient.KsSti("person"), $$"""{"fnr": "{{bil.Fnr}}"}""", token);
        await klient.SendAsync(HttpMethod.Post, klient.KsSti("person"), """{"fnr": "01019012345"}""", token);
        await klient.SendAsync(HttpMethod.Get, klient.SvvSti("sok/eiernavn?navn=Kari%20Loggfrisen"), token: token);
        await klient.SendAsync(HttpMethod.Post, klient.SvvSti("bulk/kjennemerke"), "[]", token, passord: "feil-passord-123");
        await klient.KjennemerkerAsync("""[{"kjennemerke": "AB12345"}]""", token + "x");

        var logg = string.Join("\n", server.Logg.Linjer);
        Assert.NotEmpty(server.Logg.Linjer);
        Assert.DoesNotContain(bil.Fnr, logg, StringComparison.Ordinal);
        Assert.DoesNotContain("01019012345", logg, StringComparison.Ordinal);
        Assert.DoesNotContain("Loggfrisen", logg, StringComparison.Ordinal);
        Assert.DoesNotContain(klient.Demo.IntegrasjonPassord, logg, StringComparison.Ordinal);
        Assert.DoesNotContain("feil-passord-123", logg, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], logg, StringComparison.Ordinal);
    }
}
