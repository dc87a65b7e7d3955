using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kjoretoyregister.Client.Maskinporten;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Ks;
using Kjoretoyregister.Contracts.Svv;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Client;

/// <summary>
/// Calls Fiks kjøretøyregister as one integration of one kommune: every call carries a Maskinporten
/// token (from <see cref="IMaskinportenTokenProvider"/>: the SDK's <see cref="MaskinportenTokenProvider"/>, reused
/// until shortly before it expires, or a provider of your own),
/// <c>IntegrasjonId</c>, <c>IntegrasjonPassord</c> and, when given (<see cref="Oppslagsvalg"/>), <c>Formal</c>,
/// <c>Saksbehandler</c> and <c>Saksreferanse</c>. Lists longer than the
/// API's 100 items are split into several calls and the answers joined in the order asked. An error
/// answer throws <see cref="KjoretoyregisterException"/>. Register it with
/// <c>services.AddKjoretoyregisterClient(configuration)</c>, which also adds the safe retries.
/// </summary>
public sealed partial class KjoretoyregisterClient
{
    /// <summary>The most items the API takes in one call.</summary>
    public const int MaksPerKall = 100;

    private readonly HttpClient http;
    private readonly IMaskinportenTokenProvider tokens;
    private readonly KjoretoyregisterOptions options;
    private readonly string svvSti;
    private readonly string ksSti;
    private readonly TimeProvider tid;
    private readonly ILogger logger;

    /// <param name="http">The client the calls go through (its handlers, such as the retries, included).</param>
    /// <param name="tokens">Where the Maskinporten tokens come from.</param>
    /// <param name="options">The host, the kommune and the integration; <see cref="KjoretoyregisterOptions.Maskinporten"/> is the token provider's business.</param>
    /// <param name="tid">The clock; the system's when null.</param>
    /// <param name="logger">Where the client logs (the call and the error code; never a token, a password or a fødselsnummer); nowhere when null.</param>
    public KjoretoyregisterClient(HttpClient http, IMaskinportenTokenProvider tokens, IOptions<KjoretoyregisterOptions> options, TimeProvider? tid = null, ILogger<KjoretoyregisterClient>? logger = null)
        : this(http, tokens, (options ?? throw new ArgumentNullException(nameof(options))).Value, tid, logger)
    {
    }

    private KjoretoyregisterClient(HttpClient http, IMaskinportenTokenProvider tokens, KjoretoyregisterOptions options, TimeProvider? tid, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        this.http = http;
        this.tokens = tokens;
        this.options = options;
        this.tid = tid ?? TimeProvider.System;
        this.logger = logger ?? NullLogger.Instance;
        // The API's settings only, no file read: the client is made per use (a typed client), and the key is
        // read once by the token provider and checked at start by the options validator.
        if (KjoretoyregisterOptions.Innstillingsfeil(options, medMaskinporten: false) is [var forste, ..])
        {
            throw new OptionsValidationException(nameof(KjoretoyregisterOptions), typeof(KjoretoyregisterOptions), [forste]);
        }

        var baseUrl = options.EffektivBaseUrl!.TrimEnd('/');
        svvSti = $"{baseUrl}/kjoretoyregister/api/{options.FiksOrgId}/rest/distribusjon/kjoretoy/v2.0/";
        ksSti = $"{baseUrl}/kjoretoyregister/api/v1/ks/{options.FiksOrgId}/";
    }

