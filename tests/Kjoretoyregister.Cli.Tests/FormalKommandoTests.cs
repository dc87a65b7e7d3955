using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;

namespace Kjoretoyregister.Cli.Tests;

/// <summary>
/// <c>kjoretoy forvaltning formal</c> and <c>integrasjon krev-formal</c> through the front door: a real
/// process on a real fiks.db; every change in the store and in the change log as done by <c>cli:&lt;user&gt;</c>.
/// </summary>
public sealed class FormalKommandoTests : IDisposable
{
    private readonly string mappe = Directory.CreateTempSubdirectory("kjoretoy-formal-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(mappe, recursive: true);
    }

    private string DataDir => Path.Combine(mappe, "data");

    private string Fil => Path.Combine(DataDir, FiksDatabase.Filnavn);

    private Task<KjoretoyProsess.Resultat> Kjor(params string[] argumenter) =>
        KjoretoyProsess.KjorAsync(mappe, ["forvaltning", .. argumenter, "--data-dir", DataDir]);

    [Fact]
    public async Task TheCatalogueIsListedAndChangedAndTheRequirementToggledEachWithItsEntry()
    {
        var fiksOrgId = await OrganisasjonAsync();
        var integrasjon = await Kjor("integrasjon", "opprett", "--fiks-org", fiksOrgId, "--navn", "Fagsystem", "--orgnr", "889640782");
        var integrasjonId = Linjeverdi(integrasjon.Ut, "IntegrasjonID:");

        var standard = await Kjor("formal", "liste", "--fiks-org", fiksOrgId);
        var lagtTil = await Kjor("formal", "legg-til", "--fiks-org", fiksOrgId, "--kode", "skjenkekontroll", "--beskrivelse", "Kontroll av skjenkesteder");
        var endret = await Kjor("formal", "endre", "--fiks-org", fiksOrgId, "--kode", "ANNET", "--beskrivelse", "Annet, med hjemmel");
        var fjernet = await Kjor("formal", "fjern", "--fiks-org", fiksOrgId, "--kode", "borttauing");
        var krev = await Kjor("integrasjon", "krev-formal", "--id", integrasjonId);
        var liste = await Kjor("integrasjon", "liste", "--fiks-org", fiksOrgId);
        var etter = await Kjor("formal", "liste", "--fiks-org", fiksOrgId);

        Assert.All(new[] { integrasjon, standard, lagtTil, endret, fjernet, krev, liste, etter }, r => Assert.True(r.Kode == 0, r.Feil));
        Assert.Equal(["Kode\tBeskrivelse", .. Formalskatalog.Standard.OrderBy(f => f.Kode, StringComparer.Ordinal).Select(f => $"{f.Kode}\t{f.Beskrivelse}")], Linjer(standard.Ut));
        Assert.Contains("SKJENKEKONTROLL\tKontroll av skjenkesteder", Linjer(etter.Ut));
        Assert.Contains("ANNET\tAnnet, med hjemmel", Linjer(etter.Ut));
        Assert.DoesNotContain(Linjer(etter.Ut), l => l.StartsWith("BORTTAUING", StringComparison.Ordinal));
        Assert.Equal("Formål påkrevd", Linjer(liste.Ut)[0].Split('\t')[4]);
        Assert.Equal("ja", Linjer(liste.Ut)[1].Split('\t')[4]);
        using var store = new SqliteForvaltningStore(new FiksDatabase(Fil), TimeProvider.System);
        Assert.True((await store.HentIntegrasjonAsync(Guid.Parse(integrasjonId)))!.FormalPakrevd);
        var endringer = (await new SqliteEndringslogg(new FiksDatabase(Fil)).ListAsync(Guid.Parse(fiksOrgId), 0, 100)).Take(4).Reverse().ToList();
        Assert.Equal(
        [
            "La til formålet SKJENKEKONTROLL i formålskatalogen",
            "Endret beskrivelsen av formålet ANNET",
            "Fjernet formålet BORTTAUING fra formålskatalogen",
            "Slo på Formål påkrevd for integrasjonen «Fagsystem»",
        ], endringer.Select(e => e.Handling));
        Assert.All(endringer, e => Assert.StartsWith("cli:", e.Utfortav, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--kode", "A")]
    [InlineData("--kode", "MED-STREK")]
    [InlineData("--beskrivelse", " ")]
    public async Task ABadCodeOrDescriptionExitsTwoNamingTheOptionAndChangesNothing(string valg, string verdi)
    {
        var fiksOrgId = await OrganisasjonAsync();
        string[] felt = valg == "--kode" ? ["--kode", verdi, "--beskrivelse", "Noe"] : ["--kode", "NYTT", "--beskrivelse", verdi];

        var svar = await Kjor(["formal", "legg-til", "--fiks-org", fiksOrgId, .. felt]);

        Assert.Equal(2, svar.Kode);
        Assert.Contains($"kjoretoy: {valg}: ", svar.Feil, StringComparison.Ordinal);
        using var store = new SqliteForvaltningStore(new FiksDatabase(Fil), TimeProvider.System);
        Assert.Equal(Formalskatalog.Standard.Count, (await store.ListFormalAsync(Guid.Parse(fiksOrgId))).Count);
    }

    [Fact]
    public async Task ADuplicateOrUnknownCodeExitsOneInNorwegian()
    {
        var fiksOrgId = await OrganisasjonAsync();

        var dobbel = await Kjor("formal", "legg-til", "--fiks-org", fiksOrgId, "--kode", "ANNET", "--beskrivelse", "Igjen");
        var ukjent = await Kjor("formal", "fjern", "--fiks-org", fiksOrgId, "--kode", "FINNES_IKKE");
        var ukjentOrg = await Kjor("formal", "liste", "--fiks-org", Guid.NewGuid().ToString());

        Assert.All(new[] { dobbel, ukjent, ukjentOrg }, r => Assert.Equal(1, r.Kode));
        Assert.Contains("Formålet ANNET finnes allerede i katalogen.", dobbel.Feil, StringComparison.Ordinal);
        Assert.Contains("formålet «FINNES_IKKE» finnes ikke i katalogen", ukjent.Feil, StringComparison.Ordinal);
        Assert.Contains("finnes ikke", ukjentOrg.Feil, StringComparison.Ordinal);
    }

    private async Task<string> OrganisasjonAsync()
    {
        var organisasjon = await Kjor("organisasjon", "opprett", "--navn", "Testkommune", "--orgnr", "921627009");
        Assert.True(organisasjon.Kode == 0, organisasjon.Feil);
        return Linjeverdi(organisasjon.Ut, "Fiks-organisasjonID:");
    }

    private static string[] Linjer(string utskrift) => utskrift.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Linjeverdi(string utskrift, string etikett) =>
        Linjer(utskrift).First(l => l.StartsWith(etikett, StringComparison.Ordinal))[etikett.Length..].Trim();
}
