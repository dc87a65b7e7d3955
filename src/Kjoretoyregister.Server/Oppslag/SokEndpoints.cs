using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Fiks;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Feil;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Registerkilde;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kjoretoyregister.Server.Oppslag;

/// <summary>SVV's lookup by understellsnummer (every vehicle with it) and search by owner name (paged; 204 when nothing matches).</summary>
internal static class SokEndpoints
{
    public const int MaksAntall = 1000;

    public static async Task<Results<Svarliste, JsonHttpResult<ErrorMessage>>> Understellsnummer(
        HttpContext http, string understellsnummer, string? dtg, IKjoretoyregister register, Loggforing loggforing)
    {
        if (!Parametre.Identifikator<Understellsnummer>(http, "understellsnummer", understellsnummer, Feilkode.UgyldigUnderstellsnummer, out var vin, out var feil)
            || !Parametre.Dtg(http, dtg, out var tidspunkt, out feil))
        {
            return await loggforing.UgyldigAsync(http, Operasjoner.Understellsnummer, understellsnummer, feil!).ConfigureAwait(false);
        }

        IReadOnlyList<Svarjson> svar;
        try
        {
            svar = await register.SlaOppUnderstellsnummerJsonAsync(vin, tidspunkt, http.RequestAborted).ConfigureAwait(false);
        }
        catch (RegisterfeilException registerfeil)
        {
            return await loggforing.FeiletAsync(http, Operasjoner.Understellsnummer, [new(vin.ToString(), tidspunkt, null, Feilet: true)], registerfeil).ConfigureAwait(false);
        }

        if (await loggforing.SkrivAsync(http, Operasjoner.Understellsnummer, [new(vin.ToString(), tidspunkt, Json: svar)]).ConfigureAwait(false) is { } loggfeil)
        {
            return loggfeil;
        }

        return new Svarliste(svar);
    }

    public static async Task<Results<Ok<KjoretoysokResponse>, NoContent, JsonHttpResult<ErrorMessage>>> Eiernavn(
        HttpContext http, string? navn, string? dtg, string? fra, string? antall, string? erPerson, string? postnummer, string? poststed,
        string? fylke, string? fodselsdato, string? ekskluderVraketUtfort, string? fonetisk, IKjoretoyregister register, Loggforing loggforing)
    {
        if (Eiernavnparametre.Navn(navn) is not { } sokenavn)
        {
            return await loggforing.UgyldigAsync(http, Operasjoner.Eiernavn, navn?.Trim() ?? "",
                FiksFeil.UgyldigForesporsel(http, Feilkode.UgyldigParameter, Eiernavnparametre.NavnMelding)).ConfigureAwait(false);
        }

        var (filter, filterfeil) = Eiernavnparametre.Filter(erPerson, postnummer, poststed, fylke, fodselsdato, ekskluderVraketUtfort, fonetisk);
        if (filterfeil is not null)
        {
            return FiksFeil.UgyldigForesporsel(http, Feilkode.UgyldigParameter, filterfeil);
        }

        if (!Parametre.Dtg(http, dtg, out var tidspunkt, out var feil)
            || !Parametre.Heltall(http, "fra", fra, 0, 0, int.MaxValue, out var fraVerdi, out feil)
            || !Parametre.Heltall(http, "antall", antall, 100, 1, MaksAntall, out var antallVerdi, out feil))
        {
            return feil!;
        }

        KjoretoysokResponse side;
        try
        {
            side = await register.SokEiernavnAsync(sokenavn, filter!, tidspunkt, fraVerdi, antallVerdi, http.RequestAborted).ConfigureAwait(false);
        }
        catch (RegisterfeilException registerfeil)
        {
            return await loggforing.FeiletAsync(http, Operasjoner.Eiernavn, [new(sokenavn, tidspunkt, null, Feilet: true)], registerfeil).ConfigureAwait(false);
        }

        if (await loggforing.SkrivAsync(http, Operasjoner.Eiernavn, [new(sokenavn, tidspunkt, side.Kjoretoyresponser)]).ConfigureAwait(false) is { } loggfeil)
        {
            return loggfeil;
        }

        return side.AntallTreffTotalt == 0 ? TypedResults.NoContent() : TypedResults.Ok(side);
    }
}
