using System.Buffers;
using System.Text;
using System.Text.Json;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Logg;

namespace Kjoretoyregister.Cli;

/// <summary>Audit rows as the <c>logg</c> command prints them: one JSON object per line, or CSV rows. Times in Norwegian time.</summary>
internal static class Loggutskrift
{
    public static Task SkrivCsvOverskriftAsync(TextWriter ut) => LoggCsv.SkrivOverskriftAsync(ut);

    public static Task SkrivCsvAsync(TextWriter ut, LagretLoggRad lagret) => LoggCsv.SkrivAsync(ut, lagret);

    public static Task SkrivJsonAsync(TextWriter ut, LagretLoggRad lagret)
    {
        var r = lagret.Rad;
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, Loggvalg.Json))
        {
            json.WriteStartObject();
            json.WriteNumber("id", lagret.Id);
            json.WriteString("tidspunkt", NorskTid.Formater(r.Tidspunkt));
            json.WriteString("fiksOrgId", r.FiksOrgId);
            json.WriteString("integrasjonId", r.IntegrasjonId);
            json.WriteString("konsumentOrgnr", r.KonsumentOrgnr);
            json.WriteString("klientId", r.KlientId);
            json.WriteString("operasjon", r.Operasjon);
            json.WriteString("nokkel", r.Nokkel);
            json.WriteString("dtg", r.Dtg is { } dtg ? NorskTid.Formater(dtg) : null);
            json.WriteString("utfall", LoggCsv.Utfallstekst(r.Utfall));
            Liste(json, "kuider", r.Kuider);
            Liste(json, "parter", r.Parter);
            json.WriteString("errorId", r.ErrorId);
            json.WriteString("formal", r.Formal);
            json.WriteString("saksbehandler", r.Saksbehandler);
            json.WriteString("saksreferanse", r.Saksreferanse);
            json.WriteEndObject();
        }

        return ut.WriteAsync(Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n");
    }

    private static void Liste(Utf8JsonWriter json, string navn, IReadOnlyList<string> verdier)
    {
        json.WriteStartArray(navn);
        foreach (var verdi in verdier)
        {
            json.WriteStringValue(verdi);
        }

        json.WriteEndArray();
    }
}
