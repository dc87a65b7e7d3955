using Kjoretoyregister.Contracts.Fiks;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Svv;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kjoretoyregister.Server.SvvApi;

/// <summary>
/// The SVV side's error answers: as SVV answers a parameter fault, a <see cref="KjoretoysokResponse"/>
/// with no vehicles whose <c>responskoder</c> say what is wrong (<c>kode</c> from the one catalogue of
/// stable codes, <see cref="Feil.Feilkode"/>; <c>beskrivelse</c> naming the parameter). Used for every
/// 4xx/5xx of the SVV side, 401 and 503 included.
/// </summary>
internal static class SvvFeil
{
    /// <summary>An error answer with the given status, code and description.</summary>
    public static JsonHttpResult<KjoretoysokResponse> Svar(int status, string kode, string beskrivelse) =>
        TypedResults.Json(Kropp(kode, beskrivelse), KontraktJsonContext.Kompakt.KjoretoysokResponse, statusCode: status);

    /// <summary>400 naming the parameter.</summary>
    public static JsonHttpResult<KjoretoysokResponse> UgyldigParameter(string kode, string beskrivelse) =>
        Svar(StatusCodes.Status400BadRequest, kode, beskrivelse);

    /// <summary>The same fault as the Fiks side's helpers found it (status, code and message kept), in SVV's shape.</summary>
    public static JsonHttpResult<KjoretoysokResponse> FraFiks(JsonHttpResult<ErrorMessage> fiks)
    {
        var melding = fiks.Value!;
        return Svar(fiks.StatusCode ?? melding.Status, melding.ErrorCode ?? Feil.Feilkode.UgyldigParameter, melding.Message);
    }

    /// <summary>The body: one response code, no hits.</summary>
    public static KjoretoysokResponse Kropp(string kode, string beskrivelse) =>
        new([new Responskode(kode, beskrivelse)], 0, 0, []);
}
