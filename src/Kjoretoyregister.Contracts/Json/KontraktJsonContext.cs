using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kjoretoyregister.Contracts.Fiks;
using Kjoretoyregister.Contracts.Ks;
using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Contracts.Json;

/// <summary>
/// Source-generated JSON for the contract records: camelCase, absent values left out, times as SVV
/// writes them. Use <see cref="Kompakt"/> or <see cref="Indented"/>: they write æ, ø and å as
/// themselves, as SVV does (the generated <c>Default</c> escapes them).
/// </summary>
#if NET
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(SvvTidspunktJsonConverter)])]
#else
// .NET Framework: the calendar dates are DateTime (no DateOnly), written as dates all the same.
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(SvvTidspunktJsonConverter), typeof(DatoJsonConverter)])]
#endif
[JsonSerializable(typeof(KjoretoyResponse))]
[JsonSerializable(typeof(IReadOnlyList<KjoretoyResponse>))]
[JsonSerializable(typeof(KjoretoysokResponse))]
[JsonSerializable(typeof(ErrorMessage))]
[JsonSerializable(typeof(List<KjennemerkeForesporsel>))]
[JsonSerializable(typeof(List<KuidForesporsel>))]
[JsonSerializable(typeof(PersonOppslag))]
[JsonSerializable(typeof(OrganisasjonOppslag))]
[JsonSerializable(typeof(PersonKjoretoyResponse))]
[JsonSerializable(typeof(OrganisasjonKjoretoyResponse))]
public sealed partial class KontraktJsonContext : JsonSerializerContext
{
    private static KontraktJsonContext? kompakt;
    private static KontraktJsonContext? indented;

    /// <summary>Compact, for the API.</summary>
    public static KontraktJsonContext Kompakt => kompakt ??= new(Lag(indentert: false));

    /// <summary>Indented, for the CLI and for people.</summary>
    public static KontraktJsonContext Indented => indented ??= new(Lag(indentert: true));

    // Built from the generated Default lazily: static initialisers of the generated half may run later.
    private static JsonSerializerOptions Lag(bool indentert) =>
        new(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = indentert };
}
