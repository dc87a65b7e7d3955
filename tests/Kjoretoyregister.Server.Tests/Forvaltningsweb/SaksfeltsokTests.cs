using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tests.Logg;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>The organisation's Oppslagslogg page shows and searches the Saksbehandler and Saksreferanse of each row.</summary>
public sealed class SaksfeltsokTests(TomtRegister register) : IClassFixture<TomtRegister>
{
    private ServerFabrikk Server => register.Server;

    [Fact]
    public async Task TheAuditLogPageFindsRowsBySaksreferanseAndSaksbehandlerAndShowsThem()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        var sak = "PG-" + Guid.NewGuid().ToString("N")[..8];
        await Server.Tjeneste<IOppslagslogg>().SkrivAsync(
        [
            Loggrader.Rad(org: kommune.FiksOrgId, nokkel: "AB 11111", errorId: "med-sak") with { Saksbehandler = "ansatt-4711", Saksreferanse = sak },
            Loggrader.Rad(org: kommune.FiksOrgId, nokkel: "AB 22222", errorId: "uten-sak") with { Saksbehandler = "ansatt-0815" },
        ]);
        using var klient = await kommune.InnloggetKlientAsync(Server);

        var pasak = await klient.SideAsync($"/forvaltning/{kommune.FiksOrgId}/oppslagslogg?saksreferanse={sak}");
        var pabehandler = await klient.SideAsync($"/forvaltning/{kommune.FiksOrgId}/oppslagslogg?saksbehandler=ansatt-0815");
        var forlang = await klient.SideAsync($"/forvaltning/{kommune.FiksOrgId}/oppslagslogg?saksreferanse={new string('x', 101)}");

        Assert.Contains("AB 11111", pasak, StringComparison.Ordinal);
        Assert.Contains("ansatt-4711", pasak, StringComparison.Ordinal);
        Assert.Contains(sak, pasak, StringComparison.Ordinal);
        Assert.DoesNotContain("AB 22222", pasak, StringComparison.Ordinal);
        Assert.Contains("AB 22222", pabehandler, StringComparison.Ordinal);
        Assert.DoesNotContain("AB 11111", pabehandler, StringComparison.Ordinal);
        Assert.Equal(["Saksreferanse kan ha høyst 100 tegn og ingen kontrolltegn."], Forvaltningsklient.Feilmeldinger(forlang));
    }
}
