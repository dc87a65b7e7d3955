using System.Globalization;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>The daily anchor of the audit log, written by the server's upkeep and shown on the organisation's Oppslagslogg page.</summary>
public abstract class AnkerpunktsideTests(ServerFabrikk server)
{
    public sealed class PaSqlite(TomtRegister fixture) : AnkerpunktsideTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : AnkerpunktsideTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    [Fact]
    public async Task TheLatestAnchorIsShownWithItsDateRowAndHash()
    {
        var kommune = await Testkommune.OpprettAsync(server);
        using var klient = new Forvaltningsklient(server);
        await klient.LoggInnAsync(kommune.Brukernavn, kommune.Passord);

        await server.Tjeneste<IOppslagslogg>().SkrivAsync([new LoggRad(
            DateTimeOffset.UtcNow, kommune.FiksOrgId, Guid.NewGuid(), "910000144", "klient-1", Operasjoner.Kjennemerke, "BR 12345", null,
            Utfall.Ukjent, [], [], "anker-1", null)]);
        await server.Tjeneste<Loggvedlikehold>().KjorAsync();
        var anker = (await server.Tjeneste<ILoggkjedelager>().SisteAnkerpunkterAsync(1))[0];
        var side = await klient.SideAsync($"/forvaltning/{kommune.FiksOrgId}/oppslagslogg");

        Assert.Contains("Loggens ankerpunkt", side, StringComparison.Ordinal);
        Assert.Contains(
            $"<strong>{anker.Dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</strong>:",
            side, StringComparison.Ordinal);
        Assert.Contains($"rad <span class=\"rad\">{anker.LoggId}</span>, hash <code class=\"hash\">{Loggkjede.Hex(anker.Hash!)}</code>", side, StringComparison.Ordinal);
    }
}
