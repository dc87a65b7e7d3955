using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Client.Maskinporten;

/// <summary>
/// One token from Maskinporten: a fresh JWT grant per attempt, sent again after a transient failure (no
/// connection, a timeout, 408, 429 or 5xx) up to <see cref="MaskinportenTokenOptions.MaksNyeForsok"/> times with
/// jittered exponential back-off or the answer's <c>Retry-After</c>. Maskinporten's refusals (400, 401) are
/// not tried again: the same grant would be refused again.
/// </summary>
internal sealed class Tokenforesporsel(Func<HttpClient> http, MaskinportenTokenOptions options, Signeringsnokkel nokkel, TimeProvider tid, ILogger logger)
{
    private const string JwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    /// <summary>The longest <c>Retry-After</c> waited for; a longer one ends the attempts.</summary>
    private static readonly TimeSpan MaksVentetid = TimeSpan.FromSeconds(30);

    private static readonly Random Slump = new();

    private readonly Uri tokenEndpoint = new(options.EffektivTokenEndpoint!);

    /// <summary>The number of requests sent (attempts included).</summary>
    public long Antall => Interlocked.Read(ref antall);

    private long antall;

    public async Task<Maskinportentoken> SendAsync(string scope, string? consumerOrg)
    {
        using var aktivitet = KjoretoyregisterTelemetri.Kilde.StartActivity("Maskinporten token", ActivityKind.Client);
        aktivitet?.SetTag("maskinporten.scope", scope);
        aktivitet?.SetTag("maskinporten.client_id", options.ClientId);
        MaskinportenLogg.Henter(logger, scope, options.ClientId!, tokenEndpoint);
        var maks = Math.Max(options.MaksNyeForsok, 0);
        for (var forsok = 1; ; forsok++)
        {
            aktivitet?.SetTag("maskinporten.forsok", forsok);
            TimeSpan vent;
            try
            {
                var (status, tekst, hentet, retryAfter) = await ForsokAsync(scope, consumerOrg).ConfigureAwait(false);
                if (!ErForbigaende(status) || forsok > maks || (retryAfter ?? TimeSpan.Zero) > MaksVentetid)
                {
                    var token = Tolk(status, tekst, hentet, scope);
                    MaskinportenLogg.Fikk(logger, scope, token.Utloper, forsok);
                    return token;
                }

                vent = retryAfter ?? Backoff(forsok);
                MaskinportenLogg.ProverIgjenEtterSvar(logger, status, vent, forsok, maks + 1);
            }
            catch (MaskinportenException e)
            {
                MaskinportenLogg.Avvist(logger, scope, e.Status, e.Feilkode, e.Beskrivelse);
                aktivitet?.SetStatus(ActivityStatusCode.Error, e.Feilkode);
                throw;
            }
            catch (Exception e) when (ErForbigaende(e) && forsok <= maks)
            {
                vent = Backoff(forsok);
                MaskinportenLogg.ProverIgjenEtterFeil(logger, e, e is OperationCanceledException ? "tidsavbrudd" : e.GetType().Name, vent, forsok, maks + 1);
            }
            catch (Exception e) when (ErForbigaende(e))
            {
                MaskinportenLogg.Ga(logger, e, scope, forsok);
                aktivitet?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
                if (e is OperationCanceledException)
                {
                    throw new TimeoutException($"Maskinporten svarte ikke innen {options.TidsavbruddSekunder} sekunder ({forsok} forsøk).", e);
                }

                throw;
            }

#if NET
            await Task.Delay(vent, tid).ConfigureAwait(false);
#else
            await tid.Delay(vent).ConfigureAwait(false);
#endif
        }
    }

