using System.Text.RegularExpressions;

namespace Kjoretoyregister.Server.Tests.Drift;

/// <summary>
/// The repository stands alone: a clone with nothing beside it builds, tests and reads. Every relative
/// link in its Markdown leads to a file or folder inside it, and nothing points to the folders that once
/// sat beside it.
/// </summary>
public sealed partial class RepositoriumTests
{
    private static readonly string Rot = FinnRot();

    private static readonly string[] Hoppover = ["bin", "obj", ".git", "node_modules", "data", "results", "TestResults"];

    [Fact]
    public void EveryRelativeMarkdownLinkLeadsToSomethingInsideTheRepository()
    {
        var dode = new List<string>();
        foreach (var fil in Filer("*.md"))
        {
            foreach (Match lenke in MarkdownLenke().Matches(File.ReadAllText(fil)))
            {
                var mal = lenke.Groups["mal"].Value.Split('#')[0];
                if (mal.Length == 0 || mal.Contains("://", StringComparison.Ordinal) || mal.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fil)!, Uri.UnescapeDataString(mal)));
                if (!full.StartsWith(Rot + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !(File.Exists(full) || Directory.Exists(full)))
                {
                    dode.Add($"{Path.GetRelativePath(Rot, fil)}: {mal}");
                }
            }
        }

        Assert.True(dode.Count == 0, "Døde eller utpekende lenker:\n" + string.Join("\n", dode));
    }

    /// <summary>
    /// No source, project, script or document names a path that climbs out of the repository: every
    /// <c>../</c> path, read from the folder of the file that holds it, stays inside. The contract is here.
    /// </summary>
    [Fact]
    public void NoFileReachesOutsideTheRepository()
    {
        var utenfor = Filer("*.*")
            .Where(f => Path.GetExtension(f) is ".md" or ".cs" or ".csproj" or ".props" or ".sh" or ".json" or ".razor" or ".cshtml" or ".slnx" or ".yaml")
            .SelectMany(f => OppoverSti().Matches(File.ReadAllText(f)).Select(m => (Fil: f, Sti: m.Value)))
            .Where(t => !Path.GetFullPath(Path.Combine(Path.GetDirectoryName(t.Fil)!, t.Sti)).StartsWith(Rot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(t => $"{Path.GetRelativePath(Rot, t.Fil)}: {t.Sti}")
            .ToList();

        Assert.True(utenfor.Count == 0, "Stier ut av repositoriet:\n" + string.Join("\n", utenfor));
        Assert.True(File.Exists(Path.Combine(Rot, "docs", "kontrakt", "CONTRACT.md")));
    }

    /// <summary>The MIT licence stands at the root, and every package we publish says MIT too.</summary>
    [Fact]
    public void TheRootLicenceIsMitAndEveryPackageDeclaresIt()
    {
        var lisens = Path.Combine(Rot, "LICENSE");
        Assert.True(File.Exists(lisens), "LICENSE mangler i roten av repositoriet");
        Assert.StartsWith("MIT License", File.ReadAllText(lisens), StringComparison.Ordinal);

        var uttrykk = Filer("*.props").Concat(Filer("*.csproj"))
            .SelectMany(f => LisensUttrykk().Matches(File.ReadAllText(f)).Select(m => (Fil: Path.GetRelativePath(Rot, f), Verdi: m.Groups["verdi"].Value)))
            .ToList();
        Assert.NotEmpty(uttrykk);
        Assert.All(uttrykk, u => Assert.True(u.Verdi == "MIT", $"{u.Fil}: PackageLicenseExpression {u.Verdi}, ikke MIT som LICENSE"));
    }

    private static IEnumerable<string> Filer(string monster) =>
        Directory.EnumerateFiles(Rot, monster, SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(Rot, f).Split(Path.DirectorySeparatorChar).Any(d => Hoppover.Contains(d)));

    private static string FinnRot()
    {
        for (var mappe = new DirectoryInfo(AppContext.BaseDirectory); mappe is not null; mappe = mappe.Parent)
        {
            if (File.Exists(Path.Combine(mappe.FullName, "Kjoretoyregister.slnx")))
            {
                return mappe.FullName;
            }
        }

        throw new DirectoryNotFoundException($"Fant ikke Kjoretoyregister.slnx over {AppContext.BaseDirectory}.");
    }

    /// <summary>A relative path that starts by climbing: <c>../</c> once or more, then what follows up to a delimiter.</summary>
    [GeneratedRegex(@"(?:\.\./)+[^\s""'<>)\]`,;*]*")]
    private static partial Regex OppoverSti();

    [GeneratedRegex(@"<PackageLicenseExpression>(?<verdi>[^<]*)</PackageLicenseExpression>")]
    private static partial Regex LisensUttrykk();

    /// <summary>An inline Markdown link or image: <c>[tekst](mål)</c>, the target without a title.</summary>
    [GeneratedRegex(@"\]\((?<mal>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLenke();
}
