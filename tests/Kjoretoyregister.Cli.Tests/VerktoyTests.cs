using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Kjoretoyregister.Cli.Tests;

/// <summary>The vendor's <c>fiks-kjoretoy</c> as a package: what it is built from and what <c>dotnet pack</c> makes of it.</summary>
public sealed class VerktoyTests : IDisposable
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

#if DEBUG
    private const string Konfigurasjon = "Debug";
#else
    private const string Konfigurasjon = "Release";
#endif
}
