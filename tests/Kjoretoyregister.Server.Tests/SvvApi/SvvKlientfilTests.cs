using System.Net;
using Kjoretoyregister.Server.Tests.Testdata;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tests.SvvApi;

/// <summary>
/// The demo client a Fiks-side server uses to call this one as SVV: <c>demo-fiks-plattform</c>, its
/// private JWK in <c>&lt;data directory&gt;/svv-klient.jwk.json</c>, made once and reused.
/// </summary>
public sealed class SvvKlientfilTests
{
    private const string Filnavn = "svv-klient.jwk.json";

    [Fact]
    public async Task TheKeyFileGetsATokenWithTheSvvScopeThatTheSvvSideAccepts()
    {
        using var server = ServerFabrikk.UtenDemoregister();
        server.Konfig["Register:ExposeSvvApi"] = "true";
        using var klient = new Svvklient(server);
        var fil = Path.Combine(server.DataKatalog, Filnavn);

        var token = await TokenAsync(klient, fil);
        using var svar = await klient.PostAsync("bulk/kjennemerke", """[{"kjennemerke": "AB12345"}]""", token);

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(fil));
        }
    }

    [Fact]
    public async Task ALaterStartReusesTheKey()
    {
        var katalog = Path.Combine(Path.GetTempPath(), "kjoretoyregister-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var fil = Path.Combine(katalog, Filnavn);
            string forste;
            using (var server = Start(katalog))
            {
                forste = File.ReadAllText(fil);
            }

            using var igjen = Start(katalog);
            using var klient = new Svvklient(igjen);

            Assert.Equal(forste, File.ReadAllText(fil));
            Assert.False(string.IsNullOrEmpty(await TokenAsync(klient, fil)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(katalog, recursive: true);
        }
    }

    private static ServerFabrikk Start(string katalog)
    {
        var server = new ServerFabrikk(katalog);
        server.Konfig["Demo:AntallKjoretoy"] = "0";
        server.Konfig["Register:ExposeSvvApi"] = "true";
        server.StartServer();
        return server;
    }

    /// <summary>A token from the local issuer for a grant signed with the file's key (its kid) as demo-fiks-plattform.</summary>
    private static Task<string> TokenAsync(Svvklient klient, string fil)
    {
        var nokkel = new JsonWebKey(File.ReadAllText(fil));
        Assert.False(string.IsNullOrEmpty(nokkel.Kid));
        return klient.Fiks.TokenAsync("demo-fiks-plattform", nokkel, Svvklient.Scope);
    }
}
