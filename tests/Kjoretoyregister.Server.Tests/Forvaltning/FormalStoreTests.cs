using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>
/// The formål catalogue and "Formål påkrevd" in the store, on both engines: KS's defaults for a new
/// organisation, the rules on a code and a description (the refusal names the field), one catalogue per
/// organisation, and every change with its change-log entry, seen at once by another instance.
/// </summary>
public abstract class FormalStoreTests(Lagringsmotor motor) : Fikstester(motor)
{
    private static readonly string[] Standardkoder = ["ANNET", "BORTTAUING", "BROYTING_OG_KOSTING", "PARKERINGSGEBYR", "PARKERINGSTILLATELSE"];

    [Fact]
    public async Task ANewOrganisationHasKsDefaultCatalogue()
    {
        var store = lager.Store();

        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        var katalog = await lager.Store().ListFormalAsync(organisasjon.FiksOrgId);

        Assert.Equal(Standardkoder, katalog.Select(f => f.Kode));
        Assert.Equal(Formalskatalog.Standard.OrderBy(f => f.Kode, StringComparer.Ordinal), katalog);
        Assert.All(katalog, f => Assert.False(string.IsNullOrWhiteSpace(f.Beskrivelse)));
    }

    [Fact]
    public async Task AnAddedCodeIsStoredInUpperCaseAndLoggedWithTheChange()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);

        var lagt = await store.LeggTilFormalAsync(organisasjon.FiksOrgId, new Formal(" miljogebyr_2 ", "  Miljøgebyr  "), Endring(organisasjon.FiksOrgId, "La til MILJOGEBYR_2"));

        Assert.True(lagt);
        Assert.Contains(new Formal("MILJOGEBYR_2", "Miljøgebyr"), await lager.Store().ListFormalAsync(organisasjon.FiksOrgId));
        Assert.Equal(["La til MILJOGEBYR_2"], (await lager.Endringslogg().ListAsync(organisasjon.FiksOrgId, 0, 10)).Select(e => e.Handling));
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("PARKERING-GEBYR")]
    [InlineData("BRØYTING")]
    [InlineData("TO ORD")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXY")]
    public async Task AnInvalidCodeIsRefusedNamingTheFieldAndNothingIsWritten(string kode)
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() =>
            store.LeggTilFormalAsync(organisasjon.FiksOrgId, new Formal(kode, "Beskrivelse"), Endring(organisasjon.FiksOrgId, "La til")));

        Assert.Equal("kode", feil.Felt);
        Assert.StartsWith("Kode", feil.Message, StringComparison.Ordinal);
        Assert.Equal(Standardkoder, (await store.ListFormalAsync(organisasjon.FiksOrgId)).Select(f => f.Kode));
        Assert.Equal(0, await lager.Endringslogg().TellAsync(organisasjon.FiksOrgId));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("To\nlinjer")]
    [InlineData(null)]
    public async Task AnEmptyOrMultiLineDescriptionIsRefusedNamingTheField(string? beskrivelse)
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);

        var ny = await Assert.ThrowsAsync<ForvaltningException>(() => store.LeggTilFormalAsync(organisasjon.FiksOrgId, new Formal("NYTT", beskrivelse!)));
        var endret = await Assert.ThrowsAsync<ForvaltningException>(() => store.EndreFormalAsync(organisasjon.FiksOrgId, new Formal("ANNET", beskrivelse!)));

        Assert.Equal("beskrivelse", ny.Felt);
        Assert.Equal("beskrivelse", endret.Felt);
        Assert.Equal(Formalskatalog.Standard.Single(f => f.Kode == "ANNET"), (await store.ListFormalAsync(organisasjon.FiksOrgId)).Single(f => f.Kode == "ANNET"));
    }

    [Fact]
    public async Task AnOverLongDescriptionIsRefusedWithItsLength()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() =>
            store.LeggTilFormalAsync(organisasjon.FiksOrgId, new Formal("NYTT", new string('x', Formalskatalog.MaksBeskrivelse + 1))));

        Assert.Equal("beskrivelse", feil.Felt);
        Assert.Contains("201 tegn", feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACodeAlreadyInTheCatalogueIsRefusedNamingTheFieldWithoutAnEntry()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() =>
            store.LeggTilFormalAsync(organisasjon.FiksOrgId, new Formal("borttauing", "Igjen"), Endring(organisasjon.FiksOrgId, "La til igjen")));

        Assert.Equal("kode", feil.Felt);
        Assert.Contains("BORTTAUING finnes allerede", feil.Message, StringComparison.Ordinal);
        Assert.Equal(0, await lager.Endringslogg().TellAsync(organisasjon.FiksOrgId));
    }

    [Fact]
    public async Task ADescriptionIsChangedAndACodeRemovedEachWithItsEntry()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        var id = organisasjon.FiksOrgId;

        var endret = await store.EndreFormalAsync(id, new Formal("ANNET", "Annet lovlig formål"), Endring(id, "Endret ANNET"));
        var fjernet = await store.FjernFormalAsync(id, "borttauing", Endring(id, "Fjernet BORTTAUING"));
        var katalog = await lager.Store().ListFormalAsync(id);

        Assert.True(endret && fjernet);
        Assert.Equal("Annet lovlig formål", katalog.Single(f => f.Kode == "ANNET").Beskrivelse);
        Assert.DoesNotContain(katalog, f => f.Kode == "BORTTAUING");
        Assert.Equal(["Fjernet BORTTAUING", "Endret ANNET"], (await lager.Endringslogg().ListAsync(id, 0, 10)).Select(e => e.Handling));
    }

    [Fact]
    public async Task ChangesToACodeOrOrganisationThatIsNotThereAreFalseWithoutAnEntry()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        var id = organisasjon.FiksOrgId;

        var endret = await store.EndreFormalAsync(id, new Formal("FINNES_IKKE", "Noe"), Endring(id, "Endret"));
        var fjernet = await store.FjernFormalAsync(id, "FINNES_IKKE", Endring(id, "Fjernet"));
        var lagtTilUkjent = await store.LeggTilFormalAsync(Guid.NewGuid(), new Formal("NYTT", "Noe"), Endring(null, "La til"));
        var pakrevdUkjent = await store.SettFormalPakrevdAsync(Guid.NewGuid(), true, Endring(null, "Krev formål"));

        Assert.False(endret || fjernet || lagtTilUkjent || pakrevdUkjent);
        Assert.Equal(0, await lager.Endringslogg().TellAsync(null));
    }

    [Fact]
    public async Task EachOrganisationHasItsOwnCatalogue()
    {
        var store = lager.Store();
        var asker = await store.OpprettOrganisasjonAsync("Asker kommune", Fiksfil.Kommunenummer);
        var bergen = await store.OpprettOrganisasjonAsync("Bergen kommune", Testdata.Unike.Orgnr());

        await store.LeggTilFormalAsync(asker.FiksOrgId, new Formal("SKJENKEKONTROLL", "Skjenkekontroll"));
        await store.FjernFormalAsync(asker.FiksOrgId, "PARKERINGSGEBYR");

        Assert.Contains(await store.ListFormalAsync(asker.FiksOrgId), f => f.Kode == "SKJENKEKONTROLL");
        Assert.Equal(Standardkoder, (await store.ListFormalAsync(bergen.FiksOrgId)).Select(f => f.Kode));
        Assert.Empty(await store.ListFormalAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task RemovingEveryCodeLeavesAnEmptyCatalogueNotTheDefaults()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);

        foreach (var kode in Standardkoder)
        {
            await store.FjernFormalAsync(organisasjon.FiksOrgId, kode);
        }

        Assert.Empty(await lager.Store().ListFormalAsync(organisasjon.FiksOrgId));
    }

    [Fact]
    public async Task FormalPakrevdIsOffByDefaultAndSetWithItsEntryMovingEndretOnlyWhenItChanges()
    {
        var store = lager.Store();
        var integrasjon = await Fiksfil.SokbarIntegrasjonAsync(store);
        lager.Klokke.Advance(TimeSpan.FromMinutes(1));

        var satt = await store.SettFormalPakrevdAsync(integrasjon.IntegrasjonId, true, Endring(integrasjon.FiksOrgId, "Krev formål"));
        lager.Klokke.Advance(TimeSpan.FromMinutes(1));
        await store.SettFormalPakrevdAsync(integrasjon.IntegrasjonId, true);
        var etter = await lager.Store().HentIntegrasjonAsync(integrasjon.IntegrasjonId);

        Assert.False(integrasjon.FormalPakrevd);
        Assert.True(satt);
        Assert.True(etter!.FormalPakrevd);
        Assert.Equal(integrasjon.Opprettet.AddMinutes(1), etter.Endret);
        Assert.True((await store.ListIntegrasjonerAsync(integrasjon.FiksOrgId)).Single().FormalPakrevd);
        Assert.Equal(["Krev formål"], (await lager.Endringslogg().ListAsync(integrasjon.FiksOrgId, 0, 10)).Select(e => e.Handling));
    }

    [Fact]
    public async Task TheChainsReadTellsWhetherTheGivenPurposeIsInTheIntegrationsOwnCatalogue()
    {
        var en = lager.Store();
        var to = lager.Store();
        var integrasjon = await Fiksfil.SokbarIntegrasjonAsync(en);
        var annen = await en.OpprettOrganisasjonAsync("Annen kommune", Testdata.Unike.Orgnr());
        await en.LeggTilFormalAsync(annen.FiksOrgId, new Formal("BARE_ANNEN", "Finnes bare i den andre kommunen"));

        var avSlatt = await to.HentTilgangAsync(integrasjon.IntegrasjonId, "PARKERINGSGEBYR");
        await en.SettFormalPakrevdAsync(integrasjon.IntegrasjonId, true);
        var kjent = await to.HentTilgangAsync(integrasjon.IntegrasjonId, "PARKERINGSGEBYR");
        var smaBokstaver = await to.HentTilgangAsync(integrasjon.IntegrasjonId, "parkeringsgebyr");
        var andres = await to.HentTilgangAsync(integrasjon.IntegrasjonId, "BARE_ANNEN");
        var ingen = await to.HentTilgangAsync(integrasjon.IntegrasjonId);
        await en.FjernFormalAsync(integrasjon.FiksOrgId, "PARKERINGSGEBYR");
        var fjernet = await to.HentTilgangAsync(integrasjon.IntegrasjonId, "PARKERINGSGEBYR");

        Assert.False(avSlatt!.FormalPakrevd);
        Assert.False(avSlatt.FormalIKatalogen);
        Assert.True(kjent!.FormalPakrevd);
        Assert.True(kjent.FormalIKatalogen);
        Assert.False(smaBokstaver!.FormalIKatalogen);
        Assert.False(andres!.FormalIKatalogen);
        Assert.False(ingen!.FormalIKatalogen);
        Assert.False(fjernet!.FormalIKatalogen);
    }

    private Endring Endring(Guid? fiksOrgId, string handling) => new(lager.Klokke.GetUtcNow(), "kari-admin", fiksOrgId, handling, null);

    public sealed class Sqlite() : FormalStoreTests(Lagringsmotor.Sqlite);

    public sealed class Postgres() : FormalStoreTests(Lagringsmotor.Postgres);
}
