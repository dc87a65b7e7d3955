using System.Text.Json;
using Json.Schema;
using Kjoretoyregister.Register.Tests.Testdata;

namespace Kjoretoyregister.Register.Tests.Syntetisk;

public class ImportSkjemaTests
{
    [Fact]
    public async Task EveryLineValidatesAgainstTheImportSchema()
    {
        var skjema = JsonSchema.FromText(
            await File.ReadAllTextAsync(Spesifikasjon.Fil("register-import.schema.json")),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        // Flag stops at the first error and is twice as fast; a failing line is evaluated again with List to say why.
        var valg = new EvaluationOptions { RequireFormatValidation = true, OutputFormat = OutputFormat.Flag };
        var forklaring = new EvaluationOptions { RequireFormatValidation = true, OutputFormat = OutputFormat.List };
        var linjer = SyntetiskeLinjer.Tekstlinjer(await SyntetiskeLinjer.GenererAsync(3_000));

        var feil = new List<string>();
        for (var i = 0; i < linjer.Length && feil.Count == 0; i++)
        {
            using var dokument = JsonDocument.Parse(linjer[i]);
            var resultat = skjema.Evaluate(dokument.RootElement, valg);
            if (!resultat.IsValid)
            {
                feil.Add($"Linje {i + 1} er ikke gyldig: {Feilmeldinger(skjema.Evaluate(dokument.RootElement, forklaring))}\n{linjer[i]}");
            }
        }

        Assert.True(feil.Count == 0, string.Join('\n', feil));
        Assert.True(linjer.Length > 3_000);
    }

    private static string Feilmeldinger(EvaluationResults resultat)
    {
        var meldinger = new List<string>();
        foreach (var detalj in resultat.Details ?? [])
        {
            foreach (var (nokkel, melding) in detalj.Errors ?? new Dictionary<string, string>())
            {
                meldinger.Add($"{detalj.InstanceLocation} ({nokkel}): {melding}");
            }
        }

        // The oneOf branch for the other line type fails too; the specific errors (format, pattern, enum) say more.
        return string.Join("; ", meldinger.OrderBy(m => m.Contains("false schema", StringComparison.Ordinal) || m.Contains("(required)", StringComparison.Ordinal)).Take(12));
    }
}
