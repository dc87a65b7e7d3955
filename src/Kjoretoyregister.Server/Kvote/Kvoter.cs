using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Kjoretoyregister.Contracts.Fiks;
using Kjoretoyregister.Server.Feil;
using Kjoretoyregister.Server.Oppslag;
using Kjoretoyregister.Server.Telemetri;
using Kjoretoyregister.Server.Tilgang;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Server.Kvote;

/// <summary>
/// Fair use (CONTRACT.md §5, the last step of the chain): ASP.NET Core's token buckets
/// (<see cref="PartitionedRateLimiter"/>), one per integration and one per organisation, and a lookup
/// must get its tokens from both, the integration's first, so an integration over its own limit does not
/// also drain what its organisation's other integrations share. Asked only after the integration is
/// authenticated and its access checked, so no one can spend another integration's tokens by sending
/// its id. Each item is one token: the chain takes one for the call, a bulk call the rest once its list
/// is read (<see cref="TaResten"/>). A bucket's key holds its limits, so a changed override
/// (<see cref="Kvoteoverstyring"/>) starts a fresh bucket at once. A refusal is 429
/// <c>KVOTE_OPPBRUKT</c> with <c>Retry-After</c>, written to the audit log as refused first.
/// The buckets live in this process: the limits hold per instance.
/// </summary>
public sealed partial class Kvoter : IDisposable
{
    private readonly KvoteOptions options;
    private readonly Loggforing loggforing;
    private readonly ILogger<Kvoter> logger;
    private readonly Maaler maaler;

    /// <summary>The callers' own buckets: an integration's by its id, a person's by a hash of the username (<see cref="TaForPersonAsync"/>).</summary>
    private readonly PartitionedRateLimiter<Bokslag> egne;
    private readonly PartitionedRateLimiter<Bokslag> organisasjoner;

