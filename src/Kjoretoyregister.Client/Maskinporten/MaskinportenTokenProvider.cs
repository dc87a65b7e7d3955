using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Client.Maskinporten;

/// <summary>
/// Gets Maskinporten access tokens with the JWT grant (RFC 7523) as Digdir specifies it: an assertion
/// signed RS256 with the client's certificate (<c>x5c</c>) or registered key (<c>kid</c>), claims
/// <c>aud</c>, <c>iss</c>, <c>scope</c>, <c>iat</c>, <c>exp</c>, <c>jti</c> and optionally <c>resource</c>
/// and <c>consumer_org</c>. A token is kept per scope and consumer until shortly before it expires, and
/// callers asking at the same time share one request. Thread-safe; keep one per client (a singleton).
/// </summary>
public sealed class MaskinportenTokenProvider
{
    private const string JwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private readonly Func<HttpClient> http;
    private readonly MaskinportenTokenOptions options;
    private readonly TimeProvider tid;
    private readonly Signeringsnokkel nokkel;
    private readonly Uri tokenEndpoint;
    private readonly ConcurrentDictionary<(string Scope, string? ConsumerOrg), Tokenplass> plasser = new();

    /// <summary>With an <see cref="HttpClient"/> of your own (kept for the provider's lifetime).</summary>
    /// <exception cref="MaskinportenKonfigurasjonException">The options cannot work; the message names the option.</exception>
    public MaskinportenTokenProvider(HttpClient http, MaskinportenTokenOptions options, TimeProvider? tid = null)
        : this(() => http, options, tid)
    {
        ArgumentNullException.ThrowIfNull(http);
    }

