using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kjoretoyregister.Cli.Tests;

/// <summary>
/// The README's walk through the <c>kjoretoy</c> command, run as written: its <c>generer</c> and
/// <c>importer</c> lines make the register (seed 1) in a fresh folder, and every <c>register oppslag</c>
/// example finds what it looks for there.
/// </summary>
public sealed partial class ReadmeTests : IDisposable
{
    private readonly string mappe = Directory.CreateTempSubdirectory("kjoretoy-readme-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(mappe, recursive: true);
    }

    [Fact]
    public async Task EveryRegisterLookupExampleInTheReadmeFindsAVehicleInTheSeedOneRegister()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Repositorium.Rot, "README.md"));
        var linjer = Kommando().Matches(readme).Select(m => Skallord.Del(m.Groups["kommando"].Value)[1..]).ToList();
        var oppslag = linjer.Where(l => l is ["register", "oppslag", ..]).ToList();
        Directory.CreateDirectory(Path.Combine(mappe, "data"));
        var generert = await KjoretoyProsess.KjorAsync(mappe, [.. Assert.Single(linjer, l => l[0] == "generer")]);
        var importert = await KjoretoyProsess.KjorAsync(mappe, [.. Assert.Single(linjer, l => l is ["importer", _])]);

        var svar = new List<(string Linje, KjoretoyProsess.Resultat Resultat)>();
        foreach (var linje in oppslag)
        {
            svar.Add((string.Join(' ', linje), await KjoretoyProsess.KjorAsync(mappe, [.. linje])));
        }

        Assert.True(generert.Kode == 0 && importert.Kode == 0, generert.Feil + importert.Feil);
        Assert.Contains("--seed 1", readme, StringComparison.Ordinal);
        Assert.Equal(5, oppslag.Count);
        Assert.All(svar, s =>
        {
            Assert.True(s.Resultat.Kode == 0, $"{s.Linje}: {s.Resultat.Feil}");
            var treff = JsonNode.Parse(s.Resultat.Ut)!.AsArray().Where(k => k!["kjoretoy"] is not null).ToList();
            Assert.True(treff.Count > 0, $"{s.Linje} fant ingenting i registeret med seed 1");
        });
    }

    /// <summary>A <c>kjoretoy ...</c> line of the README's shell blocks, without its trailing comment.</summary>
    [GeneratedRegex(@"^(?<kommando>kjoretoy (?:generer|importer|register oppslag)\b[^#\n]*?)\s*(?:#.*)?$", RegexOptions.Multiline)]
    private static partial Regex Kommando();
}
