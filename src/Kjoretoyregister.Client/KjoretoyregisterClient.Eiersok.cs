using System.Globalization;
using System.Text;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Client;

/// <summary>The owner-name search with its narrowing (<see cref="Eiersokvalg"/>).</summary>
public sealed partial class KjoretoyregisterClient
{
    /// <summary>
    /// Searches owners' names, narrowed by <paramref name="sok"/> (fylke, fødselsdato, phonetic, …): the page
    /// from <paramref name="fra"/> of at most <paramref name="antall"/> vehicles; an empty page when nothing
    /// matches. Purpose, employee and case (<paramref name="valg"/>) go to the audit log.
    /// </summary>
    public async Task<KjoretoysokResponse> SokEiernavnAsync(
        string navn, Eiersokvalg? sok, int fra = 0, int antall = 100, DateTimeOffset? dtg = null, Oppslagsvalg? valg = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(navn);
        var sti = new StringBuilder(svvSti).Append("sok/eiernavn?navn=").Append(Uri.EscapeDataString(navn))
            .Append("&fra=").Append(fra.ToString(CultureInfo.InvariantCulture))
            .Append("&antall=").Append(antall.ToString(CultureInfo.InvariantCulture));
        Parameter(sti, "dtg", Tekst(dtg));
        if (sok is not null)
        {
            Parameter(sti, "erPerson", sok.ErPerson is { } erPerson ? (erPerson ? "true" : "false") : null);
            Parameter(sti, "postnummer", sok.Postnummer);
            Parameter(sti, "poststed", sok.Poststed);
            Parameter(sti, "fylke", sok.Fylke);
            Parameter(sti, "fodselsdato", sok.Fodselsdato?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Parameter(sti, "ekskluderVraketUtfort", sok.EkskluderVraketUtfort ? "true" : null);
            Parameter(sti, "fonetisk", sok.Fonetisk ? "true" : null);
        }

        return await SendAsync("sok/eiernavn", HttpMethod.Get, sti.ToString(), null, valg, KontraktJsonContext.Kompakt.KjoretoysokResponse, cancellationToken).ConfigureAwait(false)
            ?? new KjoretoysokResponse([], 0, 0, []);
    }

    private static void Parameter(StringBuilder sti, string navn, string? verdi)
    {
        if (!string.IsNullOrEmpty(verdi))
        {
            sti.Append('&').Append(navn).Append('=').Append(Uri.EscapeDataString(verdi));
        }
    }
}
