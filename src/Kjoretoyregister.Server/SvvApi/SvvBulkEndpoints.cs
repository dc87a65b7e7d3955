using System.Text.Json.Serialization.Metadata;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Oppslag;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kjoretoyregister.Server.SvvApi;

/// <summary>
/// SVV's bulk lookups by kjennemerke and kuid, answered from the embedded register exactly as the Fiks
/// side answers them (1–100 items, 200 in request order, an invalid item answered in its place with
/// <c>UGYLDIG_KJENNEMERKE</c>/<c>UGYLDIG_KUID</c>/<c>UGYLDIG_DTG</c>), without Fiks's audit; a fault in the
/// body itself is a 400 in SVV's shape (<see cref="SvvFeil"/>).
/// </summary>
internal static class SvvBulkEndpoints
{
    public static Task<Results<Ok<IReadOnlyList<KjoretoyResponse>>, JsonHttpResult<KjoretoysokResponse>>> Kjennemerker(
        HttpContext http, RegisterDatabase register) =>
        BulkAsync<KjennemerkeForesporsel, Kjennemerke>(
            http, KontraktJsonContext.Kompakt.ListKjennemerkeForesporsel, f => (f.Kjennemerke, f.Dtg),
            "kjennemerke", Responskoder.UgyldigKjennemerke, register.Oppslag.SlaOppKjennemerkerAsync);

    public static Task<Results<Ok<IReadOnlyList<KjoretoyResponse>>, JsonHttpResult<KjoretoysokResponse>>> Kuider(
        HttpContext http, RegisterDatabase register) =>
        BulkAsync<KuidForesporsel, Kuid>(
            http, KontraktJsonContext.Kompakt.ListKuidForesporsel, f => (f.Kuid, f.Dtg),
            "kuid", Responskoder.UgyldigKuid, register.Oppslag.SlaOppKuiderAsync);

    /// <summary>Reads the list, answers invalid items in place, looks the valid ones up in one call, answers in request order.</summary>
    private static async Task<Results<Ok<IReadOnlyList<KjoretoyResponse>>, JsonHttpResult<KjoretoysokResponse>>> BulkAsync<TForesporsel, T>(
        HttpContext http,
        JsonTypeInfo<List<TForesporsel>> type,
        Func<TForesporsel, (string? Nokkel, string? Dtg)> felt,
        string feltnavn,
        string ugyldigKode,
        Func<IReadOnlyList<BulkOppslag<T>>, CancellationToken, ValueTask<IReadOnlyList<KjoretoyResponse>>> slaOpp)
        where TForesporsel : class
        where T : struct, IIdentifikator<T>
    {
        var (liste, feil) = await LesListeAsync(http, type).ConfigureAwait(false);
        if (feil is not null)
        {
            return feil;
        }

        var elementer = liste!.Select(felt).Select(f => Bulkliste.Tolk<T>(f.Nokkel, f.Dtg, feltnavn, ugyldigKode)).ToList();
        var gyldige = Bulkliste.Gyldige(elementer);
        var funnet = gyldige.Count == 0 ? [] : await slaOpp(gyldige, http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<KjoretoyResponse>>(Bulkliste.Flett(elementer, funnet));
    }

    private static async ValueTask<(List<T>? Liste, JsonHttpResult<KjoretoysokResponse>? Feil)> LesListeAsync<T>(
        HttpContext http, JsonTypeInfo<List<T>> type)
        where T : class
    {
        var (liste, feil) = await JsonKropp.LesAsync(http, type).ConfigureAwait(false);
        if (feil is not null)
        {
            return (null, SvvFeil.FraFiks(feil));
        }

        return Bulkliste.Feil(liste!) is { } listefeil
            ? (null, SvvFeil.UgyldigParameter(listefeil.Feilkode, listefeil.Melding))
            : (liste, null);
    }
}
