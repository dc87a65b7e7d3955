using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Feil;

namespace Kjoretoyregister.Server.Oppslag;

/// <summary>
/// The rules of a bulk list, shared by the Fiks side and the SVV side so both answer word for word
/// alike: 1–100 items, none null; each item parsed into a lookup, or answered in its place with
/// <c>UGYLDIG_KJENNEMERKE</c>/<c>UGYLDIG_KUID</c>/<c>UGYLDIG_DTG</c>.
/// </summary>
internal static class Bulkliste
{
    public const int MaksElementer = 100;

    /// <summary>An item after parsing: the key as given, the lookup, or the per-item answer for an invalid key or time.</summary>
    public readonly record struct Element<T>(string Nokkel, BulkOppslag<T>? Oppslag, KjoretoyResponse? Ugyldig);

    /// <summary>What is wrong with the list as a whole (errorCode and message), or null.</summary>
    public static (string Feilkode, string Melding)? Feil<T>(List<T> liste)
        where T : class
    {
        if (liste.Count == 0)
        {
            return (Feilkode.TomListe, "Listen i forespørselen er tom; send 1–100 elementer.");
        }

        if (liste.Count > MaksElementer)
        {
            return (Feilkode.ForMangeElementer, $"Listen i forespørselen har {liste.Count} elementer; høyst {MaksElementer} er tillatt.");
        }

        var tom = liste.FindIndex(e => e is null);
        return tom >= 0 ? (Feilkode.UgyldigJson, $"Elementet $[{tom}] er null.") : null;
    }

    /// <param name="nokkel">The key as given (null when the field was absent).</param>
    /// <param name="dtg">The item's time, or null for now.</param>
    /// <param name="felt">The key's field name, for the message when it is absent.</param>
    /// <param name="ugyldigKode">The per-item code for an invalid key.</param>
    public static Element<T> Tolk<T>(string? nokkel, string? dtg, string felt, string ugyldigKode)
        where T : struct, IIdentifikator<T>
    {
        if (!T.TryParse(nokkel, out var verdi, out var feil))
        {
            return new(nokkel ?? "", null, KjoretoyResponse.Feil(new Responskode(ugyldigKode, nokkel is null ? $"Feltet {felt} mangler." : feil)));
        }

        if (dtg is null)
        {
            return new(nokkel, new BulkOppslag<T>(verdi), null);
        }

        return Dtg.TryParse(dtg, out var tidspunkt, out var dtgFeil)
            ? new(nokkel, new BulkOppslag<T>(verdi, tidspunkt.Tidspunkt), null)
            : new(nokkel, null, KjoretoyResponse.Feil(new Responskode(Responskoder.UgyldigDtg, dtgFeil)));
    }

    /// <summary>The lookups of the valid items, in order.</summary>
    public static List<BulkOppslag<T>> Gyldige<T>(IReadOnlyList<Element<T>> elementer) =>
        [.. elementer.Where(e => e.Oppslag is not null).Select(e => e.Oppslag!.Value)];

    /// <summary>One answer per item in request order: an invalid item's own answer, else the next of <paramref name="funnet"/> (the answers to <see cref="Gyldige"/>).</summary>
    public static KjoretoyResponse[] Flett<T>(IReadOnlyList<Element<T>> elementer, IReadOnlyList<KjoretoyResponse> funnet)
    {
        var svar = new KjoretoyResponse[elementer.Count];
        var neste = 0;
        for (var i = 0; i < elementer.Count; i++)
        {
            svar[i] = elementer[i].Ugyldig ?? funnet[neste++];
        }

        return svar;
    }
}
