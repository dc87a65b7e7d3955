using System.Globalization;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Cli.Tests;

/// <summary>
/// The real server with its 200 demo vehicles on a free port, shared by a test class: its demo.json (the
/// <c>--konfig</c> file), a plate of the demo register with a person as owner, and a plate it does not have.
/// </summary>
public sealed class Oppslagsserver : IAsyncLifetime
{
    private readonly ServerFabrikk server = new();

    /// <summary>demo.json as the server wrote it, with the address it listens on.</summary>
    public string Konfig => Path.Combine(server.DataKatalog, "demo.json");

    /// <summary>The main plate of a demo vehicle that a person owns now.</summary>
    public string Kjennemerke { get; private set; } = "";

    /// <summary>That owner's fødselsnummer.</summary>
    public string Fnr { get; private set; } = "";

    /// <summary>A valid plate no demo vehicle has.</summary>
    public string UkjentKjennemerke { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _ = server.Adresse; // starts the server, which writes demo.json
        var register = server.Tjeneste<RegisterDatabase>().Oppslag;
        for (var kuid = 1_000_000_000L; Kjennemerke.Length == 0 && kuid < 1_000_000_200L; kuid++)
        {
            var svar = await register.SlaOppKuidAsync(Kuid.Parse(kuid.ToString(CultureInfo.InvariantCulture)), null);
            if (svar.Kjoretoy is { KjoretoyId.Kjennemerke: { } kjennemerke, Eierskap.Eier.Person: { } eier })
            {
                (Kjennemerke, Fnr) = (kjennemerke, eier.Fodselsnummer);
            }
        }

        foreach (var kandidat in new[] { "ZZ 99999", "ZZ 99998", "ZZ 99997" })
        {
            if (!(await register.SlaOppKjennemerkeAsync(Contracts.Kjennemerke.Parse(kandidat), null)).ErTreff)
            {
                UkjentKjennemerke = kandidat;
                break;
            }
        }

        Assert.True(Kjennemerke.Length > 0 && UkjentKjennemerke.Length > 0 && File.Exists(Konfig), "demoregisteret ga ikke det testene trenger");
    }

    public Task DisposeAsync()
    {
        server.Dispose();
        return Task.CompletedTask;
    }
}
