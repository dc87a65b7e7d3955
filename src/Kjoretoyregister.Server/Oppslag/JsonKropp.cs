using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kjoretoyregister.Contracts.Fiks;
using Kjoretoyregister.Server.Feil;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Features;

namespace Kjoretoyregister.Server.Oppslag;

/// <summary>
/// Reads a lookup's JSON body: refused with 413 past <see cref="MaksBytes"/> (checked on
/// Content-Length before reading, and while reading a chunked body), 415 when not JSON, and 400
/// <c>UGYLDIG_JSON</c> naming the JSON path when it does not parse into the expected shape.
/// </summary>
internal static class JsonKropp
{
    /// <summary>The largest lookup body: 100 items with long values and generous whitespace fit many times over.</summary>
    public const int MaksBytes = 64 * 1024;

    public static async ValueTask<(T? Verdi, JsonHttpResult<ErrorMessage>? Feil)> LesAsync<T>(HttpContext http, JsonTypeInfo<T> type)
        where T : class
    {
        if (!http.Request.HasJsonContentType())
        {
            return (null, FiksFeil.Svar(http, StatusCodes.Status415UnsupportedMediaType, Feilkode.UgyldigInnholdstype,
                "Innholdet må sendes som JSON (Content-Type: application/json)."));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } grense)
        {
            grense.MaxRequestBodySize = MaksBytes;
        }

        var buffer = new ArrayBufferWriter<byte>(1024);
        try
        {
            while (true)
            {
                var minne = buffer.GetMemory(4096);
                var lest = await http.Request.Body.ReadAsync(minne, http.RequestAborted).ConfigureAwait(false);
                if (lest == 0)
                {
                    break;
                }

                buffer.Advance(lest);
                if (buffer.WrittenCount > MaksBytes)
                {
                    return (null, ForStor(http));
                }
            }
        }
        catch (BadHttpRequestException feil) when (feil.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ForStor(http));
        }

        if (buffer.WrittenCount == 0)
        {
            return (null, FiksFeil.UgyldigForesporsel(http, Feilkode.UgyldigJson, "Forespørselen mangler innhold (JSON)."));
        }

        try
        {
            var verdi = JsonSerializer.Deserialize(buffer.WrittenSpan, type);
            return verdi is null
                ? (null, FiksFeil.UgyldigForesporsel(http, Feilkode.UgyldigJson, "Forespørselen kan ikke være null."))
                : (verdi, null);
        }
        catch (JsonException feil)
        {
            var sti = string.IsNullOrEmpty(feil.Path) ? "$" : feil.Path;
            return (null, FiksFeil.UgyldigForesporsel(http, Feilkode.UgyldigJson,
                $"Ugyldig JSON eller feil type ved {sti} (linje {feil.LineNumber + 1}, posisjon {feil.BytePositionInLine + 1})."));
        }
    }

    private static JsonHttpResult<ErrorMessage> ForStor(HttpContext http) =>
        FiksFeil.Svar(http, StatusCodes.Status413PayloadTooLarge, Feilkode.ForStorForesporsel, $"Forespørselen er for stor: høyst {MaksBytes} byte.");
}
