using System.Text.RegularExpressions;

namespace Kjoretoyregister.Cli.Tests;

/// <summary>
/// The commands <c>kjoretoy forvaltning</c> prints as hints work when pasted: each is split as a POSIX shell
/// splits it, its placeholders filled in as a user would, and run for real on the same data.
/// </summary>
public sealed partial class ForslagTests : IDisposable
{
    private readonly Forvaltningsmappe mappe = new();

    public void Dispose() => mappe.Dispose();

    [Fact]
    public async Task EveryCommandPrintedByOrganisasjonOpprettRunsWhenPasted()
    {
        var opprettet = await mappe.Kjor("organisasjon", "opprett", "--navn", "Testkommune", "--orgnr", Forvaltningsmappe.Kommunenummer);
        var fiksOrgId = Forvaltningsmappe.Verdi(opprettet.Ut, "Fiks-organisasjonID");

        var forslag = Forslag(opprettet.Ut, ("ÅÅÅÅ-MM-DD", "2025-01-15"));
        var svar = await KjorAlleAsync(forslag);

        Assert.Equal(2, forslag.Count);
        Assert.All(svar, s => Assert.True(s.Kode == 0, s.Feil));
        Assert.True((await mappe.DetaljerAsync(fiksOrgId))!.Organisasjon.KjoretoyregisterAktivert);
    }

    [Fact]
    public async Task EveryCommandPrintedByBrukerOpprettRunsWhenPasted()
    {
        var fiksOrgId = await mappe.OrganisasjonAsync();
        var opprettet = await mappe.Kjor("bruker", "opprett", "--brukernavn", "kari@kommune.no", "--navn", "Kari Nordmann");

        var forslag = Forslag(opprettet.Ut, ("UUID", fiksOrgId));
        var svar = await KjorAlleAsync(forslag);

        Assert.True(opprettet.Kode == 0, opprettet.Feil);
        Assert.Equal(2, forslag.Count);
        Assert.All(svar, s => Assert.True(s.Kode == 0, s.Feil));
        var bruker = await mappe.Brukere().HentAsync("kari@kommune.no");
        Assert.Contains(Guid.Parse(fiksOrgId), bruker!.Organisasjoner);
        Assert.Contains("Nytt passord", svar[^1].Ut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APrintedCommandCarriesTheDataDirectoryItWasRunWith()
    {
        var opprettet = await mappe.Kjor("organisasjon", "opprett", "--navn", "Testkommune", "--orgnr", Forvaltningsmappe.Kommunenummer);

        var forslag = Forslag(opprettet.Ut);

        Assert.All(forslag, f => Assert.Equal(mappe.DataDir, f[f.IndexOf("--data-dir") + 1]));
    }

    /// <summary>Every command in <paramref name="utskrift"/>, from «kjoretoy forvaltning» to the line's end, split into words, placeholders filled.</summary>
    private static List<List<string>> Forslag(string utskrift, params (string Plassholder, string Verdi)[] fyll) =>
    [
        .. Kommando().Matches(utskrift).Select(m => Ord(m.Groups["kommando"].Value)
            .Select(o => fyll.FirstOrDefault(f => f.Plassholder == o).Verdi ?? o).ToList()),
    ];

    private async Task<List<KjoretoyProsess.Resultat>> KjorAlleAsync(List<List<string>> forslag)
    {
        var svar = new List<KjoretoyProsess.Resultat>();
        foreach (var ord in forslag)
        {
            svar.Add(await KjoretoyProsess.KjorAsync(Path.GetDirectoryName(mappe.DataDir)!, [.. ord]));
        }

        return svar;
    }

    private static List<string> Ord(string linje)
    {
        var ord = Skallord.Del(linje);
        Assert.Equal("kjoretoy", ord[0]);
        return ord[1..];
    }

    [GeneratedRegex(@"(?<kommando>kjoretoy forvaltning .*?)\s*$", RegexOptions.Multiline)]
    private static partial Regex Kommando();
}