    public Kvoter(IOptions<KvoteOptions> options, Loggforing loggforing, ILogger<Kvoter> logger, Maaler maaler)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.loggforing = loggforing;
        this.logger = logger;
        this.maaler = maaler;
        egne = PartitionedRateLimiter.Create<Bokslag, Bokslag>(b => RateLimitPartition.GetTokenBucketLimiter(b, Boks));
        organisasjoner = PartitionedRateLimiter.Create<Bokslag, Bokslag>(b => RateLimitPartition.GetTokenBucketLimiter(b, Boks));
    }

    /// <summary>
    /// The chain's step: one token from the integration's bucket and one from its organisation's, with the
    /// organisation's <paramref name="overstyring"/> (null: the settings). Null when granted; else the 429
    /// (or the 503 when the audit log cannot take the refusal). Needs the request's <see cref="FiksKontekst"/>.
    /// </summary>
    public ValueTask<JsonHttpResult<ErrorMessage>?> TaAsync(HttpContext http, Kvoteoverstyring? overstyring)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!options.Aktivert)
        {
            return ValueTask.FromResult<JsonHttpResult<ErrorMessage>?>(null);
        }

        var kontekst = http.Features.Get<FiksKontekst>() ?? throw new InvalidOperationException("Kvoten krever FiksKontekst på forespørselen.");
        var grenser = new Kvotegrenser(
            new Bokslag(kontekst.IntegrasjonId,
                overstyring?.IntegrasjonPerSekund ?? options.Integrasjon.OppslagPerSekund,
                overstyring?.IntegrasjonKapasitet ?? options.Integrasjon.Kapasitet),
            new Bokslag(kontekst.FiksOrgId,
                overstyring?.OrganisasjonPerSekund ?? options.Organisasjon.OppslagPerSekund,
                overstyring?.OrganisasjonKapasitet ?? options.Organisasjon.Kapasitet));
        http.Features.Set(grenser);
        var operasjon = Loggoperasjon.For(http);
        return TaAsync(http, grenser, 1, operasjon.Operasjon, operasjon.Nokkel(http));
    }

    /// <summary>
    /// A bulk call's other items, once its list is read: <paramref name="antall"/> more tokens (the call
    /// itself took one in the chain). Null when granted or when fair use is off; else the 429.
    /// </summary>
    public ValueTask<JsonHttpResult<ErrorMessage>?> TaResten(HttpContext http, int antall)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (antall <= 0 || http.Features.Get<Kvotegrenser>() is not { } grenser)
        {
            return ValueTask.FromResult<JsonHttpResult<ErrorMessage>?>(null);
        }

        var operasjon = Loggoperasjon.For(http);
        return TaAsync(http, grenser, antall, operasjon.Operasjon, operasjon.Nokkel(http));
    }

    /// <summary>
    /// A lookup on forvaltning's lookup page (the role Oppslag): one token from the person's own bucket and
    /// one from the organisation's. A person gets the limits an integration gets (<c>Kvote:Integrasjon:*</c>,
    /// or the organisation's override of them), one bucket per username across organisations. The refusal
    /// is audited with <paramref name="operasjon"/> and <paramref name="nokkel"/>, as the page names them.
    /// Null when granted or when fair use is off; else the 429 (or the 503 when the audit log cannot take
    /// the refusal). Needs the request's <see cref="FiksKontekst"/>.
    /// </summary>
    public ValueTask<JsonHttpResult<ErrorMessage>?> TaForPersonAsync(HttpContext http, string brukernavn, Kvoteoverstyring? overstyring, string operasjon, string nokkel)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(brukernavn);
        if (!options.Aktivert)
        {
            return ValueTask.FromResult<JsonHttpResult<ErrorMessage>?>(null);
        }

        var kontekst = http.Features.Get<FiksKontekst>() ?? throw new InvalidOperationException("Kvoten krever FiksKontekst på forespørselen.");
        var person = new Bokslag(new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(brukernavn)).AsSpan(0, 16)),
            overstyring?.IntegrasjonPerSekund ?? options.Integrasjon.OppslagPerSekund,
            overstyring?.IntegrasjonKapasitet ?? options.Integrasjon.Kapasitet);
        var grenser = new Kvotegrenser(person, new Bokslag(kontekst.FiksOrgId,
            overstyring?.OrganisasjonPerSekund ?? options.Organisasjon.OppslagPerSekund,
            overstyring?.OrganisasjonKapasitet ?? options.Organisasjon.Kapasitet), Kvoteslag.Person);
        return TaAsync(http, grenser, 1, operasjon, nokkel);
    }

    public void Dispose()
    {
        egne.Dispose();
        organisasjoner.Dispose();
    }

    private async ValueTask<JsonHttpResult<ErrorMessage>?> TaAsync(HttpContext http, Kvotegrenser grenser, int antall, string operasjon, string nokkel)
    {
        using (var egen = egne.AttemptAcquire(grenser.Egen, antall))
        {
            if (!egen.IsAcquired)
            {
                return await AvvisAsync(http, grenser.Slag, grenser.Egen, egen, antall, operasjon, nokkel).ConfigureAwait(false);
            }
        }

        using var organisasjon = organisasjoner.AttemptAcquire(grenser.Organisasjon, antall);
        return organisasjon.IsAcquired
            ? null
            : await AvvisAsync(http, Kvoteslag.Organisasjon, grenser.Organisasjon, organisasjon, antall, operasjon, nokkel).ConfigureAwait(false);
    }

    private async ValueTask<JsonHttpResult<ErrorMessage>> AvvisAsync(HttpContext http, Kvoteslag slag, Bokslag boks, RateLimitLease lease, int antall, string operasjon, string nokkel)
    {
        var vent = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Pafylling(boks).Periode * antall;
        var sekunder = Math.Max(1, (long)Math.Ceiling(vent.TotalSeconds));
        http.Response.Headers.RetryAfter = sekunder.ToString(CultureInfo.InvariantCulture);
        var hvem = slag switch
        {
            Kvoteslag.Integrasjon => "Integrasjonens kvote for oppslag",
            Kvoteslag.Person => "Din kvote for oppslag",
            _ => "Organisasjonens kvote for oppslag (alle integrasjonene til sammen)",
        };
        var feil = FiksFeil.Svar(http, StatusCodes.Status429TooManyRequests, Feilkode.KvoteOppbrukt,
            $"{hvem} er brukt opp: høyst {boks.Kapasitet} oppslag i et støt og {Vis(boks.PerSekund)} per sekund over tid. Prøv igjen om {sekunder} sekunder.");
        Avvist(slag, http.Features.Get<FiksKontekst>()!);
        return await loggforing.AvvistAsync(http, operasjon, nokkel, feil).ConfigureAwait(false);
    }

    /// <summary>A refusal, counted in the <c>Kjoretoyregister</c> meter by bucket and organisation, and logged at debug.</summary>
    private void Avvist(Kvoteslag slag, FiksKontekst kontekst)
    {
        maaler.KvoteAvvist(slag.ToString().ToLowerInvariant(), kontekst.FiksOrgId);
        LoggAvvist(logger, slag, kontekst.FiksOrgId, kontekst.IntegrasjonId);
    }

    private static string Vis(double perSekund) => perSekund.ToString("0.###", CultureInfo.InvariantCulture);

    private static TokenBucketRateLimiterOptions Boks(Bokslag boks)
    {
        var (tokens, periode) = Pafylling(boks);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = boks.Kapasitet,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = periode,
            QueueLimit = 0,
        };
    }

    /// <summary>At 1 per second or more: that many (rounded) each second; below: one each 1/rate seconds.</summary>
    private static (int Tokens, TimeSpan Periode) Pafylling(Bokslag boks) => boks.PerSekund >= 1
        ? ((int)Math.Min(int.MaxValue, Math.Round(boks.PerSekund)), TimeSpan.FromSeconds(1))
        : (1, TimeSpan.FromSeconds(1 / boks.PerSekund));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Kvoten er brukt opp ({Slag}) for organisasjon {FiksOrgId}, integrasjon {IntegrasjonId}; svarte 429")]
    private static partial void LoggAvvist(ILogger logger, Kvoteslag slag, Guid fiksOrgId, Guid integrasjonId);

    /// <summary>Which bucket refused.</summary>
    private enum Kvoteslag
    {
        Integrasjon,
        Organisasjon,
        Person,
    }

    /// <summary>A bucket's key: whose, and its limits (a changed limit is a new bucket).</summary>
    private readonly record struct Bokslag(Guid Id, double PerSekund, int Kapasitet);

    /// <summary>
    /// The request's two buckets, kept on the request for a bulk call's <see cref="TaResten"/>: the caller's own
    /// (an integration's, or on the lookup page a person's: <see cref="Slag"/>) and the organisation's.
    /// </summary>
    private sealed record Kvotegrenser(Bokslag Egen, Bokslag Organisasjon, Kvoteslag Slag = Kvoteslag.Integrasjon);
}
