using Kjoretoyregister.Cli;
using Kjoretoyregister.Client.Maskinporten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Client.Cli;

/// <summary>
/// The client SDK as the tool uses it: made with <c>AddKjoretoyregisterClient</c> from the settings of
/// <see cref="Klientvalg"/> (a <c>--konfig</c> file with demo.json's shape, the SDK's own
/// <c>Kjoretoyregister__...</c> environment variables, and options on the command line, each overriding
/// the one before; no <c>BaseUrl</c> anywhere means <see cref="StandardBaseUrl"/>), and its failures turned
/// into one line on stderr and an exit code: settings that cannot be used are 2, a refused or failed call 1.
/// </summary>
internal sealed class Oppslagsklient : IDisposable
{
    /// <summary>Where the embedded server listens by default (CONTRACT.md §7).</summary>
    public const string StandardBaseUrl = "http://localhost:5080";

    /// <summary>The prefix of the environment variables read: the SDK's configuration section <c>Kjoretoyregister</c>.</summary>
    public const string Miljoprefiks = "Kjoretoyregister__";

    private readonly ServiceProvider tjenester;
    private readonly KjoretoyregisterOptions options;

    private Oppslagsklient(ServiceProvider tjenester, KjoretoyregisterOptions options)
    {
        this.tjenester = tjenester;
        this.options = options;
        Tokens = tjenester.GetRequiredService<MaskinportenTokenProvider>();
        Klient = tjenester.GetRequiredService<KjoretoyregisterClient>();
    }

    public MaskinportenTokenProvider Tokens { get; }

    public KjoretoyregisterClient Klient { get; }

    /// <summary>
    /// The client for <paramref name="fil"/> (may be null), the environment and <paramref name="overstyringer"/>
    /// (configuration keys, e.g. <c>BaseUrl</c>, from the command line); null, after saying on stderr what is wrong.
    /// </summary>
    public static Oppslagsklient? Apne(string? fil, IEnumerable<KeyValuePair<string, string?>> overstyringer)
    {
        var kilde = fil is null ? $"innstillingene (miljøvariablene {Miljoprefiks}... og valgene)" : $"konfigurasjonsfilen {fil}";
        var bygger = new ConfigurationBuilder()
            .AddInMemoryCollection([new(nameof(KjoretoyregisterOptions.BaseUrl), StandardBaseUrl)]);
        if (fil is not null)
        {
            var sti = Path.GetFullPath(fil);
            if (!File.Exists(sti))
            {
                return Ugyldig(kilde, "filen finnes ikke");
            }

            bygger.AddJsonFile(sti, optional: false, reloadOnChange: false);
        }

        IConfiguration konfigurasjon;
        try
        {
            konfigurasjon = bygger
                .AddEnvironmentVariables(Miljoprefiks)
                .AddInMemoryCollection(overstyringer)
                .Build();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            return Ugyldig(kilde, $"er ikke gyldig JSON ({e.GetBaseException().Message})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Ugyldig(kilde, $"kan ikke leses ({e.Message})");
        }

        var tjenester = new ServiceCollection();
        tjenester.AddKjoretoyregisterClient(konfigurasjon);
        var tilbyder = tjenester.BuildServiceProvider();
        try
        {
            // Reading the options validates them: every setting at fault is named, before any call is made.
            return new Oppslagsklient(tilbyder, tilbyder.GetRequiredService<IOptions<KjoretoyregisterOptions>>().Value);
        }
        catch (OptionsValidationException e)
        {
            tilbyder.Dispose();
            return Ugyldig(kilde, [.. e.Failures]);
        }
        catch (Exception e) when (e is MaskinportenKonfigurasjonException or InvalidOperationException)
        {
            // InvalidOperationException: the binder could not convert a value (e.g. a fiksOrgId that is not a UUID).
            tilbyder.Dispose();
            return Ugyldig(kilde, e.Message);
        }
    }

    /// <summary>
    /// Gets the Maskinporten token first (so a Maskinporten that refuses or cannot be reached is named as
    /// such), then runs <paramref name="arbeid"/>; its exit code, or <see cref="Kjoring.Feil"/> after the reason.
    /// </summary>
    public async Task<int> KjorAsync(Func<KjoretoyregisterClient, CancellationToken, Task<int>> arbeid, CancellationToken ct)
    {
        if (await HentTokenAsync(ct) is null)
        {
            return Kjoring.Feil;
        }

        var baseUrl = options.EffektivBaseUrl;
        try
        {
            return await arbeid(Klient, ct);
        }
        catch (KjoretoyregisterException e)
        {
            return Feil(e.RetryAfter is { } vent ? $"{e.Message} (prøv igjen om {Math.Ceiling(vent.TotalSeconds)} s)" : e.Message);
        }
        catch (MaskinportenException e)
        {
            return Feil(e.Message);
        }
        catch (HttpRequestException e)
        {
            return Feil($"{Kontakt(e)} Fiks kjøretøyregister på {baseUrl}: {e.Message}");
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            return Feil($"Fiks kjøretøyregister på {baseUrl} svarte ikke innen {options.TidsavbruddSekunder} s");
        }
    }

    /// <summary>An access token; null after saying on stderr why there is none.</summary>
    public async Task<string?> HentTokenAsync(CancellationToken ct)
    {
        var endepunkt = options.Maskinporten.EffektivTokenEndpoint;
        try
        {
            return await Tokens.HentTokenAsync(cancellationToken: ct);
        }
        catch (MaskinportenException e)
        {
            Feil(e.Message);
        }
        catch (HttpRequestException e)
        {
            Feil($"{Kontakt(e)} Maskinporten på {endepunkt}: {e.Message}");
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            Feil($"Maskinporten på {endepunkt} svarte ikke i tide");
        }

        return null;
    }

    public void Dispose() => tjenester.Dispose();

    private static string Kontakt(HttpRequestException e) =>
        e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError
            ? "fikk ikke kontakt med"
            : "kallet feilet mot";

    private static int Feil(string melding)
    {
        Kjoring.Meld(melding);
        return Kjoring.Feil;
    }

    private static Oppslagsklient? Ugyldig(string kilde, params string[] meldinger)
    {
        foreach (var melding in meldinger)
        {
            Kjoring.Meld($"{kilde}: {melding}");
        }

        return null;
    }
}
