using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace Kjoretoyregister.Cli.Tests;

/// <summary>The vendor's <c>fiks-kjoretoy</c> as a package: what it is built from and what <c>dotnet pack</c> makes of it.</summary>
public sealed partial class VerktoyTests : IDisposable
{
    private readonly string mappe = Directory.CreateTempSubdirectory("fiks-kjoretoy-pakke-").FullName;

    public void Dispose() => Directory.Delete(mappe, recursive: true);

    [Fact]
    public void TheToolsAssemblyReferencesNeitherTheServerNorTheRegister()
    {
        using var fil = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "fiks-kjoretoy.dll"));
        using var pe = new PEReader(fil);
        var metadata = pe.GetMetadataReader();

        var referanser = metadata.AssemblyReferences.Select(r => metadata.GetString(metadata.GetAssemblyReference(r).Name)).ToList();

        Assert.Contains("Kjoretoyregister.Client", referanser);
        Assert.DoesNotContain("Kjoretoyregister.Server", referanser);
        Assert.DoesNotContain("Kjoretoyregister.Register", referanser);
        Assert.DoesNotContain("kjoretoy", referanser);
    }

    [Fact]
    public void NeitherTheServerNorTheRegisterIsAmongTheToolsDependencies()
    {
        var avhengigheter = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fiks-kjoretoy.deps.json"));

        Assert.Contains("Kjoretoyregister.Client", avhengigheter, StringComparison.Ordinal);
        Assert.DoesNotContain("Kjoretoyregister.Server", avhengigheter, StringComparison.Ordinal);
        Assert.DoesNotContain("Kjoretoyregister.Register", avhengigheter, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", avhengigheter, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("token")]
    [InlineData("oppslag")]
    public async Task TheOperatorsCommandSaysWhereTheVendorsCommandWentAndExitsTwo(string kommando)
    {
        var svar = await KjoretoyProsess.KjorAsync(mappe, kommando, "--kjennemerke", "AB 12345", "--konfig", "data/demo.json");

        Assert.Equal(2, svar.Kode);
        Assert.Contains($"dotnet run --project src/Kjoretoyregister.Client.Cli -- {kommando} --kjennemerke \"AB 12345\" --konfig data/demo.json", svar.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public void NoDocumentOrPrintedHintSendsAVendorToTheOperatorsCommandForTokenOrOppslag()
    {
        var filer = Directory.EnumerateFiles(Repositorium.Rot, "*.*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".md" or ".http" or ".cs" or ".cshtml")
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != "VerktoyTests.cs");
        var feil = new List<string>();
        foreach (var fil in filer)
        {
            foreach (var (linje, nummer) in File.ReadLines(fil).Select((l, i) => (l, i + 1)))
            {
                if (GammeltOppslag().IsMatch(linje))
                {
                    feil.Add($"{Path.GetRelativePath(Repositorium.Rot, fil)}:{nummer}: {linje.Trim()}");
                }

                foreach (Match prosjekt in Prosjekt().Matches(linje))
                {
                    if (!Directory.Exists(Path.Combine(Repositorium.Rot, prosjekt.Groups[1].Value)))
                    {
                        feil.Add($"{Path.GetRelativePath(Repositorium.Rot, fil)}:{nummer}: finner ikke {prosjekt.Groups[1].Value}");
                    }
                }
            }
        }

        Assert.True(feil.Count == 0, string.Join('\n', feil));
    }

    [Fact]
    public async Task PackingTheToolGivesADotnetToolPackageNamedFiksKjoretoy()
    {
        // Packs what the test run already built (no second build): fast, and the same bits as the tests ran.
        var prosjekt = Path.Combine(Repositorium.Rot, "src", "Kjoretoyregister.Client.Cli", "Kjoretoyregister.Client.Cli.csproj");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "pack", prosjekt, "--no-build", "-c", Konfigurasjon, "-o", mappe, "-nologo", "-v", "quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        using var prosess = Process.Start(start)!;
        var ut = prosess.StandardOutput.ReadToEndAsync();
        var feil = prosess.StandardError.ReadToEndAsync();
        await prosess.WaitForExitAsync();

        Assert.True(prosess.ExitCode == 0, await ut + await feil);
        var pakke = Assert.Single(Directory.GetFiles(mappe, "Kjoretoyregister.Client.Cli.*.nupkg"));
        using var zip = ZipFile.OpenRead(pakke);
        var innstillinger = Assert.Single(zip.Entries, e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        using var les = new StreamReader(innstillinger.Open());
        var xml = await les.ReadToEndAsync();
        Assert.Contains("Name=\"fiks-kjoretoy\"", xml, StringComparison.Ordinal);
        Assert.Contains("EntryPoint=\"fiks-kjoretoy.dll\"", xml, StringComparison.Ordinal);
        Assert.Contains(zip.Entries, e => e.FullName == "README.md");
        Assert.DoesNotContain(zip.Entries, e => e.Name is "Kjoretoyregister.Server.dll" or "Kjoretoyregister.Register.dll");
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        Assert.Contains("<license type=\"expression\">MIT</license>", await nuspec.ReadToEndAsync(), StringComparison.Ordinal);
    }

    /// <summary>The vendor's commands as the operator's tool once had them.</summary>
    [GeneratedRegex(@"(?<![-\w])kjoretoy (token|oppslag)\b|src/Kjoretoyregister\.Cli -- (token|oppslag)\b")]
    private static partial Regex GammeltOppslag();

    /// <summary>A <c>dotnet run --project src/...</c> in a hint or a document.</summary>
    [GeneratedRegex(@"dotnet run --project (src/[\w.]+)")]
    private static partial Regex Prosjekt();

#if DEBUG
    private const string Konfigurasjon = "Debug";
#else
    private const string Konfigurasjon = "Release";
#endif
}
