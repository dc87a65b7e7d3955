using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

public abstract class OrganisasjonStoreTests(Lagringsmotor motor) : Fikstester(motor)
{
    [Fact]
    public async Task ACreatedOrganisationIsReadBackAsCreatedAndNotActivated()
    {
        var store = lager.Store();

        var opprettet = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        var hentet = await store.HentOrganisasjonAsync(opprettet.FiksOrgId);

        Assert.Equal(opprettet, hentet);
        Assert.False(hentet!.KjoretoyregisterAktivert);
        Assert.Equal(lager.Klokke.GetUtcNow(), hentet.Opprettet);
        Assert.Equal("921627009", hentet.Organisasjonsnummer.ToString());
    }

    [Fact]
    public async Task AGivenFiksOrgIdIsKeptAndStoredLowerCase()
    {
        var store = lager.Store();
        var id = Guid.Parse("A1B2C3D4-0000-4000-8000-00000000ABCD");

        var opprettet = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer, id);

        Assert.Equal(id, opprettet.FiksOrgId);
        Assert.Equal(["a1b2c3d4-0000-4000-8000-00000000abcd"], await lager.TeksterAsync("SELECT CAST(fiks_org_id AS TEXT) FROM organisasjon"));
    }

    [Fact]
    public async Task AnUnknownOrganisationIsNull()
    {
        var store = lager.Store();

        var hentet = await store.HentOrganisasjonAsync(Guid.NewGuid());

        Assert.Null(hentet);
    }

    [Fact]
    public async Task OrganisationsAreListedByName()
    {
        var store = lager.Store();
        await store.OpprettOrganisasjonAsync("Bergen kommune", Fiksfil.Kommunenummer);
        await store.OpprettOrganisasjonAsync("Asker kommune", Testdata.Unike.Orgnr());

        var liste = await store.ListOrganisasjonerAsync();

        Assert.Equal(["Asker kommune", "Bergen kommune"], liste.Select(o => o.Navn));
    }

    [Fact]
    public async Task ADuplicateFiksOrgIdIsRefusedInNorwegianAndTheFirstIsKept()
    {
        var store = lager.Store();
        var forste = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() => store.OpprettOrganisasjonAsync("Annen kommune", Fiksfil.Kommunenummer, forste.FiksOrgId));

        Assert.Contains("allerede i bruk", feil.Message, StringComparison.Ordinal);
        Assert.Equal("Testkommune", (await store.HentOrganisasjonAsync(forste.FiksOrgId))!.Navn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task AnEmptyNameIsRefusedNamingTheField(string? navn)
    {
        var store = lager.Store();

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() => store.OpprettOrganisasjonAsync(navn!, Fiksfil.Kommunenummer));

        Assert.StartsWith("Navn", feil.Message, StringComparison.Ordinal);
        Assert.Empty(await store.ListOrganisasjonerAsync());
    }

    [Fact]
    public async Task ANameOverTwoHundredCharactersIsRefusedAndTwoHundredIsAccepted()
    {
        var store = lager.Store();

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() => store.OpprettOrganisasjonAsync(new string('x', 201), Fiksfil.Kommunenummer));
        var akkurat = await store.OpprettOrganisasjonAsync(new string('x', 200), Fiksfil.Kommunenummer);

        Assert.StartsWith("Navn er for langt", feil.Message, StringComparison.Ordinal);
        Assert.Equal(200, akkurat.Navn.Length);
    }

    [Fact]
    public async Task ActivationIsStoredAndMovesEndretButNotOpprettet()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        await store.SettAvtalerAsync(organisasjon.FiksOrgId, Fiksfil.Signert);
        lager.Klokke.Advance(TimeSpan.FromMinutes(5));

        var aktivert = await store.SettKjoretoyregisterAktivertAsync(organisasjon.FiksOrgId, true);
        var etter = await store.HentOrganisasjonAsync(organisasjon.FiksOrgId);

        Assert.True(aktivert);
        Assert.True(etter!.KjoretoyregisterAktivert);
        Assert.Equal(organisasjon.Opprettet, etter.Opprettet);
        Assert.Equal(organisasjon.Opprettet.AddMinutes(5), etter.Endret);
    }

    [Fact]
    public async Task DeactivationIsStored()
    {
        var store = lager.Store();
        var organisasjon = await Fiksfil.AktivOrganisasjonAsync(store);

        await store.SettKjoretoyregisterAktivertAsync(organisasjon.FiksOrgId, false);

        Assert.False((await store.HentOrganisasjonAsync(organisasjon.FiksOrgId))!.KjoretoyregisterAktivert);
    }

    [Fact]
    public async Task ActivatingAnUnknownOrganisationIsFalse()
    {
        var store = lager.Store();

        var aktivert = await store.SettKjoretoyregisterAktivertAsync(Guid.NewGuid(), true);

        Assert.False(aktivert);
    }

    [Fact]
    public async Task TheStoreAnswersOnAFreshFile()
    {
        var store = lager.Store();

        var svarer = await store.SvarerAsync();

        Assert.True(svarer);
    }

    public sealed class Sqlite() : OrganisasjonStoreTests(Lagringsmotor.Sqlite);

    public sealed class Postgres() : OrganisasjonStoreTests(Lagringsmotor.Postgres);
}