    /// <summary>
    /// The same client for another kommune's integration: a vendor serving several kommuner has one
    /// integration (id and password) per kommune, but one Maskinporten client. The new client shares this
    /// one's <see cref="HttpClient"/> (and its retries) and tokens.
    /// </summary>
    public KjoretoyregisterClient For(Guid fiksOrgId, Guid integrasjonId, string integrasjonPassord)
    {
        if (fiksOrgId == Guid.Empty)
        {
            throw new ArgumentException("FiksOrgId mangler (kommunens Fiks-organisasjonID).", nameof(fiksOrgId));
        }

        if (integrasjonId == Guid.Empty)
        {
            throw new ArgumentException("IntegrasjonId mangler (IntegrasjonID fra kommunen).", nameof(integrasjonId));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(integrasjonPassord);
        return new KjoretoyregisterClient(http, tokens, new KjoretoyregisterOptions
        {
            Miljo = options.Miljo,
            BaseUrl = options.BaseUrl,
            FiksOrgId = fiksOrgId,
            IntegrasjonId = integrasjonId,
            IntegrasjonPassord = integrasjonPassord,
            Maskinporten = options.Maskinporten,
            MaksNyeForsok = options.MaksNyeForsok,
            MaksVentetidSekunder = options.MaksVentetidSekunder,
            TidsavbruddSekunder = options.TidsavbruddSekunder,
        }, tid, logger);
    }

    /// <summary>Looks up plates, each at its own time (<c>dtg</c>; now when absent). One answer per item, in the order asked.</summary>
    public Task<IReadOnlyList<KjoretoyResponse>> SlaOppKjennemerkerAsync(IEnumerable<KjennemerkeForesporsel> foresporsler, string? formal = null, CancellationToken cancellationToken = default) =>
        SlaOppKjennemerkerAsync(foresporsler, Oppslagsvalg.BareFormal(formal), cancellationToken);

    /// <summary>Looks up plates, each at its own time, with purpose, employee and case (<paramref name="valg"/>) in the audit log.</summary>
    public Task<IReadOnlyList<KjoretoyResponse>> SlaOppKjennemerkerAsync(IEnumerable<KjennemerkeForesporsel> foresporsler, Oppslagsvalg? valg, CancellationToken cancellationToken = default) =>
        BulkAsync("bulk/kjennemerke", foresporsler, KontraktJsonContext.Kompakt.ListKjennemerkeForesporsel, valg, cancellationToken);

    /// <summary>Looks up plates, all at <paramref name="dtg"/> (now when null).</summary>
    public Task<IReadOnlyList<KjoretoyResponse>> SlaOppKjennemerkerAsync(IEnumerable<string> kjennemerker, DateTimeOffset? dtg = null, string? formal = null, CancellationToken cancellationToken = default) =>
        SlaOppKjennemerkerAsync(kjennemerker, dtg, Oppslagsvalg.BareFormal(formal), cancellationToken);

    /// <summary>Looks up plates, all at <paramref name="dtg"/> (now when null), with purpose, employee and case (<paramref name="valg"/>).</summary>
    public Task<IReadOnlyList<KjoretoyResponse>> SlaOppKjennemerkerAsync(IEnumerable<string> kjennemerker, DateTimeOffset? dtg, Oppslagsvalg? valg, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kjennemerker);
        return SlaOppKjennemerkerAsync(kjennemerker.Select(k => new KjennemerkeForesporsel(k, Tekst(dtg))), valg, cancellationToken);
    }

    /// <summary>Looks up vehicles by kuid (SVV's vehicle id), each at its own time. One answer per item, in the order asked.</summary>
    public Task<IReadOnlyList<KjoretoyResponse>> SlaOppKuidAsync(IEnumerable<KuidForesporsel> foresporsler, string? formal = null, CancellationToken cancellationToken = default) =>
        SlaOppKuidAsync(foresporsler, Oppslagsvalg.BareFormal(formal), cancellationToken);

    /// <summary>Looks up vehicles by kuid, each at its own time, with purpose, employee and case (<paramref name="valg"/>).</summary>
    public Task<IReadOnlyList<KjoretoyResponse>> SlaOppKuidAsync(IEnumerable<KuidForesporsel> foresporsler, Oppslagsvalg? valg, CancellationToken cancellationToken = default) =>
        BulkAsync("bulk/kuid", foresporsler, KontraktJsonContext.Kompakt.ListKuidForesporsel, valg, cancellationToken);

    /// <summary>Looks up vehicles by kuid, all at <paramref name="dtg"/> (now when null).</summary>
    public Task<IReadOnlyList<KjoretoyResponse>> SlaOppKuidAsync(IEnumerable<string> kuider, DateTimeOffset? dtg = null, string? formal = null, CancellationToken cancellationToken = default) =>
        SlaOppKuidAsync(kuider, dtg, Oppslagsvalg.BareFormal(formal), cancellationToken);