    internal MaskinportenTokenProvider(Func<HttpClient> http, MaskinportenTokenOptions options, TimeProvider? tid)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Innstillingsfeil(options) is [var forste, ..])
        {
            throw new MaskinportenKonfigurasjonException(forste);
        }

        this.http = http;
        this.options = options;
        this.tid = tid ?? TimeProvider.System;
        nokkel = Signeringsnokkel.Les(options);
        tokenEndpoint = new Uri(options.EffektivTokenEndpoint!);
    }

    /// <summary>The number of token requests sent to Maskinporten so far (successful or not).</summary>
    public long AntallTokenforesporsler => Interlocked.Read(ref antallForesporsler);

    private long antallForesporsler;

    /// <summary>An access token for <paramref name="scope"/> (the options' scope when null), from the cache when it has a fresh one.</summary>
    /// <param name="scope">One or more scopes, space-separated.</param>
    /// <param name="consumerOrg">The organisation number a supplier acts for (<c>consumer_org</c>); the options' when null.</param>
    /// <param name="ct">Cancels this caller's wait; a request other callers share goes on.</param>
    /// <exception cref="MaskinportenException">Maskinporten refused; carries its error code.</exception>
    public async Task<string> HentTokenAsync(string? scope = null, string? consumerOrg = null, CancellationToken ct = default) =>
        (await HentAsync(scope, consumerOrg, ct).ConfigureAwait(false)).AccessToken;

    /// <summary>As <see cref="HentTokenAsync"/>, with the token's expiry.</summary>
    public async Task<Maskinportentoken> HentAsync(string? scope = null, string? consumerOrg = null, CancellationToken ct = default)
    {
        var nokkelen = (scope ?? options.Scope, string.IsNullOrWhiteSpace(consumerOrg) ? options.ConsumerOrg : consumerOrg);
        var plass = plasser.GetOrAdd(nokkelen, _ => new Tokenplass());
        Task<Maskinportentoken> henting;
        lock (plass)
        {
            if (plass.Token is { } token && tid.GetUtcNow() < token.Utloper - Margin(token))
            {
                return token;
            }

            plass.Henting ??= HentNyttAsync(plass, nokkelen.Item1, nokkelen.Item2);
            henting = plass.Henting;
        }

        return await henting.WaitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Forgets the cached token (after the API refused it, say), so the next call gets a new one.</summary>
    public void Glem(string? scope = null, string? consumerOrg = null)
    {
        if (plasser.TryGetValue((scope ?? options.Scope, string.IsNullOrWhiteSpace(consumerOrg) ? options.ConsumerOrg : consumerOrg), out var plass))
        {
            lock (plass)
            {
                plass.Token = null;
            }
        }
    }

    /// <summary>What is wrong with the options, each message naming the option, the key read too; empty when they can work.</summary>
    public static IReadOnlyList<string> Valider(MaskinportenTokenOptions options)
    {
        var feil = Innstillingsfeil(options);
        if (feil.Count == 0 && Nokkelfeil(options) is { } nokkelfeil)
        {
            feil.Add(nokkelfeil);
        }

        return feil;
    }

    /// <summary>Why the key cannot be read, naming the option; null when it can.</summary>
    internal static string? Nokkelfeil(MaskinportenTokenOptions options)
    {
        try
        {
            _ = Signeringsnokkel.Les(options);
            return null;
        }
        catch (MaskinportenKonfigurasjonException e)
        {
            return e.Message;
        }
    }

    /// <summary>The checks of <see cref="Valider"/> that need no file.</summary>
    internal static List<string> Innstillingsfeil(MaskinportenTokenOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var feil = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Miljo) && options.Miljo.Trim().ToUpperInvariant() is not ("PRODUKSJON" or "TEST"))
        {
            feil.Add($"Maskinporten:Miljo: «{options.Miljo}» er ukjent; bruk Produksjon eller Test, eller la den stå tom og oppgi Issuer.");
        }
        else if (!ErAbsoluttHttp(options.EffektivIssuer))
        {
            feil.Add("Maskinporten:Issuer: mangler eller er ikke en http(s)-adresse (f.eks. https://maskinporten.no/, eller Miljo = Produksjon/Test).");
        }
        else if (!ErAbsoluttHttp(options.EffektivTokenEndpoint))
        {
            feil.Add("Maskinporten:TokenEndpoint: er ikke en http(s)-adresse.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            feil.Add("Maskinporten:ClientId: mangler (klientens client_id fra Digdirs selvbetjening).");
        }

        if (string.IsNullOrWhiteSpace(options.Scope))
        {
            feil.Add("Maskinporten:Scope: mangler (Fiks: ks:fiks).");
        }

        if (options.AssertionLevetidSekunder is < 1 or > MaskinportenTokenOptions.MaksAssertionLevetidSekunder)
        {
            feil.Add($"Maskinporten:AssertionLevetidSekunder: må være mellom 1 og {MaskinportenTokenOptions.MaksAssertionLevetidSekunder}.");
        }

        if (options.FornyingsmarginSekunder < 0)
        {
            feil.Add("Maskinporten:FornyingsmarginSekunder: kan ikke være negativ.");
        }

        return feil;
    }

    private static bool ErAbsoluttHttp(string? adresse) =>
        Uri.TryCreate(adresse, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private TimeSpan Margin(Maskinportentoken token) =>
        TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(options.FornyingsmarginSekunder).Ticks, (token.Utloper - token.Hentet).Ticks / 2));

    private async Task<Maskinportentoken> HentNyttAsync(Tokenplass plass, string scope, string? consumerOrg)
    {
        try
        {
            var token = await SendGrantAsync(scope, consumerOrg).ConfigureAwait(false);
            lock (plass)
            {
                plass.Token = token;
            }

            return token;
        }
        finally
        {
            lock (plass)
            {
                plass.Henting = null;
            }
        }
    }

    private async Task<Maskinportentoken> SendGrantAsync(string scope, string? consumerOrg)
    {
        await Task.Yield(); // the first caller returns to its own wait before the request runs
        var hentet = tid.GetUtcNow();
        using var innhold = new FormUrlEncodedContent([new("grant_type", JwtBearer), new("assertion", LagAssertion(scope, consumerOrg, hentet))]);
        Interlocked.Increment(ref antallForesporsler);
        using var svar = await http().PostAsync(tokenEndpoint, innhold).ConfigureAwait(false);
        var tekst = await svar.Content.ReadAsStringAsync().ConfigureAwait(false);
        JsonDocument? json = null;
        try
        {
            json = JsonDocument.Parse(tekst);
        }
        catch (JsonException e)
        {
            throw new MaskinportenException(svar.StatusCode, "ugyldig_svar", $"svaret var ikke JSON: {Utdrag(tekst)}", e);
        }

        using (json)
        {
            var rot = json.RootElement;
            if (svar.StatusCode != HttpStatusCode.OK)
            {
                throw new MaskinportenException(svar.StatusCode, Tekst(rot, "error") ?? "ugyldig_svar", Tekst(rot, "error_description") ?? Utdrag(tekst));
            }

            if (Tekst(rot, "access_token") is not { Length: > 0 } accessToken
                || !rot.TryGetProperty("expires_in", out var utloper) || !utloper.TryGetInt32(out var sekunder) || sekunder <= 0)
            {
                throw new MaskinportenException(svar.StatusCode, "ugyldig_svar", "svaret manglet access_token eller expires_in.");
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
            claims["resource"] = options.Resource;
        }

        if (!string.IsNullOrWhiteSpace(consumerOrg))
        {
            claims["consumer_org"] = consumerOrg;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(nokkel.Nokkel, SecurityAlgorithms.RsaSha256),
            AdditionalHeaderClaims = nokkel.X5c is { } x5c ? new Dictionary<string, object> { ["x5c"] = new[] { x5c } } : null,
        });
    }

    private static string? Tekst(JsonElement rot, string navn) =>
        rot.ValueKind == JsonValueKind.Object && rot.TryGetProperty(navn, out var verdi) && verdi.ValueKind == JsonValueKind.String ? verdi.GetString() : null;

    private static string Utdrag(string tekst) => tekst.Length <= 300 ? tekst : tekst[..300] + "…";

    private sealed class Tokenplass
    {
        public Maskinportentoken? Token { get; set; }

        public Task<Maskinportentoken>? Henting { get; set; }
    }
}
