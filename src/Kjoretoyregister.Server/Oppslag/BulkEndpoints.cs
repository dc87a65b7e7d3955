using System.Text.Json.Serialization.Metadata;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Fiks;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Feil;
using Kjoretoyregister.Server.Kvote;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Registerkilde;
using Kjoretoyregister.Server.Telemetri;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kjoretoyregister.Server.Oppslag;

/// <summary>
/// SVV's bulk lookups by kjennemerke and kuid: 1–100 items, answered 200 in request order, an invalid
/// item answered in its place with <c>UGYLDIG_KJENNEMERKE</c>/<c>UGYLDIG_KUID</c>/<c>UGYLDIG_DTG</c>.
/// </summary>
internal static class BulkEndpoints
{
    public const int MaksElementer = Bulkliste.MaksElementer;

    public static Task<Results<Svarliste, JsonHttpResult<ErrorMessage>>> Kjennemerker(
        HttpContext http, IKjoretoyregister register, Loggforing loggforing, Kvoter kvoter, Maaler maaler) =>
        BulkAsync<KjennemerkeForesporsel, Kjennemerke>(
            http, loggforing, kvoter, maaler, KontraktJsonContext.Kompakt.ListKjennemerkeForesporsel, f => (f.Kjennemerke, f.Dtg),
            new Slag("kjennemerke", Responskoder.UgyldigKjennemerke, Operasjoner.Kjennemerke), register.SlaOppKjennemerkerJsonAsync);

    public static Task<Results<Svarliste, JsonHttpResult<ErrorMessage>>> Kuider(
        HttpContext http, IKjoretoyregister register, Loggforing loggforing, Kvoter kvoter, Maaler maaler) =>
        BulkAsync<KuidForesporsel, Kuid>(
            http, loggforing, kvoter, maaler, KontraktJsonContext.Kompakt.ListKuidForesporsel, f => (f.Kuid, f.Dtg),
            new Slag("kuid", Responskoder.UgyldigKuid, Operasjoner.Kuid), register.SlaOppKuiderJsonAsync);

    /// <summary>What differs between the bulk lookups: the key's field name, its per-item error code, the audit operation.</summary>
    private sealed record Slag(string Felt, string UgyldigKode, string Operasjon);

    /// <summary>
    /// Reads the list, takes a fair-use token for each item after the first (the chain took one for the call), answers
    /// invalid items in place, looks the valid ones up in one call, audits every item, answers in request order.
    /// </summary>
    private static async Task<Results<Svarliste, JsonHttpResult<ErrorMessage>>> BulkAsync<TForesporsel, T>(
        HttpContext http,
        Loggforing loggforing,
        Kvoter kvoter,
        Maaler maaler,
        JsonTypeInfo<List<TForesporsel>> type,
        Func<TForesporsel, (string? Nokkel, string? Dtg)> felt,
        Slag slag,
        Func<IReadOnlyList<BulkOppslag<T>>, CancellationToken, ValueTask<IReadOnlyList<Svarjson>>> slaOpp)
        where TForesporsel : class
        where T : struct, IIdentifikator<T>
    {
        var (liste, feil) = await LesListeAsync(http, type).ConfigureAwait(false);
        if (feil is not null)
        {
            return feil;
        }

        if (await kvoter.TaResten(http, liste!.Count - 1).ConfigureAwait(false) is { } kvoteOppbrukt)
        {
            return kvoteOppbrukt;
        }

        maaler.Bulk(slag.Operasjon, liste.Count);
        var elementer = liste.Select(f => felt(f)).Select(f => Bulkliste.Tolk<T>(f.Nokkel, f.Dtg, slag.Felt, slag.UgyldigKode)).ToList();
        var gyldige = Bulkliste.Gyldige(elementer);
        IReadOnlyList<Svarjson> funnet;
        try
        {
            funnet = gyldige.Count == 0 ? [] : await slaOpp(gyldige, http.RequestAborted).ConfigureAwait(false);
        }
        catch (RegisterfeilException registerfeil)
        {
            return await loggforing.FeiletAsync(http, slag.Operasjon, [.. elementer.Select(e => e.Ugyldig is { } ugyldig
                ? new Loggforing.Element(e.Nokkel, null, Json: [Svarjson.Fra(ugyldig)])
                : new Loggforing.Element(e.Nokkel, e.Oppslag!.Value.Dtg, Feilet: true))], registerfeil).ConfigureAwait(false);
        }

        var svar = new Svarjson[elementer.Count];
        var logg = new Loggforing.Element[elementer.Count];
        var neste = 0;
        for (var i = 0; i < elementer.Count; i++)
        {
            svar[i] = elementer[i].Ugyldig is { } ugyldig ? Svarjson.Fra(ugyldig) : funnet[neste++];
            logg[i] = new Loggforing.Element(elementer[i].Nokkel, elementer[i].Oppslag?.Dtg, Json: [svar[i]]);
        }

        if (await loggforing.SkrivAsync(http, slag.Operasjon, logg).ConfigureAwait(false) is { } loggfeil)
        {
            return loggfeil;
        }

        return new Svarliste(svar);
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

        return Bulkliste.Feil(liste!) is { } listefeil
            ? (null, FiksFeil.UgyldigForesporsel(http, listefeil.Feilkode, listefeil.Melding))
            : (liste, null);
    }
}
