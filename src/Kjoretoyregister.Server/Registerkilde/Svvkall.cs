using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kjoretoyregister.Client.Maskinporten;
using Kjoretoyregister.Contracts.Json;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Kjoretoyregister.Server.Registerkilde;

/// <summary>
/// One call to Statens vegvesen's v2.0 API with the platform's Maskinporten token, through the
/// resilience pipeline of the <see cref="RegisterkildeExtensions.SvvKlient"/> client, and every way it
/// can fail turned into a <see cref="RegisterfeilException"/> with the Fiks answer to give. Nothing of
/// the answer is kept beyond the call.
/// </summary>
public sealed partial class Svvkall(
    IHttpClientFactory klienter,
    [FromKeyedServices(RegisterkildeExtensions.SvvKlient)] MaskinportenTokenProvider tokens,
    IOptions<RegisterOptions> options,
    TimeProvider tid,
    Telemetri.Maaler maaler,
    ILogger<Svvkall> logger)
{
    private const string V2 = "/rest/distribusjon/kjoretoy/v2.0/";

    /// <summary>The answer of a call; null for 204 (nothing found). Its time and outcome go to the metrics, by the path's template.</summary>
    public async Task<T?> SendAsync<T>(HttpMethod metode, string sti, byte[]? kropp, JsonTypeInfo<T> type, CancellationToken ct)
        where T : class
    {
        var start = tid.GetTimestamp();
        var utfall = SvvUtfall.Feil;
        try
        {
            var svar = await KallAsync(metode, sti, kropp, type, ct).ConfigureAwait(false);
            utfall = svar is null ? SvvUtfall.IngenTreff : SvvUtfall.Ok;
            return svar;
        }
        catch (RegisterfeilException feil)
        {
            utfall = SvvUtfall.Av(feil);
            throw;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            utfall = SvvUtfall.Avbrutt;
            throw;
        }
        finally
        {
            maaler.SvvKall(Telemetri.Stimal.Svv(sti), utfall, tid.GetElapsedTime(start));
        }
    }

    private async Task<T?> KallAsync<T>(HttpMethod metode, string sti, byte[]? kropp, JsonTypeInfo<T> type, CancellationToken ct)
        where T : class
    {
        var svv = options.Value.Svv;
        var token = await TokenAsync(svv, ct).ConfigureAwait(false);
        var operasjon = sti.Split('?')[0]; // what the log may name: never the query (it can hold a fødselsnummer)
        using var foresporsel = new HttpRequestMessage(metode, svv.BaseUrl!.TrimEnd('/') + V2 + sti);
        foresporsel.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        foresporsel.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (kropp is not null)
        {
            foresporsel.Content = new ByteArrayContent(kropp);
            foresporsel.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        HttpResponseMessage svar;
        try
        {
            svar = await klienter.CreateClient(RegisterkildeExtensions.SvvKlient).SendAsync(foresporsel, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is TimeoutRejectedException or OperationCanceledException)
        {
            LoggFeilet(logger, e, operasjon, "tidsavbrudd");
            throw RegisterfeilException.Utilgjengelig(StatusCodes.Status504GatewayTimeout, $"Statens vegvesen svarte ikke innen {svv.FristSekunder} sekunder.", e);
        }
        catch (BrokenCircuitException e)
        {
            LoggFeilet(logger, e, operasjon, "kretsbryteren er åpen");
            throw RegisterfeilException.Utilgjengelig(StatusCodes.Status503ServiceUnavailable,
                "Statens vegvesen har feilet flere ganger nylig; oppslag stanses en kort stund. Prøv igjen senere.", e, TimeSpan.FromSeconds(svv.BruddSekunder));
        }
        catch (RateLimiterRejectedException e)
        {
            LoggFeilet(logger, e, operasjon, "for mange samtidige kall");
            throw RegisterfeilException.Utilgjengelig(StatusCodes.Status503ServiceUnavailable, "For mange samtidige oppslag mot Statens vegvesen. Prøv igjen om litt.", e, e.RetryAfter);
        }
        catch (HttpRequestException e)
        {
            LoggFeilet(logger, e, operasjon, e.HttpRequestError.ToString());
            throw RegisterfeilException.Utilgjengelig(StatusCodes.Status502BadGateway, "Fikk ikke kontakt med Statens vegvesen.", e);
        }

        using (svar)
        {
            return await LesAsync(svar, operasjon, type, ct).ConfigureAwait(false);
        }
    }

    private async Task<T?> LesAsync<T>(HttpResponseMessage svar, string sti, JsonTypeInfo<T> type, CancellationToken ct)
        where T : class
    {
        switch (svar.StatusCode)
        {
            case HttpStatusCode.NoContent:
                return null;
            case HttpStatusCode.OK:
                try
                {
                    return await svar.Content.ReadFromJsonAsync(type, ct).ConfigureAwait(false)
                        ?? throw new JsonException("svaret var null");
                }
                catch (JsonException e)
                {
                    LoggFeilet(logger, e, sti, "ugyldig JSON");
                    throw RegisterfeilException.Utilgjengelig(StatusCodes.Status502BadGateway, "Statens vegvesen svarte med noe som ikke kunne leses.", e);
                }

            case HttpStatusCode.BadRequest:
                throw new RegisterfeilException(StatusCodes.Status400BadRequest, Feil.Feilkode.UgyldigParameter,
                    "Statens vegvesen avviste forespørselen: " + await BeskrivelseAsync(svar, ct).ConfigureAwait(false));
            case HttpStatusCode.UnprocessableEntity or HttpStatusCode.TooManyRequests:
                var vent = Vent(svar) ?? TimeSpan.FromSeconds(60);
                LoggKvote(logger, sti, vent.TotalSeconds);
                throw RegisterfeilException.Kvote(vent);
            case HttpStatusCode.ServiceUnavailable:
                LoggFeilet(logger, null, sti, "503");
                throw RegisterfeilException.Utilgjengelig(StatusCodes.Status503ServiceUnavailable, "Statens vegvesen er utilgjengelig. Prøv igjen senere.", null, Vent(svar));
            case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                LoggAvvist(logger, (int)svar.StatusCode, sti);
                throw RegisterfeilException.Utilgjengelig(StatusCodes.Status502BadGateway, "Statens vegvesen avviste plattformens tilgang. KS er varslet via loggen.");
            default:
                LoggFeilet(logger, null, sti, ((int)svar.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                throw RegisterfeilException.Utilgjengelig(StatusCodes.Status502BadGateway, $"Statens vegvesen svarte {(int)svar.StatusCode}.");
        }
    }

    private async Task<string> TokenAsync(SvvOptions svv, CancellationToken ct)
    {
        using var frist = CancellationTokenSource.CreateLinkedTokenSource(ct);
        frist.CancelAfter(TimeSpan.FromSeconds(svv.FristSekunder));
        try
        {
            return await tokens.HentTokenAsync(svv.Scope, cancellationToken: frist.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is MaskinportenException or HttpRequestException or OperationCanceledException)
        {
            LoggFeilet(logger, e, "maskinporten", "token");
            throw RegisterfeilException.Utilgjengelig(StatusCodes.Status502BadGateway, "Fikk ikke Maskinporten-token for Statens vegvesen.", e);
        }
    }

    /// <summary>The responskoder SVV gave with a 400, as one line.</summary>
    private static async Task<string> BeskrivelseAsync(HttpResponseMessage svar, CancellationToken ct)
    {
        try
        {
            var sok = await svar.Content.ReadFromJsonAsync(KontraktJsonContext.Kompakt.KjoretoysokResponse, ct).ConfigureAwait(false);
            return sok?.Responskoder is { Count: > 0 } koder ? string.Join("; ", koder.Select(k => $"{k.Kode}: {k.Beskrivelse}")) : "ingen beskrivelse";
        }
        catch (JsonException)
        {
            return "ingen beskrivelse";
        }
    }

    /// <summary>SVV's <c>Retry-After</c> as a wait from now: seconds, or a date (no wait when it has passed); null without one.</summary>
    private TimeSpan? Vent(HttpResponseMessage svar) => svar.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } dato } => dato - tid.GetUtcNow() is var igjen && igjen > TimeSpan.Zero ? igjen : TimeSpan.Zero,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kallet til Statens vegvesen ({Sti}) feilet: {Grunn}")]
    private static partial void LoggFeilet(ILogger logger, Exception? feil, string sti, string grunn);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Statens vegvesen: kvoten er brukt opp ({Sti}); vent {Sekunder} s")]
    private static partial void LoggKvote(ILogger logger, string sti, double sekunder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Statens vegvesen avviste plattformens token med {Status} ({Sti}): sjekk Register:Svv:Scope og Maskinporten-klienten")]
    private static partial void LoggAvvist(ILogger logger, int status, string sti);
}
