using System.Net;
using System.Threading.RateLimiting;
using Kjoretoyregister.Client.Maskinporten;
using Kjoretoyregister.Register;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Kjoretoyregister.Server.Registerkilde;

/// <summary>
/// Chooses where lookups are answered from (<see cref="RegisterOptions.Source"/>). In live mode the
/// <see cref="IKjoretoyregister"/> is <see cref="SvvKjoretoyregister"/>, whose HTTP client has, from the
/// outside in: a bulkhead (at most <c>MaksSamtidige</c> calls, <c>MaksKo</c> waiting, the rest refused),
/// an overall deadline, retries with jittered back-off for what is safe to repeat (a connection never
/// made, 502/503/504, a timed-out attempt: lookups only read), a circuit breaker, and a per-attempt timeout.
/// </summary>
public static class RegisterkildeExtensions
{
    /// <summary>The name of SVV's HTTP client and the key of the token provider for SVV.</summary>
    public const string SvvKlient = "Svv";

    public static WebApplicationBuilder AddRegisterkilde(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RegisterOptions>().BindConfiguration(RegisterOptions.Seksjon).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RegisterOptions>, Validering>();
        var options = builder.Configuration.GetSection(RegisterOptions.Seksjon).Get<RegisterOptions>() ?? new RegisterOptions();
        if (!options.ErSvv)
        {
            return builder;
        }

        builder.Services.AddSingleton<SvvTilstand>();
        builder.Services.AddHealthChecks().AddCheck<SvvTilstand>("svv", tags: ["ready"]);
        builder.Services.AddHttpClient(SvvKlient + ".Maskinporten");
        builder.Services.AddKeyedSingleton(SvvKlient, (sp, _) =>
        {
            var fabrikk = sp.GetRequiredService<IHttpClientFactory>();
            return new MaskinportenTokenProvider(fabrikk.CreateClient(SvvKlient + ".Maskinporten"),
                sp.GetRequiredService<IOptions<RegisterOptions>>().Value.Svv.Maskinporten, sp.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddSingleton<Svvkall>();
        builder.Services.AddSingleton<IKjoretoyregister, SvvKjoretoyregister>();
        builder.Services.AddHttpClient(SvvKlient, (sp, http) =>
                http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<RegisterOptions>>().Value.Svv.FristSekunder + 5))
            .AddResilienceHandler(SvvKlient, (pipeline, kontekst) =>
            {
                var svv = kontekst.ServiceProvider.GetRequiredService<IOptions<RegisterOptions>>().Value.Svv;
                var tilstand = kontekst.ServiceProvider.GetRequiredService<SvvTilstand>();
                var maaler = kontekst.ServiceProvider.GetRequiredService<Telemetri.Maaler>();
                pipeline.AddConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = svv.MaksSamtidige, QueueLimit = svv.MaksKo });
                pipeline.AddTimeout(TimeSpan.FromSeconds(svv.FristSekunder));
                if (svv.MaksNyeForsok > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = svv.MaksNyeForsok,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromMilliseconds(100),
                        ShouldRetryAfterHeader = false,
                        ShouldHandle = args => ValueTask.FromResult(KanGjentas(args.Outcome)),
                    });
                }

                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = 5,
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    BreakDuration = TimeSpan.FromSeconds(svv.BruddSekunder),
                    ShouldHandle = args => ValueTask.FromResult(KanGjentas(args.Outcome) || args.Outcome.Result?.StatusCode == HttpStatusCode.InternalServerError),
                    OnOpened = _ =>
                    {
                        tilstand.Brutt();
                        maaler.Krets("apnet");
                        return ValueTask.CompletedTask;
                    },
                    OnHalfOpened = _ =>
                    {
                        maaler.Krets("halvapnet");
                        return ValueTask.CompletedTask;
                    },
                    OnClosed = _ =>
                    {
                        tilstand.Lukket();
                        maaler.Krets("lukket");
                        return ValueTask.CompletedTask;
                    },
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(svv.ForsokTidsavbruddSekunder));
            });
        return builder;
    }

    /// <summary>Failures where SVV did nothing or a repeat does no harm (a lookup only reads).</summary>
    private static bool KanGjentas(Outcome<HttpResponseMessage> utfall) =>
        utfall.Exception is HttpRequestException or TimeoutRejectedException
        || utfall.Result?.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>What is wrong with the settings, naming the key; null when they can work.</summary>
    private static string? Feil(RegisterOptions o)
    {
        if (!string.Equals(o.Source, RegisterOptions.Kilder.Embedded, StringComparison.OrdinalIgnoreCase) && !o.ErSvv)
        {
            return $"Register:Source: «{o.Source}» er ukjent; bruk Embedded eller Svv.";
        }

        if (!o.ErSvv)
        {
            return null;
        }

        if (o.ExposeSvvApi)
        {
            return "Register:ExposeSvvApi kan ikke brukes med Register:Source=Svv: SVV-siden svarer fra det innebygde registeret.";
        }

        if (!Uri.TryCreate(o.Svv.BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "Register:Svv:BaseUrl: mangler eller er ikke en http(s)-adresse (til og med SVVs basissti, f.eks. https://<vert>" + SvvOptions.Basissti + ").";
        }

        if (string.IsNullOrWhiteSpace(o.Svv.Scope))
        {
            return "Register:Svv:Scope: mangler.";
        }

        if (o.Svv.ForsokTidsavbruddSekunder <= 0 || o.Svv.FristSekunder < o.Svv.ForsokTidsavbruddSekunder || o.Svv.BruddSekunder <= 0
            || o.Svv.MaksNyeForsok is < 0 or > 10 || o.Svv.MaksSamtidige < 1 || o.Svv.MaksKo < 0)
        {
            return "Register:Svv: ForsokTidsavbruddSekunder > 0, FristSekunder ≥ ForsokTidsavbruddSekunder, BruddSekunder > 0, MaksNyeForsok 0–10, MaksSamtidige ≥ 1 og MaksKo ≥ 0.";
        }

        return MaskinportenTokenProvider.Valider(o.Svv.Maskinporten) is [var forste, ..] ? "Register:Svv:" + forste : null;
    }

    private sealed class Validering : IValidateOptions<RegisterOptions>
    {
        public ValidateOptionsResult Validate(string? name, RegisterOptions options) =>
            Feil(options) is { } feil ? ValidateOptionsResult.Fail(feil) : ValidateOptionsResult.Success;
    }
}
