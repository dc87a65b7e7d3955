using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kjoretoyregister.Contracts.Json;

/// <summary>
/// A JSON value carried as its text and written out as it is, unparsed: SVV's approval data
/// (<c>godkjenning</c>) is stored as given and returned as given, so a lookup need not build a
/// document for it. <see cref="TilElement"/> parses it when a caller wants to look inside.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public readonly record struct RawJson(string Json)
{
    /// <summary>The value parsed, for reading its properties.</summary>
    public JsonElement TilElement()
    {
        using var dokument = JsonDocument.Parse(Json);
        return dokument.RootElement.Clone();
    }

    public override string ToString() => Json;
}

/// <summary>Writes a <see cref="RawJson"/> verbatim; reads any JSON value into one.</summary>
public sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var dokument = JsonDocument.ParseValue(ref reader);
        return new RawJson(dokument.RootElement.GetRawText());
    }

    // The text was checked to be one JSON value when it entered the register; it is not parsed again.
    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json, skipInputValidation: true);
}
