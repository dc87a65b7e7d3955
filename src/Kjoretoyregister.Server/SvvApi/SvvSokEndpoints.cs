using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Feil;
using Kjoretoyregister.Server.Oppslag;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kjoretoyregister.Server.SvvApi;

/// <summary>
/// SVV's lookup by understellsnummer (every vehicle with it) and search by owner name (paged, at most
/// <see cref="MaksAntall"/> a page as SVV allows; 204 when nothing matches), from the embedded register,
/// with the Fiks side's parameter rules and messages; a fault is a 400 in SVV's shape.
/// </summary>
internal static class SvvSokEndpoints
{
    /// <summary>SVV's largest page (<c>antall</c>).</summary>
    public const int MaksAntall = 100;

    public static async Task<Results<Ok<IReadOnlyList<KjoretoyResponse>>, JsonHttpResult<KjoretoysokResponse>>> Understellsnummer(
        HttpContext http, string understellsnummer, string? dtg, RegisterDatabase register)
    {
        if (!Parametre.Identifikator<Understellsnummer>(http, "understellsnummer", understellsnummer, Feilkode.UgyldigUnderstellsnummer, out var vin, out var feil)
            || !Parametre.Dtg(http, dtg, out var tidspunkt, out feil))
        {
            return SvvFeil.FraFiks(feil!);
        }

        var svar = await register.Oppslag.SlaOppUnderstellsnummerAsync(vin, tidspunkt, http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok(svar);
    }

    public static async Task<Results<Ok<KjoretoysokResponse>, NoContent, JsonHttpResult<KjoretoysokResponse>>> Eiernavn(
        HttpContext http, string? navn, string? postnummer, string? poststed, string? fylke, string? fodselsdato, string? erPerson,
        string? ekskluderVraketUtfort, string? fonetisk, string? fra, string? antall, string? dtg, RegisterDatabase register)
    {
        if (Eiernavnparametre.Navn(navn) is not { } sokenavn)
        {
            return SvvFeil.UgyldigParameter(Feilkode.UgyldigParameter, Eiernavnparametre.NavnMelding);
        }

        var (filter, filterfeil) = Eiernavnparametre.Filter(erPerson, postnummer, poststed, fylke, fodselsdato, ekskluderVraketUtfort, fonetisk);
        if (filterfeil is not null)
        {
            return SvvFeil.UgyldigParameter(Feilkode.UgyldigParameter, filterfeil);
        }

        if (!Parametre.Dtg(http, dtg, out var tidspunkt, out var feil)
            || !Side(http, fra, antall, out var fraVerdi, out var antallVerdi, out feil))
        {
            return SvvFeil.FraFiks(feil!);
        }

        var side = await register.Oppslag.SokEiernavnAsync(sokenavn, filter!, tidspunkt, fraVerdi, antallVerdi, http.RequestAborted).ConfigureAwait(false);
        return side.AntallTreffTotalt == 0 ? TypedResults.NoContent() : TypedResults.Ok(side);
    }

    /// <summary>Paging as SVV has it: <c>fra</c> 0 or more (default 0), <c>antall</c> 1–<see cref="MaksAntall"/> (default <see cref="MaksAntall"/>).</summary>
    public static bool Side(HttpContext http, string? fra, string? antall, out int fraVerdi, out int antallVerdi, out JsonHttpResult<Contracts.Fiks.ErrorMessage>? feil)
    {
        antallVerdi = MaksAntall;
        return Parametre.Heltall(http, "fra", fra, 0, 0, int.MaxValue, out fraVerdi, out feil)
            && Parametre.Heltall(http, "antall", antall, MaksAntall, 1, MaksAntall, out antallVerdi, out feil);
    }
}
