using Kjoretoyregister.Contracts.Fiks;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Feil;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Registerkilde;
using Kjoretoyregister.Server.Telemetri;
using Kjoretoyregister.Server.Tilgang;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kjoretoyregister.Server.Oppslag;

/// <summary>
/// Turns answers into audit rows and writes them before the answer leaves: when the audit log cannot
/// take them, the caller gets 503 and no data.
/// </summary>
public sealed partial class Loggforing(IOppslagslogg logg, TimeProvider tid, Maaler maaler, ILogger<Loggforing> logger)
{
    /// <summary>The longest search key the log keeps; a longer one (only ever an invalid one) is cut.</summary>
    public const int MaksNokkel = 200;

    /// <summary>
    /// One looked-up item: the key as asked, the time asked for, and the answer as records
    /// (<paramref name="Svar"/>) or as ready JSON (<paramref name="Json"/>); neither when the item was
    /// invalid, or when <paramref name="Feilet"/>: the register could not answer it, or <paramref name="Avvist"/>: it was refused
    /// before the lookup (KVOTE_OPPBRUKT).
    /// </summary>
    public readonly record struct Element(
        string Nokkel, DateTimeOffset? Dtg, IReadOnlyList<KjoretoyResponse>? Svar = null, IReadOnlyList<string>? EkstraParter = null, bool Feilet = false,
        IReadOnlyList<Svarjson>? Json = null, bool Avvist = false);

    /// <summary>Writes one row per element; null when written, else the 503 answer to give instead of the data.</summary>
    public async ValueTask<JsonHttpResult<ErrorMessage>?> SkrivAsync(HttpContext http, string operasjon, IReadOnlyList<Element> elementer)
    {
        var kontekst = http.Features.Get<FiksKontekst>() ?? throw new InvalidOperationException("Oppslaget mangler FiksKontekst; er FiksTilgangFilter på ruten?");
        var naa = tid.GetUtcNow();
        var sporingsid = Sporingsid.For(http);
        var rader = new LoggRad[elementer.Count];
        for (var i = 0; i < elementer.Count; i++)
        {
            var element = elementer[i];
            var (kuider, parter) = element.Json is { } json ? Innhold(json) : Innhold(element.Svar, element.EkstraParter);
            var utfall = element.Avvist ? Utfall.Avvist : element.Feilet ? Utfall.Feil : element.Json is { } j ? Utfallet(j) : Utfallet(element.Svar);
            rader[i] = new LoggRad(naa, kontekst.FiksOrgId, kontekst.IntegrasjonId, kontekst.KonsumentOrgnr, kontekst.KlientId,
                operasjon, element.Nokkel.Length > MaksNokkel ? element.Nokkel[..MaksNokkel] : element.Nokkel, element.Dtg, utfall, kuider, parter, sporingsid, kontekst.Formal,
                kontekst.Saksbehandler, kontekst.Saksreferanse);
        }

        try
        {
            await logg.SkrivAsync(rader, http.RequestAborted).ConfigureAwait(false);
            Oppslagsspor.Merk(http, operasjon, kontekst, rader);
            maaler.Oppslag(operasjon, kontekst.FiksOrgId, rader);
            return null;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception feil) when (feil is not OutOfMemoryException)
        {
            LoggIkkeSkrevet(logger, feil, operasjon, rader.Length);
            return FiksFeil.Svar(http, StatusCodes.Status503ServiceUnavailable, Feilkode.LoggUtilgjengelig,
                "Oppslaget kunne ikke logges, og derfor gis ingen data ut. Prøv igjen senere.");
        }
    }

    /// <summary>An invalid key is logged (outcome invalid) before its 400 goes out; the 503 instead when the log fails.</summary>
    public async ValueTask<JsonHttpResult<ErrorMessage>> UgyldigAsync(HttpContext http, string operasjon, string? nokkel, JsonHttpResult<ErrorMessage> feil) =>
        await SkrivAsync(http, operasjon, [new(nokkel ?? "", null, null)]).ConfigureAwait(false) ?? feil;

    /// <summary>A call refused before the lookup (its quota used up) is logged (outcome refused) before its 429 goes out; the 503 instead when the log fails.</summary>
    public async ValueTask<JsonHttpResult<ErrorMessage>> AvvistAsync(HttpContext http, string operasjon, string? nokkel, JsonHttpResult<ErrorMessage> feil) =>
        await SkrivAsync(http, operasjon, [new(nokkel ?? "", null, Avvist: true)]).ConfigureAwait(false) ?? feil;

    /// <summary>
    /// The register could not answer (live mode: SVV down, slow, shielded or out of quota): the items are
    /// logged (failed ones as such; nothing was given out), then the Fiks answer goes out, with
    /// <c>Retry-After</c> when there is one; the 503 instead when the log fails.
    /// </summary>
    public async ValueTask<JsonHttpResult<ErrorMessage>> FeiletAsync(HttpContext http, string operasjon, IReadOnlyList<Element> elementer, RegisterfeilException feil)
    {
        if (await SkrivAsync(http, operasjon, elementer).ConfigureAwait(false) is { } loggfeil)
        {
            return loggfeil;
        }

        if (feil.RetryAfter is { } vent)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(vent.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return FiksFeil.Svar(http, feil.Status, feil.Feilkode, feil.Message);
    }

    /// <summary>What an answer disclosed and its outcome, as an API lookup's row holds it (also for the operator's direct read).</summary>
    public static (IReadOnlyList<string> Kuider, IReadOnlyList<string> Parter, Utfall Utfall) Innholdet(IReadOnlyList<KjoretoyResponse> svar)
    {
        var (kuider, parter) = Innhold(svar, null);
        return (kuider, parter, Utfallet(svar));
    }

    private static Utfall Utfallet(IReadOnlyList<KjoretoyResponse>? svar) =>
        svar is null ? Utfall.Ugyldig
        : svar.Any(s => s.ErTreff) ? Utfall.Treff
        : svar.Any(Svarjson.ErUgyldigSvar) ? Utfall.Ugyldig
        : Utfall.Ukjent;

    private static Utfall Utfallet(IReadOnlyList<Svarjson> svar) =>
        svar.Any(s => s.ErTreff) ? Utfall.Treff
        : svar.Any(s => s.ErUgyldig) ? Utfall.Ugyldig
        : Utfall.Ukjent;

    private static (IReadOnlyList<string> Kuider, IReadOnlyList<string> Parter) Innhold(IReadOnlyList<Svarjson> svar)
    {
        if (svar is [var ett])
        {
            return (ett.Kuider, ett.Parter);
        }

        var kuider = new List<string>();
        var parter = new List<string>();
        foreach (var s in svar)
        {
            kuider.AddRange(s.Kuider);
            foreach (var p in s.Parter)
            {
                if (!parter.Contains(p))
                {
                    parter.Add(p);
                }
            }
        }

        return (kuider, parter);
    }

    private static (IReadOnlyList<string> Kuider, IReadOnlyList<string> Parter) Innhold(IReadOnlyList<KjoretoyResponse>? svar, IReadOnlyList<string>? ekstra)
    {
        var kuider = new List<string>();
        var parter = new List<string>();
        foreach (var s in svar ?? [])
        {
            Svarjson.LeggTil(s, kuider, parter);
        }

        foreach (var p in ekstra ?? [])
        {
            if (!parter.Contains(p))
            {
                parter.Add(p);
            }
        }

        return (kuider, parter);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Oppslagsloggen tok ikke imot {Antall} rader for {Operasjon}; svarte 503 uten data")]
    private static partial void LoggIkkeSkrevet(ILogger logger, Exception feil, string operasjon, int antall);
}
