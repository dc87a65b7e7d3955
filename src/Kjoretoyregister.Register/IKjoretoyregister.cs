using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Register;

/// <summary>
/// Lookups in the vehicle register with the time rules of CONTRACT.md §2: a <c>dtg</c> of null
/// means now. The answers are the contract's records, ready to serialise.
/// </summary>
public interface IKjoretoyregister
{
    /// <summary>The vehicle (or trial plate) the plate was on at the time; <c>KJENNEMERKE_UKJENT</c> when none.</summary>
    ValueTask<KjoretoyResponse> SlaOppKjennemerkeAsync(Kjennemerke kjennemerke, DateTimeOffset? dtg, CancellationToken cancellationToken = default);

    /// <summary>Many plates in one snapshot, answered in the order asked.</summary>
    ValueTask<IReadOnlyList<KjoretoyResponse>> SlaOppKjennemerkerAsync(IReadOnlyList<BulkOppslag<Kjennemerke>> oppslag, CancellationToken cancellationToken = default);

    /// <summary>The vehicle with its plates, registration and ownership at the time; <c>KUID_UKJENT</c> when no such vehicle.</summary>
    ValueTask<KjoretoyResponse> SlaOppKuidAsync(Kuid kuid, DateTimeOffset? dtg, CancellationToken cancellationToken = default);

    /// <summary>Many kuids in one snapshot, answered in the order asked.</summary>
    ValueTask<IReadOnlyList<KjoretoyResponse>> SlaOppKuiderAsync(IReadOnlyList<BulkOppslag<Kuid>> oppslag, CancellationToken cancellationToken = default);

    /// <summary>Every vehicle with this understellsnummer; one <c>UNDERSTELLSNUMMER_UKJENT</c> answer when none.</summary>
    ValueTask<IReadOnlyList<KjoretoyResponse>> SlaOppUnderstellsnummerAsync(Understellsnummer understellsnummer, DateTimeOffset? dtg, CancellationToken cancellationToken = default);

    /// <summary>The vehicles whose eier, medeier or leasingtaker at the time has every word of <paramref name="navn"/> in its name, a page at a time.</summary>
    ValueTask<KjoretoysokResponse> SokEiernavnAsync(string navn, EiernavnFilter filter, DateTimeOffset? dtg, int fra, int antall, CancellationToken cancellationToken = default);

    /// <summary>The vehicles the person owns, co-owns or leases at the time, a page at a time.</summary>
    ValueTask<KjoretoySide> HentForPersonAsync(Fodselsnummer fodselsnummer, DateTimeOffset? dtg, int fra, int antall, CancellationToken cancellationToken = default);

    /// <summary>The vehicles the organisation owns, co-owns or leases at the time, a page at a time.</summary>
    ValueTask<KjoretoySide> HentForOrganisasjonAsync(Organisasjonsnummer organisasjonsnummer, DateTimeOffset? dtg, int fra, int antall, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="SlaOppKjennemerkerAsync"/> answered as ready JSON (the bulk endpoint's items). A register
    /// that keeps each vehicle's answer for now returns it without building it; the default builds and writes.
    /// </summary>
    async ValueTask<IReadOnlyList<Svarjson>> SlaOppKjennemerkerJsonAsync(IReadOnlyList<BulkOppslag<Kjennemerke>> oppslag, CancellationToken cancellationToken = default) =>
        Skriv(await SlaOppKjennemerkerAsync(oppslag, cancellationToken).ConfigureAwait(false));

    /// <summary><see cref="SlaOppKuiderAsync"/> answered as ready JSON (see <see cref="SlaOppKjennemerkerJsonAsync"/>).</summary>
    async ValueTask<IReadOnlyList<Svarjson>> SlaOppKuiderJsonAsync(IReadOnlyList<BulkOppslag<Kuid>> oppslag, CancellationToken cancellationToken = default) =>
        Skriv(await SlaOppKuiderAsync(oppslag, cancellationToken).ConfigureAwait(false));

    /// <summary><see cref="SlaOppUnderstellsnummerAsync"/> answered as ready JSON (see <see cref="SlaOppKjennemerkerJsonAsync"/>).</summary>
    async ValueTask<IReadOnlyList<Svarjson>> SlaOppUnderstellsnummerJsonAsync(Understellsnummer understellsnummer, DateTimeOffset? dtg, CancellationToken cancellationToken = default) =>
        Skriv(await SlaOppUnderstellsnummerAsync(understellsnummer, dtg, cancellationToken).ConfigureAwait(false));

    private static Svarjson[] Skriv(IReadOnlyList<KjoretoyResponse> svar)
    {
        var json = new Svarjson[svar.Count];
        for (var i = 0; i < json.Length; i++)
        {
            json[i] = Svarjson.Fra(svar[i]);
        }

        return json;
    }
}
