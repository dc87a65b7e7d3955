using System.Text.Json.Serialization.Metadata;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Fiks;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Feil;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Registerkilde;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kjoretoyregister.Server.Oppslag;

/// <summary>
/// SVV's bulk lookups by kjennemerke and kuid: 1–100 items, answered 200 in request order, an invalid
/// item answered in its place with <c>UGYLDIG_KJENNEMERKE</c>/<c>UGYLDIG_KUID</c>/<c>UGYLDIG_DTG</c>.
/// </summary>
internal static class BulkEndpoints
{
    public const int MaksElementer = 100;

    public static Task<Results<Ok<IReadOnlyList<KjoretoyResponse>>, JsonHttpResult<ErrorMessage>>> Kjennemerker(
        HttpContext http, IKjoretoyregister register, Loggforing loggforing) =>
        BulkAsync<KjennemerkeForesporsel, Kjennemerke>(
            http, loggforing, KontraktJsonContext.Kompakt.ListKjennemerkeForesporsel, f => (f.Kjennemerke, f.Dtg),
            new Slag("kjennemerke", Responskoder.UgyldigKjennemerke, Operasjoner.Kjennemerke), register.SlaOppKjennemerkerAsync);

    public static Task<Results<Ok<IReadOnlyList<KjoretoyResponse>>, JsonHttpResult<ErrorMessage>>> Kuider(
        HttpContext http, IKjoretoyregister register, Loggforing loggforing) =>
        BulkAsync<KuidForesporsel, Kuid>(
            http, loggforing, KontraktJsonContext.Kompakt.ListKuidForesporsel, f => (f.Kuid, f.Dtg),
            new Slag("kuid", Responskoder.UgyldigKuid, Operasjoner.Kuid), register.SlaOppKuiderAsync);

    /// <summary>What differs between the bulk lookups: the key's field name, its per-item error code, the audit operation.</summary>
    private sealed record Slag(string Felt, string UgyldigKode, string Operasjon);

    /// <summary>An item after parsing: the key as given, the lookup, or the per-item answer for an invalid key or time.</summary>
    private readonly record struct Element<T>(string Nokkel, BulkOppslag<T>? Oppslag, KjoretoyResponse? Ugyldig);

    /// <summary>Reads the list, answers invalid items in place, looks the valid ones up in one call, audits every item, answers in request order.</summary>
    private static async Task<Results<Ok<IReadOnlyList<KjoretoyResponse>>, JsonHttpResult<ErrorMessage>>> BulkAsync<TForesporsel, T>(
        HttpContext http,
        Loggforing loggforing,
        JsonTypeInfo<List<TForesporsel>> type,
        Func<TForesporsel, (string? Nokkel, string? Dtg)> felt,
        Slag slag,
        Func<IReadOnlyList<BulkOppslag<T>>, CancellationToken, ValueTask<IReadOnlyList<KjoretoyResponse>>> slaOpp)
        where TForesporsel : class
        where T : struct, IIdentifikator<T>
    {
        var (liste, feil) = await LesListeAsync(http, type).ConfigureAwait(false);
        if (feil is not null)
        {
            return feil;
        }

        var elementer = liste!.Select(f => felt(f)).Select(f => Tolk<T>(f.Nokkel, f.Dtg, slag)).ToList();
        var gyldige = elementer.Where(e => e.Oppslag is not null).Select(e => e.Oppslag!.Value).ToList();
        IReadOnlyList<KjoretoyResponse> funnet;
        try
        {
            funnet = gyldige.Count == 0 ? [] : await slaOpp(gyldige, http.RequestAborted).ConfigureAwait(false);
        }
        catch (RegisterfeilException registerfeil)
        {
            return await loggforing.FeiletAsync(http, slag.Operasjon, [.. elementer.Select(e => e.Ugyldig is { } ugyldig
                ? new Loggforing.Element(e.Nokkel, null, [ugyldig])
                : new Loggforing.Element(e.Nokkel, e.Oppslag!.Value.Dtg, null, Feilet: true))], registerfeil).ConfigureAwait(false);
        }

        var svar = new KjoretoyResponse[elementer.Count];
        var logg = new Loggforing.Element[elementer.Count];
        var neste = 0;
        for (var i = 0; i < elementer.Count; i++)
        {
            svar[i] = elementer[i].Ugyldig ?? funnet[neste++];
            logg[i] = new Loggforing.Element(elementer[i].Nokkel, elementer[i].Oppslag?.Dtg, [svar[i]]);
        }

        if (await loggforing.SkrivAsync(http, slag.Operasjon, logg).ConfigureAwait(false) is { } loggfeil)
        {
            return loggfeil;
        }

        return TypedResults.Ok<IReadOnlyList<KjoretoyResponse>>(svar);
    }

    private static Element<T> Tolk<T>(string? nokkel, string? dtg, Slag slag)
        where T : struct, IIdentifikator<T>
    {
        if (!T.TryParse(nokkel, out var verdi, out var feil))
        {
            return new(nokkel ?? "", null, KjoretoyResponse.Feil(new Responskode(slag.UgyldigKode, nokkel is null ? $"Feltet {slag.Felt} mangler." : feil)));
        }

        if (dtg is null)
        {
            return new(nokkel, new BulkOppslag<T>(verdi), null);
        }

        return Dtg.TryParse(dtg, out var tidspunkt, out var dtgFeil)
            ? new(nokkel, new BulkOppslag<T>(verdi, tidspunkt.Tidspunkt), null)
            : new(nokkel, null, KjoretoyResponse.Feil(new Responskode(Responskoder.UgyldigDtg, dtgFeil)));
    }

    private static async ValueTask<(List<T>? Liste, JsonHttpResult<ErrorMessage>? Feil)> LesListeAsync<T>(
        HttpContext http, JsonTypeInfo<List<T>> type)
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
