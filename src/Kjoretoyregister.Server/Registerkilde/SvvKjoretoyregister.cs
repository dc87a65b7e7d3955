using System.Globalization;
using System.Text.Json;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register;

namespace Kjoretoyregister.Server.Registerkilde;

/// <summary>
/// Live mode (<c>Register:Source=Svv</c>): every lookup answered by Statens vegvesen's v2.0 API. Bulk
/// lookups go to <c>bulk/kjennemerke</c>, <c>bulk/kuid</c> and <c>bulk/understellsnummer</c> as KS lists
/// them; the person, organisation and owner-name lookups to SVV's <c>sok/...</c> paths, a page of at most
/// <see cref="SvvSide"/> at a time. SVV's per-item response codes pass through unchanged.
/// </summary>
public sealed class SvvKjoretoyregister(Svvkall svv) : IKjoretoyregister
{
    /// <summary>The most SVV's search paths give in one page.</summary>
    public const int SvvSide = 100;

    public async ValueTask<KjoretoyResponse> SlaOppKjennemerkeAsync(Kjennemerke kjennemerke, DateTimeOffset? dtg, CancellationToken cancellationToken = default) =>
        (await SlaOppKjennemerkerAsync([new BulkOppslag<Kjennemerke>(kjennemerke, dtg)], cancellationToken).ConfigureAwait(false))[0];

    public async ValueTask<IReadOnlyList<KjoretoyResponse>> SlaOppKjennemerkerAsync(IReadOnlyList<BulkOppslag<Kjennemerke>> oppslag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(oppslag);
        var kropp = JsonSerializer.SerializeToUtf8Bytes(
            oppslag.Select(o => new KjennemerkeForesporsel(o.Nokkel.ToString(), Tekst(o.Dtg))).ToList(), KontraktJsonContext.Kompakt.ListKjennemerkeForesporsel);
        return Samme(oppslag.Count, await svv.SendAsync(HttpMethod.Post, "bulk/kjennemerke", kropp, KontraktJsonContext.Kompakt.IReadOnlyListKjoretoyResponse, cancellationToken).ConfigureAwait(false));
    }

    public async ValueTask<KjoretoyResponse> SlaOppKuidAsync(Kuid kuid, DateTimeOffset? dtg, CancellationToken cancellationToken = default) =>
        (await SlaOppKuiderAsync([new BulkOppslag<Kuid>(kuid, dtg)], cancellationToken).ConfigureAwait(false))[0];

    public async ValueTask<IReadOnlyList<KjoretoyResponse>> SlaOppKuiderAsync(IReadOnlyList<BulkOppslag<Kuid>> oppslag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(oppslag);
        var kropp = JsonSerializer.SerializeToUtf8Bytes(
            oppslag.Select(o => new KuidForesporsel(o.Nokkel.ToString(), Tekst(o.Dtg))).ToList(), KontraktJsonContext.Kompakt.ListKuidForesporsel);
        return Samme(oppslag.Count, await svv.SendAsync(HttpMethod.Post, "bulk/kuid", kropp, KontraktJsonContext.Kompakt.IReadOnlyListKjoretoyResponse, cancellationToken).ConfigureAwait(false));
    }

    public async ValueTask<IReadOnlyList<KjoretoyResponse>> SlaOppUnderstellsnummerAsync(Understellsnummer understellsnummer, DateTimeOffset? dtg, CancellationToken cancellationToken = default)
    {
        var sti = "bulk/understellsnummer/" + Uri.EscapeDataString(understellsnummer.ToString()) + Parameter("?", "dtg", Tekst(dtg));
        return await svv.SendAsync(HttpMethod.Get, sti, null, KontraktJsonContext.Kompakt.IReadOnlyListKjoretoyResponse, cancellationToken).ConfigureAwait(false)
            ?? [KjoretoyResponse.Feil(Responskoder.UkjentUnderstellsnummer(understellsnummer))];
    }

