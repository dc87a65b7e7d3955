using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Fiks;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Ks;
using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Feil;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Registerkilde;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kjoretoyregister.Server.Oppslag;

/// <summary>
/// KS's own v1 operations: the vehicles a person or an organisation owns, co-owns or leases now.
/// A person's number never appears in an error message.
/// </summary>
internal static class KsEndpoints
{
    /// <summary>How many of a person's vehicles one answer holds (v1 has no paging for persons).</summary>
    public const int MaksForPerson = 1000;

    public static async Task<Results<Ok<PersonKjoretoyResponse>, JsonHttpResult<ErrorMessage>>> Person(
        HttpContext http, IKjoretoyregister register, Loggforing loggforing)
    {
        var (oppslag, feil) = await JsonKropp.LesAsync(http, KontraktJsonContext.Kompakt.PersonOppslag).ConfigureAwait(false);
        if (feil is not null)
        {
            return feil;
        }

        if (!Fodselsnummer.TryParse(oppslag!.Fnr, out var fnr, out var melding))
        {
            var ugyldig = FiksFeil.UgyldigForesporsel(http, Feilkode.UgyldigFodselsnummer,
                oppslag.Fnr is null ? "Feltet fnr mangler." : $"Feltet fnr er ugyldig: {melding}");
            return await loggforing.UgyldigAsync(http, Operasjoner.Person, "", ugyldig).ConfigureAwait(false);
        }

        KjoretoySide side;
        try
        {
            side = await register.HentForPersonAsync(fnr, null, 0, MaksForPerson, http.RequestAborted).ConfigureAwait(false);
        }
        catch (RegisterfeilException registerfeil)
        {
            return await loggforing.FeiletAsync(http, Operasjoner.Person, [new(fnr.ToString(), null, null, [fnr.ToString()], Feilet: true)], registerfeil).ConfigureAwait(false);
        }

        var kjoretoy = side.Kjoretoy.Where(s => s.Kjoretoy is not null).Select(s => KsMapping.TilPerson(s.Kjoretoy!)).ToList();
        if (await loggforing.SkrivAsync(http, Operasjoner.Person, [new(fnr.ToString(), null, side.Kjoretoy, [fnr.ToString()])]).ConfigureAwait(false) is { } loggfeil)
        {
            return loggfeil;
        }

        return TypedResults.Ok(new PersonKjoretoyResponse(fnr.ToString(), kjoretoy));
    }

    public static async Task<Results<Ok<OrganisasjonKjoretoyResponse>, JsonHttpResult<ErrorMessage>>> Organisasjon(
        HttpContext http, IKjoretoyregister register, Loggforing loggforing)
    {
        var (oppslag, feil) = await JsonKropp.LesAsync(http, KontraktJsonContext.Kompakt.OrganisasjonOppslag).ConfigureAwait(false);
        if (feil is not null)
        {
            return feil;
        }

        if (!Parametre.Identifikator<Organisasjonsnummer>(http, "organisasjonsnummer", oppslag!.Organisasjonsnummer, Feilkode.UgyldigOrganisasjonsnummer, out var orgnr, out feil))
        {
            return await loggforing.UgyldigAsync(http, Operasjoner.Organisasjon, oppslag.Organisasjonsnummer, feil!).ConfigureAwait(false);
        }

        var fra = oppslag.Fra ?? 0;
        var antall = oppslag.Antall ?? 100;
        if (fra < 0 || antall is < 1 or > SokEndpoints.MaksAntall)
        {
            return FiksFeil.UgyldigForesporsel(http, Feilkode.UgyldigParameter,
                $"Feltet fra må være 0 eller mer, og feltet antall fra 1 til {SokEndpoints.MaksAntall}.");
        }

        KjoretoySide side;
        try
        {
            side = await register.HentForOrganisasjonAsync(orgnr, null, fra, antall, http.RequestAborted).ConfigureAwait(false);
        }
        catch (RegisterfeilException registerfeil)
        {
            return await loggforing.FeiletAsync(http, Operasjoner.Organisasjon, [new(orgnr.ToString(), null, null, [orgnr.ToString()], Feilet: true)], registerfeil).ConfigureAwait(false);
        }

        var kjoretoy = side.Kjoretoy.Where(s => s.Kjoretoy is not null).Select(s => KsMapping.TilOrganisasjon(s.Kjoretoy!)).ToList();
        if (await loggforing.SkrivAsync(http, Operasjoner.Organisasjon, [new(orgnr.ToString(), null, side.Kjoretoy, [orgnr.ToString()])]).ConfigureAwait(false) is { } loggfeil)
        {
            return loggfeil;
        }

        return TypedResults.Ok(new OrganisasjonKjoretoyResponse(orgnr.ToString(), kjoretoy));
    }
}
