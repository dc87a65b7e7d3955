using System.Collections.Concurrent;
using System.Text.Json;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Maskinporten;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tilgang;

/// <summary>
/// Step 1 of the chain (CONTRACT.md §5): a Maskinporten access token signed by a key of the trusted
/// issuer (keys from its metadata and JWKS, fetched once and cached, fetched again when a token names
/// an unknown <c>kid</c>), <c>iss</c> exactly the issuer, within its lifetime give or take 30 s, with
/// a scope (which one is the calling API's check), and a <c>consumer.ID</c> of the form <c>0192:&lt;orgnr&gt;</c>; with
/// <c>Maskinporten:Audience</c> set, also an <c>aud</c> equal to it. An expiry further ahead than
/// <see cref="MaksLevetid"/> is refused (no issuer hands such tokens out), and times are compared without
/// arithmetic at the edges of the calendar, so any <c>exp</c> or <c>nbf</c> gives 401, never 500. A token that
/// passed is remembered until it expires, so its signature is checked once, not on every call.
/// </summary>
public sealed partial class Tokenvalidering
{
    /// <summary>The largest clock difference accepted on <c>exp</c> and <c>nbf</c>.</summary>
    public static readonly TimeSpan Klokkeslingring = TimeSpan.FromSeconds(30);

    /// <summary>The longest remaining lifetime a token may have (Maskinporten's are two minutes; the local issuer's at most an hour).</summary>
    public static readonly TimeSpan MaksLevetid = TimeSpan.FromDays(1);

    private const int MaksHusket = 50_000;
    private static readonly string[] Algoritmer = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly Utstederadresse utsteder;
    private readonly string? audience;
    private readonly Utstedernokler nokler;
    private readonly TimeProvider tid;
    private readonly ILogger<Tokenvalidering> logger;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private readonly ConcurrentDictionary<string, MaskinportenToken> husket = new(StringComparer.Ordinal);

    public Tokenvalidering(Utstederadresse utsteder, Utstedernokler nokler, IOptions<MaskinportenOptions> options, TimeProvider tid, ILogger<Tokenvalidering> logger)
    {
        this.utsteder = utsteder;
        audience = string.IsNullOrWhiteSpace(options.Value.Audience) ? null : options.Value.Audience;
        this.nokler = nokler;
        this.tid = tid;
        this.logger = logger;
    }

    /// <summary>The validated token, or null when it is not valid (the reason is logged, never the token).</summary>
    /// <exception cref="InvalidOperationException">The issuer's metadata or keys could not be fetched (and none are known).</exception>
    public async ValueTask<MaskinportenToken?> ValiderAsync(string token, CancellationToken cancellationToken)
    {
        var naa = tid.GetUtcNow();
        if (husket.TryGetValue(token, out var kjent))
        {
            return Innenfor(kjent, naa) ? kjent : null;
        }

        var resultat = await ValiderSignaturAsync(token, cancellationToken).ConfigureAwait(false);
        if (resultat is not { IsValid: true, SecurityToken: JsonWebToken jwt })
        {
            LoggAvvist(logger, resultat?.Exception?.GetType().Name ?? "ugyldig");
            return null;
        }

        var gyldig = LesClaims(jwt);
        if (gyldig is null || !Innenfor(gyldig, naa))
        {
            return null;
        }

        if (husket.Count >= MaksHusket)
        {
            husket.Clear();
        }

        husket[token] = gyldig;
        return gyldig;
    }

    private async Task<TokenValidationResult?> ValiderSignaturAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length > 16 * 1024 || !handler.CanReadToken(token))
        {
            return null;
        }

        var resultat = await ValiderMedAsync(token, await nokler.HentAsync(cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        if (resultat.Exception is SecurityTokenSignatureKeyNotFoundException
            && await nokler.OppfriskAsync(cancellationToken).ConfigureAwait(false) is { } nye)
        {
            resultat = await ValiderMedAsync(token, nye).ConfigureAwait(false);
        }

        return resultat;
    }

    private Task<TokenValidationResult> ValiderMedAsync(string token, IReadOnlyCollection<SecurityKey> signeringsnokler) =>
        handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = utsteder.Issuer,
            ValidateIssuer = true,
            ValidateAudience = audience is not null, // then aud is required and must be exactly it
            ValidAudience = audience,
            IgnoreTrailingSlashWhenValidatingAudience = false,
            ValidateLifetime = false, // checked against the injected clock, with the same skew, in Innenfor
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidAlgorithms = Algoritmer,
            IssuerSigningKeys = signeringsnokler,
            TryAllIssuerSigningKeys = false,
        });

    private MaskinportenToken? LesClaims(JsonWebToken jwt)
    {
        if (!jwt.TryGetPayloadValue<string>("scope", out var scope) || string.IsNullOrWhiteSpace(scope))
        {
            LoggAvvist(logger, "mangler scope");
            return null;
        }

        if (!jwt.TryGetPayloadValue<string>("client_id", out var klientId) || string.IsNullOrWhiteSpace(klientId))
        {
            LoggAvvist(logger, "mangler client_id");
            return null;
        }

        var konsument = Konsument(jwt);
        if (konsument is null)
        {
            LoggAvvist(logger, "ugyldig consumer");
            return null;
        }

        if (!jwt.TryGetPayloadValue<long>("exp", out var exp))
        {
            LoggAvvist(logger, "ugyldig exp");
            return null;
        }

        DateTimeOffset? fra = jwt.TryGetPayloadValue<long>("nbf", out var nbf) ? Tidspunkt(nbf) : null;
        return new MaskinportenToken(klientId, konsument, fra, Tidspunkt(exp), scope.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? Konsument(JsonWebToken jwt)
    {
        if (!jwt.TryGetPayloadValue<JsonElement>("consumer", out var consumer) || consumer.ValueKind != JsonValueKind.Object
            || !consumer.TryGetProperty("ID", out var id) || id.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var verdi = id.GetString()!;
        return verdi.StartsWith("0192:", StringComparison.Ordinal) && Organisasjonsnummer.TryParse(verdi[5..], out var orgnr, out _)
            ? orgnr.ToString()
            : null;
    }

    // Arithmetic only on the server's own clock, never on the token's times, which may be at the calendar's ends.
    private static bool Innenfor(MaskinportenToken token, DateTimeOffset naa) =>
        token.Utloper > naa - Klokkeslingring
        && token.Utloper <= naa + MaksLevetid
        && (token.GyldigFra is null || token.GyldigFra <= naa + Klokkeslingring);

    /// <summary>Epoch seconds as an instant, held to the calendar's range instead of overflowing.</summary>
    private static DateTimeOffset Tidspunkt(long sekunder) =>
        sekunder >= DateTimeOffset.MaxValue.ToUnixTimeSeconds() ? DateTimeOffset.MaxValue
        : sekunder <= DateTimeOffset.MinValue.ToUnixTimeSeconds() ? DateTimeOffset.MinValue
        : DateTimeOffset.FromUnixTimeSeconds(sekunder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Avviste access_token: {Grunn}")]
    private static partial void LoggAvvist(ILogger logger, string grunn);
}
