using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Logg;

public sealed class OppslagsloggRegistreringTests : IDisposable
{
    private readonly ServerFabrikk server = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task TheServerWritesTheAuditLogToOppslagsloggDbInItsDataDirectory()
    {
        var logg = server.Tjeneste<IOppslagslogg>();
        var leser = server.Tjeneste<IOppslagsloggLeser>();

        await logg.SkrivAsync([Loggrader.Rad(errorId: "via-serveren")]);

        var rader = await leser.SokAsync(new LoggFilter()).ToListAsync();
        Assert.Equal("via-serveren", Assert.Single(rader).Rad.ErrorId);
        Assert.True(File.Exists(Path.Combine(server.DataKatalog, OppslagsloggDatabase.Filnavn)));
    }
}
