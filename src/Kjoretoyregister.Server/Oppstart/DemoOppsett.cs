using System.Text.Json;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Drift;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Maskinporten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kjoretoyregister.Server.Oppstart;

/// <summary>
/// The embedded default's first start (CONTRACT.md §7): an empty register gets the synthetic demo
/// register; the demo kommune (agreements signed, invoicing details filled in, service activated), its
/// demo integration (allowed to search), the forvaltning accounts <c>demo-admin</c> (its lokal
/// administrator), <c>demo-saksbehandler</c> (the role Oppslag there: the lookup page) and <c>demo-ks</c> (KS-administrator), a demo tariff and the demo Maskinporten client
/// are created; and once the server listens, demo.json is written with the addresses it listens on and
/// one lookup to try is printed. A later start reuses all of it (and rewrites only the addresses in
/// demo.json, or a password demo.json no longer holds).
/// </summary>
internal sealed partial class DemoOppsett(
    IOptions<DemoOptions> options,
    IOptions<MaskinportenOptions> maskinporten,
    DataKatalog data,
    RegisterDatabase register,
    IForvaltningStore forvaltning,
    IBrukerStore brukere,
    IMaskinportenKlientStore klienter,
    TimeProvider tid,
    Utstederadresse utsteder,
    IHostApplicationLifetime livslop,
    IServiceProvider tjenester,
    IConfiguration konfigurasjon,
    ILogger<DemoOppsett> logger) : IHostedService
{
    public const string Filnavn = "demo.json";
    public const string KlientId = "demo-leverandor";
    public static readonly Organisasjonsnummer KommuneOrgnr = Organisasjonsnummer.Parse("920000002");
    public static readonly Organisasjonsnummer LeverandorOrgnr = Organisasjonsnummer.Parse("910000004");

    private DemoKonfig? konfig;
    private string? eksempel;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!(options.Value.Enabled ?? maskinporten.Value.LokalUtsteder))
        {
            return;
        }

        // On PostgreSQL nothing else needs the data directory, but demo.json lives there.
        Directory.CreateDirectory(data.Sti);
        // Instances starting together on one store take turns, and each writes demo.json before it lets
        // go, so the next reuses the kommune, integration, accounts and client key instead of making more.
        await using (await Demolas.TaAsync(tjenester.GetService<NpgsqlDataSource>(), data.Sti, tid, cancellationToken).ConfigureAwait(false))
        {
            var start = tid.GetTimestamp();
            if (await DemoRegister.FyllAsync(register, data.Sti, options.Value, cancellationToken).ConfigureAwait(false) is { } import)
            {
                LoggImport(logger, import.Kjoretoy, import.Provekjennemerker, tid.GetElapsedTime(start).TotalSeconds);
            }

            var fil = data.Fil(Filnavn);
            var tidligere = Les(fil);
            var demo = new DemoData(forvaltning, brukere, klienter, tid);
            var organisasjon = await demo.KommuneAsync(tidligere, cancellationToken).ConfigureAwait(false);
            var (integrasjonId, passord) = await demo.IntegrasjonAsync(organisasjon, tidligere, cancellationToken).ConfigureAwait(false);
            var lokal = await demo.BrukerAsync(DemoData.LokalAdministrator, "Demo Administrator", organisasjon.FiksOrgId, tidligere?.Forvaltning, cancellationToken).ConfigureAwait(false);
            var ks = await demo.BrukerAsync(DemoData.KsAdministrator, "Demo KS-administrator", null, tidligere?.KsAdministrator, cancellationToken).ConfigureAwait(false);
            var saksbehandler = await demo.BrukerAsync(DemoData.Saksbehandler, "Demo Saksbehandler", organisasjon.FiksOrgId, tidligere?.Saksbehandler, cancellationToken, saksbehandler: true).ConfigureAwait(false);
            await demo.TariffAsync(cancellationToken).ConfigureAwait(false);
            var jwk = await demo.KlientAsync(tidligere, cancellationToken).ConfigureAwait(false);
            konfig = new DemoKonfig(tidligere?.BaseUrl ?? "", organisasjon.FiksOrgId, integrasjonId, passord,
                new DemoMaskinporten(tidligere?.Maskinporten.Issuer ?? "", tidligere?.Maskinporten.TokenEndpoint ?? "", KlientId, LeverandorOrgnr.ToString(), maskinporten.Value.Scope, jwk), lokal, ks, saksbehandler);
            Skriv(konfig);
        }

        eksempel = await DemoRegister.EksempelkjennemerkeAsync(register.Oppslag, cancellationToken).ConfigureAwait(false);
        livslop.ApplicationStarted.Register(SkrivOgVis);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void SkrivOgVis()
    {
        var adresse = utsteder.ServerAdresse();
        var issuer = utsteder.Issuer;
        var ny = konfig! with
        {
            BaseUrl = adresse,
            Maskinporten = konfig.Maskinporten with { Issuer = issuer, TokenEndpoint = issuer + "token" },
        };
        Skriv(ny);
        if (Konsollogg.ErJson(konfigurasjon))
        {
            // Standard output is the JSON log then: one line, and no demo secrets in the log collector.
            LoggDemo(logger, adresse, data.Fil(Filnavn));
        }
        else
        {
            Console.Out.Write(Demotekst.Lag(ny, data.Fil(Filnavn), data.Sti, eksempel));
        }
    }

    /// <summary>Writes demo.json whole or not at all (a new file moved over the old).</summary>
    private void Skriv(DemoKonfig demo)
    {
        var fil = data.Fil(Filnavn);
        var midlertidig = $"{fil}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(midlertidig, JsonSerializer.Serialize(demo, DemoJsonContext.Default.DemoKonfig));
        File.Move(midlertidig, fil, overwrite: true);
    }

    private DemoKonfig? Les(string fil)
    {
        if (!File.Exists(fil))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(fil), DemoJsonContext.Default.DemoKonfig);
        }
        catch (JsonException feil)
        {
            LoggUlesbar(logger, fil, feil.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demoregisteret er importert: {Kjoretoy} kjøretøy og {Provekjennemerker} prøvekjennemerker på {Sekunder:F1} s")]
    private static partial void LoggImport(ILogger logger, long kjoretoy, long provekjennemerker, double sekunder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fiks kjøretøyregister kjører på {Adresse}; demo-oppsettet (demohemmeligheter) ligger i {Fil}")]
    private static partial void LoggDemo(ILogger logger, string adresse, string fil);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Fil} kunne ikke leses ({Feil}); demo-oppsettet lages på nytt")]
    private static partial void LoggUlesbar(ILogger logger, string fil, string feil);
}
