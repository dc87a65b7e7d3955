using System.Text.RegularExpressions;
using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Cli.Tests;

/// <summary><c>kjoretoy forvaltning</c> through its front door: a real process on a real fiks.db.</summary>
public sealed partial class ForvaltningKommandoTests : IDisposable
{
    private const string Kommunenummer = "921627009";
    private const string Leverandornummer = "889640782";

    private readonly string mappe = Directory.CreateTempSubdirectory("kjoretoy-forvaltning-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(mappe, recursive: true);
    }

    private string DataDir => Path.Combine(mappe, "data");

    private Task<KjoretoyProsess.Resultat> Kjor(params string[] argumenter) =>
        KjoretoyProsess.KjorAsync(mappe, ["forvaltning", .. argumenter, "--data-dir", DataDir]);

    [Fact]
    public async Task AnIntegrationsPasswordIsShownOnceVerifiesAgainstTheStoredHashAndStopsWorkingWhenChanged()
    {
        var organisasjon = await Kjor("organisasjon", "opprett", "--navn", "Testkommune", "--orgnr", Kommunenummer);
        var fiksOrgId = Verdi(organisasjon.Ut, "Fiks-organisasjonID");
        var avtaler = await Kjor("organisasjon", "avtaler", "--fiks-org", fiksOrgId, "--hovedavtale", "2025-01-15", "--tjenestevedlegg", "2025-02-03");
        var aktivert = await Kjor("organisasjon", "aktiver", "--fiks-org", fiksOrgId);
        var integrasjon = await Kjor("integrasjon", "opprett", "--fiks-org", fiksOrgId, "--navn", "Fagsystem", "--orgnr", Leverandornummer, "--kan-soke");
        var integrasjonId = Guid.Parse(Verdi(integrasjon.Ut, "IntegrasjonID"));
        var passord = Verdi(integrasjon.Ut, "Integrasjonspassord");
        var forsteTilgang = await TilgangAsync(integrasjonId);

        var byttet = await Kjor("integrasjon", "bytt-passord", "--id", integrasjonId.ToString());
        var nyttPassord = Verdi(byttet.Ut, "Integrasjonspassord");
        var andreTilgang = await TilgangAsync(integrasjonId);
        var slettet = await Kjor("integrasjon", "slett", "--id", integrasjonId.ToString());
        var liste = await Kjor("integrasjon", "liste", "--fiks-org", fiksOrgId);

        Assert.All(new[] { organisasjon, avtaler, aktivert, integrasjon, byttet, slettet, liste }, r => Assert.True(r.Kode == 0, r.Feil));
        Assert.Contains("vises bare denne ene gangen", integrasjon.Ut, StringComparison.Ordinal);
        Assert.Contains($"Fiks-organisasjonID: {fiksOrgId}", integrasjon.Ut, StringComparison.Ordinal);
        Assert.Empty(integrasjon.Feil);
        Assert.True(forsteTilgang!.KanSoke && forsteTilgang.TjenesteAktivert);
        Assert.Equal(Leverandornummer, forsteTilgang.AutorisertOrganisasjonsnummer.ToString());
        Assert.True(Integrasjonspassord.Verifiser(passord, forsteTilgang.Passordhash));
        Assert.DoesNotContain(passord, forsteTilgang.Passordhash, StringComparison.Ordinal);
        Assert.NotEqual(passord, nyttPassord);
        Assert.False(Integrasjonspassord.Verifiser(passord, andreTilgang!.Passordhash));
        Assert.True(Integrasjonspassord.Verifiser(nyttPassord, andreTilgang.Passordhash));
        Assert.Null(await TilgangAsync(integrasjonId));
        Assert.DoesNotContain(integrasjonId.ToString(), liste.Ut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganisationsAreListedWithIdNameNumberAndWhetherTheServiceIsActivated()
    {
        var aktiv = Verdi((await Kjor("organisasjon", "opprett", "--navn", "Asker kommune", "--orgnr", Kommunenummer)).Ut, "Fiks-organisasjonID");
        var fiksOrgId = "0b9f4f3e-7d2a-4c1b-9e8f-1a2b3c4d5e6f";
        await Kjor("organisasjon", "opprett", "--navn", "Bergen kommune", "--orgnr", Leverandornummer, "--fiks-org-id", fiksOrgId);
        await Kjor("organisasjon", "avtaler", "--fiks-org", aktiv, "--hovedavtale", "2025-01-15", "--tjenestevedlegg", "2025-02-03");
        await Kjor("organisasjon", "aktiver", "--fiks-org", aktiv);

        var liste = await Kjor("organisasjon", "liste");

        Assert.True(liste.Kode == 0, liste.Feil);
        var rader = liste.Ut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{aktiv}\tAsker kommune\t{Kommunenummer}\tja", rader[1]);
        Assert.Equal($"{fiksOrgId}\tBergen kommune\t{Leverandornummer}\tnei", rader[2]);
    }

    [Fact]
    public async Task AnIntegrationWithTheOrganisationsOwnNumberIsCreatedWithAWarning()
    {
        var fiksOrgId = Verdi((await Kjor("organisasjon", "opprett", "--navn", "Testkommune", "--orgnr", Kommunenummer)).Ut, "Fiks-organisasjonID");

        var integrasjon = await Kjor("integrasjon", "opprett", "--fiks-org", fiksOrgId, "--navn", "Eget", "--orgnr", Kommunenummer);

        Assert.Equal(0, integrasjon.Kode);
        Assert.Contains("advarsel", integrasjon.Feil, StringComparison.Ordinal);
        Assert.Contains("gi-tilgang", integrasjon.Ut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("12345")]
    [InlineData("92162700x")]
    public async Task AnInvalidOrgnrExitsTwoNamingTheOptionAndCreatesNothing(string orgnr)
    {
        var svar = await Kjor("organisasjon", "opprett", "--navn", "Testkommune", "--orgnr", orgnr);

        Assert.Equal(2, svar.Kode);
        Assert.Contains("--orgnr", svar.Feil, StringComparison.Ordinal);
        Assert.Empty(svar.Ut);
        Assert.False(Directory.Exists(DataDir));
    }

    [Fact]
    public async Task AnInvalidVendorOrgnrExitsTwoNamingTheOption()
    {
        var fiksOrgId = Verdi((await Kjor("organisasjon", "opprett", "--navn", "Testkommune", "--orgnr", Kommunenummer)).Ut, "Fiks-organisasjonID");

        var svar = await Kjor("integrasjon", "opprett", "--fiks-org", fiksOrgId, "--navn", "Fagsystem", "--orgnr", "889640781");

        Assert.Equal(2, svar.Kode);
        Assert.Contains("--orgnr", svar.Feil, StringComparison.Ordinal);
        Assert.Empty(svar.Ut);
    }

    [Theory]
    [InlineData("organisasjon", "aktiver", "--fiks-org")]
    [InlineData("integrasjon", "slett", "--id")]
    public async Task AnIdThatIsNoUuidExitsTwoNamingTheOption(string gruppe, string kommando, string valg)
    {
        var svar = await Kjor(gruppe, kommando, valg, "kommune-1");

        Assert.Equal(2, svar.Kode);
        Assert.Contains(valg, svar.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOrganisationsAndIntegrationsExitOneInNorwegian()
    {
        await Kjor("organisasjon", "opprett", "--navn", "Testkommune", "--orgnr", Kommunenummer);
        var ukjent = Guid.NewGuid().ToString();

        var aktiver = await Kjor("organisasjon", "aktiver", "--fiks-org", ukjent);
        var integrasjon = await Kjor("integrasjon", "opprett", "--fiks-org", ukjent, "--navn", "Fagsystem", "--orgnr", Leverandornummer);
        var byttPassord = await Kjor("integrasjon", "bytt-passord", "--id", ukjent);

        Assert.All(new[] { aktiver, integrasjon, byttPassord }, r => Assert.Equal(1, r.Kode));
        Assert.Contains($"Fiks-organisasjonen {ukjent} finnes ikke", aktiver.Feil, StringComparison.Ordinal);
        Assert.Contains($"integrasjonen {ukjent} finnes ikke", byttPassord.Feil, StringComparison.Ordinal);
        Assert.DoesNotContain("Integrasjonspassord", byttPassord.Ut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATakenFiksOrgIdExitsOneWithTheStoresMessage()
    {
        var fiksOrgId = Verdi((await Kjor("organisasjon", "opprett", "--navn", "Testkommune", "--orgnr", Kommunenummer)).Ut, "Fiks-organisasjonID");

        var igjen = await Kjor("organisasjon", "opprett", "--navn", "Annen", "--orgnr", Kommunenummer, "--fiks-org-id", fiksOrgId);

        Assert.Equal(1, igjen.Kode);
        Assert.Contains("allerede i bruk", igjen.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListingInADataDirectoryWithoutFiksDataSaysSoInsteadOfCreatingIt()
    {
        var liste = await Kjor("organisasjon", "liste");

        Assert.Equal(1, liste.Kode);
        Assert.False(Directory.Exists(DataDir));
    }

    private async Task<IntegrasjonTilgang?> TilgangAsync(Guid integrasjonId)
    {
        using var store = new SqliteForvaltningStore(new FiksDatabase(Path.Combine(DataDir, FiksDatabase.Filnavn)), TimeProvider.System);
        return await store.HentTilgangAsync(integrasjonId);
    }

    private static string Verdi(string utskrift, string navn)
    {
        var treff = Linje().Matches(utskrift).FirstOrDefault(m => m.Groups["navn"].Value == navn);
        Assert.True(treff is not null, $"fant ikke «{navn}:» i\n{utskrift}");
        return treff.Groups["verdi"].Value;
    }

    [GeneratedRegex(@"^(?<navn>[\p{L}-]+):\s+(?<verdi>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Linje();
}
