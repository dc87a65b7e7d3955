using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Feil;
using Kjoretoyregister.Server.Oppslag;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kjoretoyregister.Server.SvvApi;

/// <summary>
/// SVV's <c>sok/fodselsnummer</c> and <c>sok/organisasjonsnummer</c>: the vehicles the person or
/// organisation owns, co-owns or leases (now, or at <c>dtg</c>, this register's extension), a page at a
/// time; 204 when there are none. A fødselsnummer never appears in an answer's description.
/// SVV's <c>ekskluderVraketUtfort=true</c> is refused (400) rather than silently ignored.
/// </summary>
internal static class SvvEierEndpoints
{
    public static Task<Results<Ok<KjoretoysokResponse>, NoContent, JsonHttpResult<KjoretoysokResponse>>> Fodselsnummer(
        HttpContext http, string? fodselsnummer, string? ekskluderVraketUtfort, string? fra, string? antall, string? dtg, RegisterDatabase register) =>
        EierAsync<Fodselsnummer>(http, "fodselsnummer", fodselsnummer, Feilkode.UgyldigFodselsnummer, ekskluderVraketUtfort, fra, antall, dtg, register.Oppslag.HentForPersonAsync);

    public static Task<Results<Ok<KjoretoysokResponse>, NoContent, JsonHttpResult<KjoretoysokResponse>>> Organisasjonsnummer(
        HttpContext http, string? organisasjonsnummer, string? ekskluderVraketUtfort, string? fra, string? antall, string? dtg, RegisterDatabase register) =>
        EierAsync<Organisasjonsnummer>(http, "organisasjonsnummer", organisasjonsnummer, Feilkode.UgyldigOrganisasjonsnummer, ekskluderVraketUtfort, fra, antall, dtg,
            register.Oppslag.HentForOrganisasjonAsync);

    /// <summary>The parameters checked in SVV's order (the owner's id, dtg, the page, the unsupported filter), then one page of the owner's vehicles.</summary>
    private static async Task<Results<Ok<KjoretoysokResponse>, NoContent, JsonHttpResult<KjoretoysokResponse>>> EierAsync<T>(
        HttpContext http, string navn, string? verdi, string feilkode, string? ekskluderVraketUtfort, string? fra, string? antall, string? dtg,
        Func<T, DateTimeOffset?, int, int, CancellationToken, ValueTask<KjoretoySide>> hent)
        where T : struct, IIdentifikator<T>
    {
        if (!Parametre.Identifikator<T>(http, navn, verdi, feilkode, out var eier, out var feil)
            || !Parametre.Dtg(http, dtg, out var tidspunkt, out feil)
            || !SvvSokEndpoints.Side(http, fra, antall, out var fraVerdi, out var antallVerdi, out feil))
        {
            return SvvFeil.FraFiks(feil!);
        }

        if (Ekskluder(ekskluderVraketUtfort) is { } ekskluder)
        {
            return ekskluder;
        }

        return Svar(await hent(eier, tidspunkt, fraVerdi, antallVerdi, http.RequestAborted).ConfigureAwait(false));
    }

    private static Results<Ok<KjoretoysokResponse>, NoContent, JsonHttpResult<KjoretoysokResponse>> Svar(KjoretoySide side) =>
        side.AntallTreffTotalt == 0
            ? TypedResults.NoContent()
            : TypedResults.Ok(new KjoretoysokResponse([], side.Kjoretoy.Count, side.AntallTreffTotalt, side.Kjoretoy));

    /// <summary>Null when absent or false; a 400 for true (not supported yet) or anything else.</summary>
    private static JsonHttpResult<KjoretoysokResponse>? Ekskluder(string? verdi) =>
        string.IsNullOrEmpty(verdi) || string.Equals(verdi, "false", StringComparison.OrdinalIgnoreCase)
            ? null
            : SvvFeil.UgyldigParameter(Feilkode.UgyldigParameter,
                string.Equals(verdi, "true", StringComparison.OrdinalIgnoreCase)
                    ? "Parameteren ekskluderVraketUtfort=true støttes ikke av dette registeret ennå."
                    : "Parameteren ekskluderVraketUtfort må være true eller false.");
}