    private async Task<(HttpStatusCode Status, string Tekst, DateTimeOffset Hentet, TimeSpan? RetryAfter)> ForsokAsync(string scope, string? consumerOrg)
    {
        var hentet = tid.GetUtcNow();
        using var innhold = new FormUrlEncodedContent([new("grant_type", JwtBearer), new("assertion", LagAssertion(scope, consumerOrg, hentet))]);
#if NET
        using var frist = new CancellationTokenSource(TimeSpan.FromSeconds(options.TidsavbruddSekunder), tid);
#else
        using var frist = tid.CreateCancellationTokenSource(TimeSpan.FromSeconds(options.TidsavbruddSekunder));
#endif
        Interlocked.Increment(ref antall);
        using var svar = await http().PostAsync(tokenEndpoint, innhold, frist.Token).ConfigureAwait(false);
        var tekst = await svar.Content.ReadAsStringAsync(frist.Token).ConfigureAwait(false);
        return (svar.StatusCode, tekst, hentet, Gjentaking.RetryAfter(svar, tid.GetUtcNow()));
    }

    /// <summary>408, 429 and 5xx: the request may well succeed a moment later.</summary>
    private static bool ErForbigaende(HttpStatusCode status) => (int)status is 408 or 429 or >= 500;

    /// <summary>No connection, or no answer in time (the provider's request has no caller's token, so a cancellation is a timeout).</summary>
    private static bool ErForbigaende(Exception e) => e is HttpRequestException or OperationCanceledException or IOException or SocketException;

    private static TimeSpan Backoff(int forsok)
    {
        double slump;
        lock (Slump)
        {
            slump = Slump.NextDouble();
        }

        return TimeSpan.FromMilliseconds(200 * Math.Pow(2, forsok - 1) * (0.75 + (slump / 2)));
    }

    private static Maskinportentoken Tolk(HttpStatusCode status, string tekst, DateTimeOffset hentet, string scope)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(tekst);
        }
        catch (JsonException e)
        {
            throw new MaskinportenException(status, "ugyldig_svar", $"svaret var ikke JSON: {Utdrag(tekst)}", e);
        }

        using (json)
        {
            var rot = json.RootElement;
            if (status != HttpStatusCode.OK)
            {
                throw new MaskinportenException(status, Tekst(rot, "error") ?? "ugyldig_svar", Tekst(rot, "error_description") ?? Utdrag(tekst));
            }

            if (Tekst(rot, "access_token") is not { Length: > 0 } accessToken
                || !rot.TryGetProperty("expires_in", out var utloper) || !utloper.TryGetInt32(out var sekunder) || sekunder <= 0)
            {
                throw new MaskinportenException(status, "ugyldig_svar", "svaret manglet access_token eller expires_in.");
            }

            return new Maskinportentoken(accessToken, hentet, hentet.AddSeconds(sekunder), Tekst(rot, "scope") ?? scope);
        }
    }

    private string LagAssertion(string scope, string? consumerOrg, DateTimeOffset naa)
    {
        var iat = naa.ToUnixTimeSeconds();
        var claims = new Dictionary<string, object>
        {
            ["aud"] = options.EffektivIssuer!,
            ["iss"] = options.ClientId!,
            ["scope"] = scope,
            ["iat"] = iat,
            ["exp"] = iat + options.AssertionLevetidSekunder,
            ["jti"] = Guid.NewGuid().ToString(),
        };
        if (!string.IsNullOrWhiteSpace(options.Resource))
        {
            claims["resource"] = options.Resource!;
        }

        if (!string.IsNullOrWhiteSpace(consumerOrg))
        {
            claims["consumer_org"] = consumerOrg!;
        }

        // The handler writes kid from the key's KeyId: the registered key's, or Kid beside a certificate's x5c.
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(nokkel.Nokkel, SecurityAlgorithms.RsaSha256),
            AdditionalHeaderClaims = nokkel.X5c is { } x5c ? new Dictionary<string, object> { ["x5c"] = x5c.ToArray() } : null,
        });
    }

    private static string? Tekst(JsonElement rot, string navn) =>
        rot.ValueKind == JsonValueKind.Object && rot.TryGetProperty(navn, out var verdi) && verdi.ValueKind == JsonValueKind.String ? verdi.GetString() : null;

    private static string Utdrag(string tekst) => tekst.Length <= 300 ? tekst : tekst.Substring(0, 300) + "…";
}
