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
        Span<char> buffer = stackalloc char[32];
        var norsk = NorskTid.TilNorskTid(value);
        if (!norsk.TryFormat(buffer, out var skrevet, "yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture))
        {
            throw new JsonException("Klarte ikke å formatere tidspunkt");
        }

        writer.WriteStringValue(buffer[..skrevet]);
    }
}
