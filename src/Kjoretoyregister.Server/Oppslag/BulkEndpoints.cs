using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Fiks;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Feil;
using Kjoretoyregister.Server.Logg;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kjoretoyregister.Server.Oppslag;

/// <summary>
/// SVV's bulk lookups by kjennemerke and kuid: 1–100 items, answered 200 in request order, an invalid
/// item answered in its place with <c>UGYLDIG_KJENNEMERKE</c>/<c>UGYLDIG_KUID</c>/<c>UGYLDIG_DTG</c>.
/// </summary>
internal static class BulkEndpoints
{
    public const int MaksElementer = 100;

    public static async Task<Results<Ok<IReadOnlyList<KjoretoyResponse>>, JsonHttpResult<ErrorMessage>>> Kjennemerker(
        HttpContext http, IKjoretoyregister register, Loggforing loggforing)
    {
        var (liste, feil) = await LesListeAsync(http, KontraktJsonContext.Kompakt.ListKjennemerkeForesporsel).ConfigureAwait(false);
        if (feil is not null)
        {
            return feil;
        }

        var elementer = liste!.Select(f => Tolk<Kjennemerke>(f.Kjennemerke, f.Dtg, Responskoder.UgyldigKjennemerke, "kjennemerke")).ToList();
        var svar = await SlaOppAsync(elementer, (gyldige, ct) => register.SlaOppKjennemerkerAsync(gyldige, ct), http.RequestAborted).ConfigureAwait(false);
        return await SvarAsync(http, loggforing, Operasjoner.Kjennemerke, liste!.Select(f => f.Kjennemerke ?? "").ToList(), elementer, svar).ConfigureAwait(false);
    }

    public static async Task<Results<Ok<IReadOnlyList<KjoretoyResponse>>, JsonHttpResult<ErrorMessage>>> Kuider(
        HttpContext http, IKjoretoyregister register, Loggforing loggforing)
    {
        var (liste, feil) = await LesListeAsync(http, KontraktJsonContext.Kompakt.ListKuidForesporsel).ConfigureAwait(false);
        if (feil is not null)
        {
            return feil;
        }

        var elementer = liste!.Select(f => Tolk<Kuid>(f.Kuid, f.Dtg, Responskoder.UgyldigKuid, "kuid")).ToList();
        var svar = await SlaOppAsync(elementer, (gyldige, ct) => register.SlaOppKuiderAsync(gyldige, ct), http.RequestAborted).ConfigureAwait(false);
        return await SvarAsync(http, loggforing, Operasjoner.Kuid, liste!.Select(f => f.Kuid ?? "").ToList(), elementer, svar).ConfigureAwait(false);
    }

    /// <summary>An item after parsing: the lookup, or the per-item answer for an invalid key or time.</summary>
    private readonly record struct Element<T>(BulkOppslag<T>? Oppslag, KjoretoyResponse? Ugyldig, DateTimeOffset? Dtg);

    private static Element<T> Tolk<T>(string? nokkel, string? dtg, string ugyldigKode, string felt)
        where T : struct, IIdentifikator<T>
    {
        if (!T.TryParse(nokkel, out var verdi, out var feil))
        {
            return new(null, KjoretoyResponse.Feil(new Responskode(ugyldigKode, nokkel is null ? $"Feltet {felt} mangler." : feil)), null);
        }

        if (dtg is null)
        {
            return new(new BulkOppslag<T>(verdi), null, null);
        }

        return Dtg.TryParse(dtg, out var tidspunkt, out var dtgFeil)
            ? new(new BulkOppslag<T>(verdi, tidspunkt.Tidspunkt), null, tidspunkt.Tidspunkt)
            : new(null, KjoretoyResponse.Feil(new Responskode(Responskoder.UgyldigDtg, dtgFeil)), null);
    }

    private static async ValueTask<KjoretoyResponse[]> SlaOppAsync<T>(
        List<Element<T>> elementer,
        Func<IReadOnlyList<BulkOppslag<T>>, CancellationToken, ValueTask<IReadOnlyList<KjoretoyResponse>>> slaOpp,
        CancellationToken cancellationToken)
    {
        var gyldige = elementer.Where(e => e.Oppslag is not null).Select(e => e.Oppslag!.Value).ToList();
        var funnet = gyldige.Count == 0 ? [] : await slaOpp(gyldige, cancellationToken).ConfigureAwait(false);
        var svar = new KjoretoyResponse[elementer.Count];
        var neste = 0;
        for (var i = 0; i < elementer.Count; i++)
        {
            svar[i] = elementer[i].Ugyldig ?? funnet[neste++];
        }

        return svar;
    }

    private static async Task<Results<Ok<IReadOnlyList<KjoretoyResponse>>, JsonHttpResult<ErrorMessage>>> SvarAsync<T>(
        HttpContext http, Loggforing loggforing, string operasjon, List<string> nokler, List<Element<T>> elementer, KjoretoyResponse[] svar)
    {
        var logg = new Loggforing.Element[svar.Length];
        for (var i = 0; i < svar.Length; i++)
        {
            logg[i] = new Loggforing.Element(nokler[i], elementer[i].Dtg, [svar[i]]);
        }

        if (await loggforing.SkrivAsync(http, operasjon, logg).ConfigureAwait(false) is { } loggfeil)
        {
            return loggfeil;
        }

        return TypedResults.Ok<IReadOnlyList<KjoretoyResponse>>(svar);
    }

    private static async ValueTask<(List<T>? Liste, JsonHttpResult<ErrorMessage>? Feil)> LesListeAsync<T>(
        HttpContext http, System.Text.Json.Serialization.Metadata.JsonTypeInfo<List<T>> type)
        where T : class
    {
        var (liste, feil) = await JsonKropp.LesAsync(http, type).ConfigureAwait(false);
        if (feil is not null)
        {
            return (null, feil);
        }

        if (liste!.Count == 0)
        {
            return (null, FiksFeil.UgyldigForesporsel(http, Feilkode.TomListe, "Listen i forespørselen er tom; send 1–100 elementer."));
        }

        if (liste.Count > MaksElementer)
        {
            return (null, FiksFeil.UgyldigForesporsel(http, Feilkode.ForMangeElementer,
                $"Listen i forespørselen har {liste.Count} elementer; høyst {MaksElementer} er tillatt."));
        }

        var tom = liste.FindIndex(e => e is null);
        return tom >= 0
            ? (null, FiksFeil.UgyldigForesporsel(http, Feilkode.UgyldigJson, $"Elementet $[{tom}] er null."))
            : (liste, null);
    }
}
