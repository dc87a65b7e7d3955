using System.Text.Json;
using Kjoretoyregister.Server.Oppstart;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Container;

/// <summary>demo.json of a server process, once the server has written its addresses into it.</summary>
internal static class Demokonfig
{
    /// <summary>Waits at most 30 s after the server is ready.</summary>
    public static async Task<DemoKonfig> LesAsync(string katalog, Serverprosess server)
    {
        var fil = Path.Combine(katalog, DemoOppsett.Filnavn);
        for (var forsok = 0; forsok < 300; forsok++)
        {
            if (File.Exists(fil)
                && JsonSerializer.Deserialize(await File.ReadAllTextAsync(fil), DemoJsonContext.Default.DemoKonfig) is { BaseUrl.Length: > 0 } demo)
            {
                return demo;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{fil} fikk ingen adresser:\n{server.Utskrift}");
    }
}
