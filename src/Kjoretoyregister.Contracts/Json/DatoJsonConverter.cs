#if !NET
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kjoretoyregister.Contracts.Json;

/// <summary>
/// netstandard2.0 only: a calendar date, which is <see cref="DateTime"/> there (.NET Framework has no
/// <c>DateOnly</c>; see src/Polyfill/DateOnly.cs), read and written as <c>yyyy-MM-dd</c> as the net10.0
/// build writes <c>DateOnly</c>. A time of day in the text is refused, as <c>DateOnly</c> refuses it.
/// </summary>
internal sealed class DatoJsonConverter : JsonConverter<DateTime>
{
    private const string Format = "yyyy-MM-dd";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var tekst = reader.GetString();
        if (!DateTime.TryParseExact(tekst, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dato))
        {
            throw new JsonException($"Ugyldig dato «{tekst}»: forventet {Format}.");
        }

        return dato;
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
#endif
