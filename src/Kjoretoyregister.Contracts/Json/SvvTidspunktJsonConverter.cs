using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kjoretoyregister.Contracts.Json;

/// <summary>
/// Writes instants as SVV does: ISO 8601 with milliseconds and the Europe/Oslo offset in force
/// (<c>2021-04-21T14:32:54.295+02:00</c>). Reads any ISO 8601 time with an offset.
/// </summary>
public sealed class SvvTidspunktJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var tekst = reader.GetString();
        if (!Dtg.TryParse(tekst, out var dtg, out var feil))
        {
            throw new JsonException(feil);
        }

        return dtg.Tidspunkt;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        // Written raw, quotes included, so that no encoder turns the offset's '+' into \u002B.
        Span<byte> buffer = stackalloc byte[40];
        buffer[0] = (byte)'"';
        var norsk = NorskTid.TilNorskTid(value);
        if (!norsk.TryFormat(buffer[1..], out var skrevet, "yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture))
        {
            throw new JsonException("Klarte ikke å formatere tidspunkt");
        }

        buffer[skrevet + 1] = (byte)'"';
        writer.WriteRawValue(buffer[..(skrevet + 2)], skipInputValidation: true);
    }
}