    public async ValueTask<KjoretoysokResponse> SokEiernavnAsync(string navn, EiernavnFilter filter, DateTimeOffset? dtg, int fra, int antall, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var side = await SiderAsync(
            $"sok/eiernavn?navn={Uri.EscapeDataString(navn)}{Parameter("&", "postnummer", filter.Postnummer)}{Parameter("&", "poststed", filter.Poststed)}"
                + Parameter("&", "erPerson", filter.ErPerson?.ToString().ToLowerInvariant()) + Parameter("&", "fylke", filter.Fylke)
                + Parameter("&", "fodselsdato", filter.Fodselsdato?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                + Parameter("&", "ekskluderVraketUtfort", filter.EkskluderVraketUtfort ? "true" : null)
                + Parameter("&", "fonetisk", filter.Fonetisk ? "true" : null) + Parameter("&", "dtg", Tekst(dtg)),
            fra, antall, cancellationToken).ConfigureAwait(false);
        return new KjoretoysokResponse([], side.Kjoretoy.Count, side.AntallTreffTotalt, side.Kjoretoy);
    }

    public ValueTask<KjoretoySide> HentForPersonAsync(Fodselsnummer fodselsnummer, DateTimeOffset? dtg, int fra, int antall, CancellationToken cancellationToken = default) =>
        SiderAsync($"sok/fodselsnummer?fodselsnummer={fodselsnummer}{Parameter("&", "dtg", Tekst(dtg))}", fra, antall, cancellationToken);

    public ValueTask<KjoretoySide> HentForOrganisasjonAsync(Organisasjonsnummer organisasjonsnummer, DateTimeOffset? dtg, int fra, int antall, CancellationToken cancellationToken = default) =>
        SiderAsync($"sok/organisasjonsnummer?organisasjonsnummer={organisasjonsnummer}{Parameter("&", "dtg", Tekst(dtg))}", fra, antall, cancellationToken);

    /// <summary>The page from <paramref name="fra"/> of <paramref name="antall"/>, fetched in SVV's pages of at most <see cref="SvvSide"/>.</summary>
    private async ValueTask<KjoretoySide> SiderAsync(string sok, int fra, int antall, CancellationToken ct)
    {
        var kjoretoy = new List<KjoretoyResponse>();
        var totalt = 0;
        while (kjoretoy.Count < antall)
        {
            var start = fra + kjoretoy.Count;
            var mengde = Math.Min(SvvSide, antall - kjoretoy.Count);
            var side = await svv.SendAsync(HttpMethod.Get, $"{sok}&fra={start.ToString(CultureInfo.InvariantCulture)}&antall={mengde.ToString(CultureInfo.InvariantCulture)}",
                null, KontraktJsonContext.Kompakt.KjoretoysokResponse, ct).ConfigureAwait(false);
            if (side is null)
            {
                break; // 204: nothing (more) matches
            }

            totalt = side.AntallTreffTotalt;
            kjoretoy.AddRange(side.Kjoretoyresponser);
            if (side.Kjoretoyresponser.Count < mengde || start + side.Kjoretoyresponser.Count >= totalt)
            {
                break;
            }
        }

        return new KjoretoySide(totalt, kjoretoy);
    }

    /// <summary>SVV's answer to a bulk call, which must have one answer per item asked.</summary>
    private static IReadOnlyList<KjoretoyResponse> Samme(int antall, IReadOnlyList<KjoretoyResponse>? svar) =>
        svar?.Count == antall
            ? svar
            : throw RegisterfeilException.Utilgjengelig(StatusCodes.Status502BadGateway, $"Statens vegvesen ga {svar?.Count ?? 0} svar på {antall} elementer.");

    private static string? Tekst(DateTimeOffset? dtg) => dtg?.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private static string Parameter(string skille, string navn, string? verdi) =>
        string.IsNullOrEmpty(verdi) ? "" : $"{skille}{navn}={Uri.EscapeDataString(verdi)}";
}
