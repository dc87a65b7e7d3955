using System.Text.RegularExpressions;

namespace Kjoretoyregister.Client.Tests;

/// <summary>
/// The vendor's guide (docs/leverandor.md) and its .http file (docs/leverandor.http) cannot drift from
/// the code: the guide's example is the Program.cs that is built, the .http file's paths are the API's,
/// and the error table names exactly the server's error catalogue.
/// </summary>
public sealed partial class LeverandorveiledningTests
{
    /// <summary>CONTRACT.md §4: the six operations, as method and path template.</summary>
    private static readonly (string Metode, string Mal)[] Operasjoner =
    [
        ("POST", "/kjoretoyregister/api/{fiksOrgId}/rest/distribusjon/kjoretoy/v2.0/bulk/kjennemerke"),
        ("POST", "/kjoretoyregister/api/{fiksOrgId}/rest/distribusjon/kjoretoy/v2.0/bulk/kuid"),
        ("GET", "/kjoretoyregister/api/{fiksOrgId}/rest/distribusjon/kjoretoy/v2.0/bulk/understellsnummer/{understellsnummer}"),
        ("GET", "/kjoretoyregister/api/{fiksOrgId}/rest/distribusjon/kjoretoy/v2.0/sok/eiernavn"),
        ("POST", "/kjoretoyregister/api/v1/ks/{fiksOrgId}/person"),
        ("POST", "/kjoretoyregister/api/v1/ks/{fiksOrgId}/organisasjon"),
    ];

    private static readonly string Rot = FinnRot();

    [Fact]
    public void GuideExampleIsTheBuiltProgramCs()
    {
        var program = Normaliser(File.ReadAllText(Path.Combine(Rot, "docs", "leverandor-eksempel", "Program.cs")));
        var seksjon = Seksjon(Les("docs", "leverandor.md"), "## Eksempel");

        var start = seksjon.IndexOf("```csharp\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/leverandor.md: fant ingen ```csharp-blokk under ## Eksempel.");
        start += "```csharp\n".Length;
        var slutt = seksjon.IndexOf("\n```", start - 1, StringComparison.Ordinal);
        var blokk = seksjon[start..(slutt + 1)];

        Assert.Equal(program, blokk);
        Assert.True(
            program.Split('\n').Count(l => l.Trim().Length > 0) <= 20,
            "docs/leverandor-eksempel/Program.cs skal ha høyst 20 linjer som ikke er tomme.");
    }

    [Fact]
    public void HttpFilePathsAreTheApiRoutesAndCoverEveryOperation()
    {
        var tekst = Les("docs", "leverandor.http");
        var variabler = Variabel().Matches(tekst).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
        var maler = Operasjoner.Select(o => (o.Metode, o.Mal, Regex: Monster(o.Mal))).ToList();
        var dekket = new HashSet<string>();

        var foresporsler = tekst.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("GET ", StringComparison.Ordinal) || l.StartsWith("POST ", StringComparison.Ordinal)).ToList();
        foreach (var linje in foresporsler)
        {
            var deler = linje.Split(' ', 2);
            var url = Erstatt(deler[1].Replace(" HTTP/1.1", "", StringComparison.Ordinal).Trim(), variabler);
            Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri), $"docs/leverandor.http: «{linje}» gir ingen gyldig adresse ({url}).");
            var treff = maler.Where(m => m.Metode == deler[0] && m.Regex.IsMatch(uri.AbsolutePath)).ToList();
            Assert.True(treff.Count == 1, $"docs/leverandor.http: «{deler[0]} {uri.AbsolutePath}» er ingen operasjon i CONTRACT.md §4.");
            dekket.Add(treff[0].Mal);
        }

        Assert.Equal(Operasjoner.Select(o => o.Mal).Order(), dekket.Order());
    }

    [Fact]
    public void ErrorTableNamesOnlyCodesOfTheErrorCatalogue()
    {
        var katalog = Katalog();
        var tabell = Tabellkoder();

        Assert.True(tabell.Count >= 10, "Fant nesten ingen errorCode i feiltabellen i docs/leverandor.md.");
        Assert.All(tabell, kode => Assert.True(katalog.Contains(kode), $"docs/leverandor.md: {kode} finnes ikke i Feilkode.cs."));
    }

    [Fact]
    public void ErrorTableNamesEveryCodeOfTheErrorCatalogue()
    {
        var tabell = Tabellkoder();

        var mangler = Katalog().Where(k => !tabell.Contains(k)).ToList();

        Assert.True(mangler.Count == 0, $"Feiltabellen i docs/leverandor.md mangler {string.Join(", ", mangler)} fra Feilkode.cs.");
    }

    /// <summary>The errorCode column (the second) of the table under ## Feiltabell.</summary>
    private static HashSet<string> Tabellkoder() =>
        Seksjon(Les("docs", "leverandor.md"), "## Feiltabell").Split('\n')
            .Where(l => l.StartsWith('|'))
            .Select(l => l.Split('|'))
            .Where(celler => celler.Length > 2)
            .SelectMany(celler => Kode().Matches(celler[2]).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Katalog() =>
        Katalogkode().Matches(Les("src", "Kjoretoyregister.Server", "Feil", "Feilkode.cs"))
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A path template as a regex: <c>{fiksOrgId}</c> a UUID, any other placeholder an identifier.</summary>
    private static Regex Monster(string mal) =>
        new("^" + Plassholder().Replace(Regex.Escape(mal).Replace(@"\{", "{", StringComparison.Ordinal), m => m.Groups[1].Value == "fiksOrgId"
            ? "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
            : "[A-Za-z0-9]{1,25}") + "$");

    /// <summary>From the heading line to the next heading of level 2, or the end.</summary>
    private static string Seksjon(string markdown, string overskrift)
    {
        var start = markdown.IndexOf("\n" + overskrift + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/leverandor.md mangler overskriften «{overskrift}».");
        var slutt = markdown.IndexOf("\n## ", start + overskrift.Length, StringComparison.Ordinal);
        return slutt < 0 ? markdown[start..] : markdown[start..slutt];
    }

    private static string Erstatt(string tekst, Dictionary<string, string> variabler)
    {
        for (var i = 0; i < 5 && tekst.Contains("{{", StringComparison.Ordinal); i++)
        {
            tekst = Bruk().Replace(tekst, m => variabler.TryGetValue(m.Groups[1].Value, out var verdi) ? verdi : m.Value);
        }

        Assert.DoesNotContain("{{", tekst, StringComparison.Ordinal);
        return tekst;
    }

    private static string Les(params string[] sti) => Normaliser(File.ReadAllText(Path.Combine([Rot, .. sti])));

    private static string Normaliser(string tekst) => tekst.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string FinnRot()
    {
        for (var katalog = new DirectoryInfo(AppContext.BaseDirectory); katalog is not null; katalog = katalog.Parent)
        {
            if (File.Exists(Path.Combine(katalog.FullName, "Kjoretoyregister.slnx")))
            {
                return katalog.FullName;
            }
        }

        throw new InvalidOperationException($"Fant ikke Kjoretoyregister.slnx over {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^@(\w+)\s*=(.*)$", RegexOptions.Multiline)]
    private static partial Regex Variabel();

    [GeneratedRegex(@"\{\{\s*(\w+)\s*\}\}")]
    private static partial Regex Bruk();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Plassholder();

    [GeneratedRegex(@"`([A-Z][A-Z_]+)`")]
    private static partial Regex Kode();

    [GeneratedRegex(@"const string \w+ = ""([A-Z_]+)"";")]
    private static partial Regex Katalogkode();
}
