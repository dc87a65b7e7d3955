using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Kjoretoyregister.Server.Tests.Apidokument;

/// <summary>
/// The served OpenAPI document as a validator of answers: finds the operation of a method and a path
/// (by the document's path templates), and checks an answer's status, content type and body against
/// what the operation declares, the body with JSON Schema 2020-12 (the dialect of OpenAPI 3.1).
/// </summary>
internal sealed partial class Apidokumentskjema
{
    private readonly JsonObject dokument;
    private readonly string komponenter;
    private readonly List<(Regex Mal, string Sti)> stier;
    private readonly ConcurrentDictionary<string, JsonSchema> skjemaer = new(StringComparer.Ordinal);

    private static readonly EvaluationOptions Valg = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    public Apidokumentskjema(string json)
    {
        dokument = JsonNode.Parse(json)!.AsObject();
        komponenter = (dokument["components"]?["schemas"] ?? new JsonObject()).ToJsonString();
        stier = [.. dokument["paths"]!.AsObject().Select(p => (Monster(p.Key), p.Key))];
    }

    /// <summary>The document's path template that <paramref name="sti"/> matches, or null when it is not a documented path.</summary>
    public string? Mal(string sti) => stier.FirstOrDefault(s => s.Mal.IsMatch(sti)).Sti;

    /// <summary>
    /// Why the answer does not match the document (null when it does, or when the path and method are not
    /// documented operations: those are not the document's to judge).
    /// </summary>
    public string? Avvik(string metode, string mal, int status, string? innholdstype, string kropp)
    {
        if (dokument["paths"]![mal]?[metode.ToLowerInvariant()] is not JsonObject operasjon)
        {
            return null;
        }

        if (operasjon["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] is not JsonObject svar)
        {
            return $"statusen {status} står ikke i dokumentet for operasjonen";
        }

        if (svar["content"] is not JsonObject innhold)
        {
            return kropp.Length == 0 ? null : $"dokumentet sier ingen kropp, men svaret har {kropp.Length} tegn";
        }

        if (innholdstype is null || innhold[innholdstype] is not JsonObject medietype)
        {
            return $"innholdstypen '{innholdstype}' står ikke i dokumentet (bare {string.Join(", ", innhold.Select(i => i.Key))})";
        }

        var skjema = skjemaer.GetOrAdd(mal + " " + metode + " " + status + " " + innholdstype, _ => Bygg(medietype["schema"]!));
        JsonElement verdi;
        try
        {
            using var json = JsonDocument.Parse(kropp);
            verdi = json.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return "kroppen er ikke JSON: " + e.Message;
        }

        var resultat = skjema.Evaluate(verdi, Valg);
        return resultat.IsValid ? null : Forklar(resultat);
    }

    /// <summary>The response's schema with the component schemas beside it as <c>$defs</c>, so its references resolve.</summary>
    private JsonSchema Bygg(JsonNode skjema)
    {
        var tekst = $$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$defs":{{komponenter}},"allOf":[{{skjema.ToJsonString()}}]}""";
        tekst = tekst.Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        return JsonSchema.FromText(tekst, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    private static string Forklar(EvaluationResults resultat)
    {
        var meldinger = new List<string>();
        foreach (var detalj in resultat.Details ?? [])
        {
            foreach (var (nokkel, melding) in detalj.Errors ?? new Dictionary<string, string>())
            {
                meldinger.Add($"{detalj.InstanceLocation} ({nokkel}): {melding}");
            }
        }

        return meldinger.Count == 0 ? "ugyldig" : string.Join("; ", meldinger.Take(8));
    }

    /// <summary>A path template as a regex: each <c>{x}</c> one path segment.</summary>
    private static Regex Monster(string mal) => new("^" + Stiparameter().Replace(Regex.Escape(mal), "[^/]+") + "$", RegexOptions.CultureInvariant);

    /// <summary>A <c>{x}</c> of a template after <see cref="Regex.Escape"/> (which escapes the brace that opens it).</summary>
    [GeneratedRegex(@"\\\{[^}]+\}")]
    private static partial Regex Stiparameter();
}
