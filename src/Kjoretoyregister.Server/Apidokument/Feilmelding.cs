using System.Text;
using Kjoretoyregister.Server.Feil;
using Microsoft.OpenApi;

namespace Kjoretoyregister.Server.Apidokument;

/// <summary>The <c>ErrorMessage</c> schema's texts: Fiks' error body, with every <c>errorCode</c> of <see cref="Feilkode.Alle"/>.</summary>
internal static class Feilmelding
{
    public const string Skjema = "ErrorMessage";

    public static void Beskriv(IDictionary<string, IOpenApiSchema> skjemaer)
    {
        if (!skjemaer.TryGetValue(Skjema, out var s) || s is not OpenApiSchema skjema || skjema.Properties is not { } egenskaper)
        {
            return;
        }

        if (egenskaper.TryGetValue("errorCode", out var kode) && kode is OpenApiSchema errorCode)
        {
            errorCode.Description = Koder();
        }
    }

    /// <summary>The code list: one line per code with its statuses and meaning, and the promise that codes may be added.</summary>
    public static string Koder()
    {
        var tekst = new StringBuilder("Stabil feilkode: klienter og tester skal bruke denne, ikke teksten i message. ")
            .Append("Nye koder kan komme: en klient må tåle en kode den ikke kjenner og behandle den etter HTTP-statusen. Kjente koder:\n");
        foreach (var kode in Feilkode.Alle)
        {
            tekst.Append("\n- `").Append(kode.Kode).Append("` (").AppendJoin(", ", kode.Statuser).Append("): ").Append(kode.Beskrivelse);
        }

        return tekst.ToString();
    }
}
