using System.Text.Json;
using System.Text.Json.Serialization;
using Kjoretoyregister.Contracts.Fiks;
using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Contracts.Json;

/// <summary>
/// Source-generated JSON for the contract records: camelCase, absent values left out, times as SVV
/// writes them. Use <see cref="Default"/> (compact) or <see cref="Indented"/>.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(SvvTidspunktJsonConverter)])]
[JsonSerializable(typeof(KjoretoyResponse))]
[JsonSerializable(typeof(IReadOnlyList<KjoretoyResponse>))]
[JsonSerializable(typeof(KjoretoysokResponse))]
[JsonSerializable(typeof(ErrorMessage))]
public sealed partial class KontraktJsonContext : JsonSerializerContext
{
    private static KontraktJsonContext? indented;

    /// <summary>The same settings, indented (for the CLI and for people).</summary>
    public static KontraktJsonContext Indented =>
        indented ??= new KontraktJsonContext(new JsonSerializerOptions(Default.Options) { WriteIndented = true });
}
