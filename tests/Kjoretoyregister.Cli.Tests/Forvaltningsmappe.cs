using System.Text.RegularExpressions;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Forvaltning.Kontoer;

namespace Kjoretoyregister.Cli.Tests;

/// <summary>
/// A temp directory with a data directory for <c>kjoretoy forvaltning</c>, deleted afterwards: runs the
/// real command on it and reads what it stored, past the CLI, through the server's own stores.
/// </summary>
internal sealed partial class Forvaltningsmappe : IDisposable
{
    public const string Kommunenummer = "921627009";

    private readonly string mappe = Directory.CreateTempSubdirectory("kjoretoy-forvaltning-").FullName;

    public string DataDir => Path.Combine(mappe, "data");

    private FiksDatabase Database => new(Path.Combine(DataDir, FiksDatabase.Filnavn));

    public Task<KjoretoyProsess.Resultat> Kjor(params string[] argumenter) =>
        KjoretoyProsess.KjorAsync(mappe, ["forvaltning", .. argumenter, "--data-dir", DataDir]);

    private int organisasjoner;

    /// <summary>A new organisation, the first with <see cref="Kommunenummer"/>, each later one with a number of its own (one organisation per number); its Fiks-organisasjonID.</summary>
    public async Task<string> OrganisasjonAsync(string navn = "Testkommune")
    {
        var orgnr = organisasjoner++ == 0 ? Kommunenummer : Register.Tests.Testdata.Syntetiske.Orgnr(100_000 + organisasjoner);
        return Verdi((await Kjor("organisasjon", "opprett", "--navn", navn, "--orgnr", orgnr)).Ut, "Fiks-organisasjonID");
    }

    public SqliteBrukerStore Brukere() => new(Database, TimeProvider.System);

    public async Task<Organisasjonsdetaljer?> DetaljerAsync(string fiksOrgId)
    {
        using var store = new SqliteForvaltningStore(Database, TimeProvider.System);
        return await store.HentDetaljerAsync(Guid.Parse(fiksOrgId));
    }

    /// <summary>The whole change log, newest first.</summary>
    public async Task<IReadOnlyList<Endring>> EndringerAsync() => await new SqliteEndringslogg(Database).ListAsync(null, 0, 1000);

    /// <summary>The value of a <c>Name: value</c> line of the output.</summary>
    public static string Verdi(string utskrift, string navn)
    {
        var treff = Linje().Matches(utskrift).FirstOrDefault(m => m.Groups["navn"].Value == navn);
        Assert.True(treff is not null, $"fant ikke «{navn}:» i\n{utskrift}");
        return treff.Groups["verdi"].Value;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(mappe, recursive: true);
    }

    [GeneratedRegex(@"^(?<navn>[\p{L}-]+):\s+(?<verdi>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Linje();
}
