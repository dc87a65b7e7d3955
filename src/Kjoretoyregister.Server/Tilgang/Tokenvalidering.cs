using System.Text.Json;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Maskinporten;
using Kjoretoyregister.Server.Telemetri;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tilgang;

/// <summary>
/// Step 1 of the chain (CONTRACT.md §5): a Maskinporten access token signed by a key of the trusted
/// issuer (its metadata and keys kept by <see cref="Utstedernokler"/>, which the token handler asks to refresh
/// when a token names an unknown <c>kid</c>), <c>iss</c> exactly the issuer, within its lifetime give or take 30 s,
/// with a scope (which one is the calling API's check), and a <c>consumer.ID</c> of the form <c>0192:&lt;orgnr&gt;</c>; with
/// <c>Maskinporten:Audience</c> set, also an <c>aud</c> equal to it. An expiry further ahead than
/// <see cref="MaksLevetid"/> is refused (no issuer hands such tokens out), and times are compared without
/// arithmetic at the edges of the calendar, so any <c>exp</c> or <c>nbf</c> gives 401, never 500. A token that
/// passed is remembered until it expires (at most <see cref="MaksHusket"/> tokens, the least used pushed out first),
/// so its signature is checked once, not on every call.
/// </summary>
public sealed partial class Tokenvalidering
{
    /// <summary>The largest clock difference accepted on <c>exp</c> and <c>nbf</c>.</summary>
    public static readonly TimeSpan Klokkeslingring = TimeSpan.FromSeconds(30);

    /// <summary>The longest remaining lifetime a token may have (Maskinporten's are two minutes; the local issuer's at most an hour).</summary>
    public static readonly TimeSpan MaksLevetid = TimeSpan.FromDays(1);

    /// <summary>The most validated tokens remembered at once; beyond it the least recently used are pushed out.</summary>
    public const int MaksHusket = 50_000;
    private static readonly string[] Algoritmer = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly Utstederadresse utsteder;
    private readonly string? audience;
    private readonly Utstedernokler nokler;
    private readonly TimeProvider tid;
    private readonly ILogger<Tokenvalidering> logger;
    private readonly Maaler maaler;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private readonly MemoryCache husket = new(new MemoryCacheOptions { SizeLimit = MaksHusket, CompactionPercentage = 0.1 });

    public Tokenvalidering(Utstederadresse utsteder, Utstedernokler nokler, IOptions<MaskinportenOptions> options, TimeProvider tid, ILogger<Tokenvalidering> logger, Maaler maaler)
    {
        this.utsteder = utsteder;
        audience = string.IsNullOrWhiteSpace(options.Value.Audience) ? null : options.Value.Audience;
        this.nokler = nokler;
        this.tid = tid;
        this.logger = logger;
        this.maaler = maaler;
    }

    /// <summary>The validated token, or null when it is not valid (the reason is logged, never the token).</summary>
    /// <exception cref="InvalidOperationException">The issuer's metadata or keys could not be fetched (and none are known).</exception>
    public async ValueTask<MaskinportenToken?> ValiderAsync(string token, CancellationToken cancellationToken)
    {
        var naa = tid.GetUtcNow();
        if (husket.TryGetValue(token, out MaskinportenToken? kjent))
        {
            maaler.TokenOppslag(treff: true);
            return Innenfor(kjent!, naa) ? kjent : null;
        }

        maaler.TokenOppslag(treff: false);

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

        // Kept until the token expires (plus the skew), on the cache's own clock; validity itself is always
        // checked on the injected one above, so the cache only decides what is remembered, never what passes.
        using (var oppforing = husket.CreateEntry(token))
        {
            oppforing.Value = gyldig;
            oppforing.Size = 1;
            oppforing.AbsoluteExpirationRelativeToNow = Min(gyldig.Utloper - naa + Klokkeslingring, MaksLevetid);
        }

        return gyldig;
    }

    private async Task<TokenValidationResult?> ValiderSignaturAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length > 16 * 1024 || !handler.CanReadToken(token))
        {
            return null;
        }

        // Throws (503) only when no metadata was ever fetched; otherwise the handler takes the keys from the
        // manager, and on an unknown kid asks it to refresh (throttled) and tries again, falling back to the
        // last known good metadata.
        await nokler.HentAsync(cancellationToken).ConfigureAwait(false);
        return await handler.ValidateTokenAsync(token, Parametre()).ConfigureAwait(false);
    }

    // New per call: the handler sets RefreshBeforeValidation on the instance it is given.
    private TokenValidationParameters Parametre() =>
        new()
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
            ConfigurationManager = nokler.Metadata,
            TryAllIssuerSigningKeys = false,
        };

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

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>Epoch seconds as an instant, held to the calendar's range instead of overflowing.</summary>
    private static DateTimeOffset Tidspunkt(long sekunder) =>
        sekunder >= DateTimeOffset.MaxValue.ToUnixTimeSeconds() ? DateTimeOffset.MaxValue
        : sekunder <= DateTimeOffset.MinValue.ToUnixTimeSeconds() ? DateTimeOffset.MinValue
        : DateTimeOffset.FromUnixTimeSeconds(sekunder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Avviste access_token: {Grunn}")]
    private static partial void LoggAvvist(ILogger logger, string grunn);
}