    /// <summary>Looks up vehicles by kuid, all at <paramref name="dtg"/> (now when null), with purpose, employee and case (<paramref name="valg"/>).</summary>
    public Task<IReadOnlyList<KjoretoyResponse>> SlaOppKuidAsync(IEnumerable<string> kuider, DateTimeOffset? dtg, Oppslagsvalg? valg, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kuider);
        return SlaOppKuidAsync(kuider.Select(k => new KuidForesporsel(k, Tekst(dtg))), valg, cancellationToken);
    }

    /// <summary>Looks up the vehicle(s) with a VIN at <paramref name="dtg"/> (now when null).</summary>
    public Task<IReadOnlyList<KjoretoyResponse>> SlaOppUnderstellsnummerAsync(string understellsnummer, DateTimeOffset? dtg = null, string? formal = null, CancellationToken cancellationToken = default) =>
        SlaOppUnderstellsnummerAsync(understellsnummer, dtg, Oppslagsvalg.BareFormal(formal), cancellationToken);

    /// <summary>Looks up the vehicle(s) with a VIN at <paramref name="dtg"/> (now when null), with purpose, employee and case (<paramref name="valg"/>).</summary>
    public async Task<IReadOnlyList<KjoretoyResponse>> SlaOppUnderstellsnummerAsync(string understellsnummer, DateTimeOffset? dtg, Oppslagsvalg? valg, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(understellsnummer);
        var sti = svvSti + "bulk/understellsnummer/" + Uri.EscapeDataString(understellsnummer) + (dtg is null ? "" : "?dtg=" + Uri.EscapeDataString(Tekst(dtg)!));
        return await SendAsync("bulk/understellsnummer", HttpMethod.Get, sti, null, valg, KontraktJsonContext.Kompakt.IReadOnlyListKjoretoyResponse, cancellationToken).ConfigureAwait(false) ?? [];
    }

    /// <summary>Searches owners' names: the page from <paramref name="fra"/> of at most <paramref name="antall"/> vehicles; an empty page when nothing matches.</summary>
    public Task<KjoretoysokResponse> SokEiernavnAsync(string navn, int fra = 0, int antall = 100, DateTimeOffset? dtg = null, string? formal = null, CancellationToken cancellationToken = default) =>
        SokEiernavnAsync(navn, fra, antall, dtg, Oppslagsvalg.BareFormal(formal), cancellationToken);

    /// <summary>Searches owners' names, with purpose, employee and case (<paramref name="valg"/>) in the audit log.</summary>
    public Task<KjoretoysokResponse> SokEiernavnAsync(string navn, int fra, int antall, DateTimeOffset? dtg, Oppslagsvalg? valg, CancellationToken cancellationToken = default) =>
        SokEiernavnAsync(navn, null, fra, antall, dtg, valg, cancellationToken);

    /// <summary>The vehicles a person (fødselsnummer) owns, co-owns or leases now (KS v1).</summary>
    public Task<PersonKjoretoyResponse> HentForPersonAsync(string fodselsnummer, string? formal = null, CancellationToken cancellationToken = default) =>
        HentForPersonAsync(fodselsnummer, Oppslagsvalg.BareFormal(formal), cancellationToken);

    /// <summary>The vehicles a person owns, co-owns or leases now (KS v1), with purpose, employee and case (<paramref name="valg"/>).</summary>
    public async Task<PersonKjoretoyResponse> HentForPersonAsync(string fodselsnummer, Oppslagsvalg? valg, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fodselsnummer);
        var kropp = JsonSerializer.SerializeToUtf8Bytes(new PersonOppslag(fodselsnummer), KontraktJsonContext.Kompakt.PersonOppslag);
        return await SendAsync("ks/person", HttpMethod.Post, ksSti + "person", kropp, valg, KontraktJsonContext.Kompakt.PersonKjoretoyResponse, cancellationToken).ConfigureAwait(false)
            ?? new PersonKjoretoyResponse(fodselsnummer, []);
    }

    /// <summary>The vehicles an organisation owns, co-owns or leases now (KS v1), a page from <paramref name="fra"/>.</summary>
    public Task<OrganisasjonKjoretoyResponse> HentForOrganisasjonAsync(string organisasjonsnummer, int? fra = null, int? antall = null, string? formal = null, CancellationToken cancellationToken = default) =>
        HentForOrganisasjonAsync(organisasjonsnummer, fra, antall, Oppslagsvalg.BareFormal(formal), cancellationToken);

    /// <summary>The vehicles an organisation owns, co-owns or leases now (KS v1), with purpose, employee and case (<paramref name="valg"/>).</summary>
    public async Task<OrganisasjonKjoretoyResponse> HentForOrganisasjonAsync(string organisasjonsnummer, int? fra, int? antall, Oppslagsvalg? valg, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisasjonsnummer);
        var kropp = JsonSerializer.SerializeToUtf8Bytes(new OrganisasjonOppslag(organisasjonsnummer, fra, antall), KontraktJsonContext.Kompakt.OrganisasjonOppslag);
        return await SendAsync("ks/organisasjon", HttpMethod.Post, ksSti + "organisasjon", kropp, valg, KontraktJsonContext.Kompakt.OrganisasjonKjoretoyResponse, cancellationToken).ConfigureAwait(false)
            ?? new OrganisasjonKjoretoyResponse(organisasjonsnummer, []);
    }

    /// <summary>A bulk lookup, <see cref="MaksPerKall"/> items a call, the answers joined in the order asked.</summary>
    private async Task<IReadOnlyList<KjoretoyResponse>> BulkAsync<T>(string sti, IEnumerable<T> foresporsler, JsonTypeInfo<List<T>> type, Oppslagsvalg? valg, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(foresporsler);
        var svar = new List<KjoretoyResponse>();
        foreach (var del in foresporsler.Chunk(MaksPerKall))
        {
            var kropp = JsonSerializer.SerializeToUtf8Bytes(del.ToList(), type);
            svar.AddRange(await SendAsync(sti, HttpMethod.Post, svvSti + sti, kropp, valg, KontraktJsonContext.Kompakt.IReadOnlyListKjoretoyResponse, cancellationToken).ConfigureAwait(false) ?? []);
        }

        return svar;
    }

    private static string? Tekst(DateTimeOffset? dtg) => dtg?.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>One call; null for 204 (nothing matched). <paramref name="operasjon"/> names it in traces and logs (never the URL: it may hold a name).</summary>
    private async Task<T?> SendAsync<T>(string operasjon, HttpMethod metode, string sti, byte[]? kropp, Oppslagsvalg? valg, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        using var aktivitet = KjoretoyregisterTelemetri.Kilde.StartActivity("Kjoretoyregister " + operasjon, ActivityKind.Client);
        aktivitet?.SetTag("kjoretoyregister.operasjon", operasjon);
        aktivitet?.SetTag("kjoretoyregister.integrasjon_id", options.IntegrasjonId);
        KjoretoyregisterLogg.Kaller(logger, operasjon, options.FiksOrgId, options.IntegrasjonId);
        var token = await tokens.HentTokenAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        using var foresporsel = new HttpRequestMessage(metode, sti);
        foresporsel.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        FiksIntegrasjonHandler.SettHoder(foresporsel, options.IntegrasjonId, options.IntegrasjonPassord, valg?.Formal);
        FiksIntegrasjonHandler.SettSak(foresporsel, valg);
        if (kropp is not null)
        {
            foresporsel.Content = new ByteArrayContent(kropp);
            foresporsel.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        using var svar = await http.SendAsync(foresporsel, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        aktivitet?.SetTag("http.response.status_code", (int)svar.StatusCode);
        if (svar.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }

        if (!svar.IsSuccessStatusCode)
        {
            if (svar.StatusCode == HttpStatusCode.Unauthorized)
            {
                tokens.Glem(); // a token the server no longer takes is not used again
            }

            var feil = await FeilAsync(svar, cancellationToken).ConfigureAwait(false);
            aktivitet?.SetStatus(ActivityStatusCode.Error, feil.ErrorCode ?? ((int)svar.StatusCode).ToString(CultureInfo.InvariantCulture));
            KjoretoyregisterLogg.Feilsvar(logger, operasjon, (int)svar.StatusCode, feil.ErrorCode, feil.ErrorId);
            throw feil;
        }

        using var strom = await svar.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonSerializer.DeserializeAsync(strom, type, cancellationToken).ConfigureAwait(false)
            ?? throw new KjoretoyregisterException(svar.StatusCode, null, null, "svaret var tomt (null)");
    }

    private async Task<KjoretoyregisterException> FeilAsync(HttpResponseMessage svar, CancellationToken cancellationToken)
    {
        var tekst = await svar.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var retryAfter = Gjentaking.RetryAfter(svar, tid.GetUtcNow());
        try
        {
            var feil = JsonSerializer.Deserialize(tekst, KontraktJsonContext.Kompakt.ErrorMessage);
            if (feil is { Message: not null })
            {
                return new KjoretoyregisterException(svar.StatusCode, feil, retryAfter);
            }
        }
        catch (JsonException)
        {
            // Not Fiks's error shape (a proxy's HTML page, say): the exception below carries an excerpt.
        }

        return new KjoretoyregisterException(svar.StatusCode, null, retryAfter, tekst.Length <= 300 ? tekst : tekst.Substring(0, 300) + "…");
    }
}
