using Kjoretoyregister.Register.Lagring;
namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>Who is lokal administrator of which organisation: granted, withdrawn and listed, seen at once by another store.</summary>
public abstract class AdministratorStoreTests(Lagringsmotor motor) : Fikstester(motor)
{
    private const string Hash = "pbkdf2-sha512$1$AA==$AA==";

    [Fact]
    public async Task AGrantedRoleIsSeenByAnotherStoreAndGivesAccessToThatOrganisationOnly()
    {
        var bergen = await lager.Store().OpprettOrganisasjonAsync("Bergen kommune", Fiksfil.Kommunenummer);
        var asker = await lager.Store().OpprettOrganisasjonAsync("Asker kommune", Testdata.Unike.Orgnr());
        await lager.Brukere().OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);

        var gitt = await lager.Brukere().GiAdministratorAsync("Kari", bergen.FiksOrgId);
        var kari = await lager.Brukere().HentAsync("kari");

        Assert.True(gitt);
        Assert.Equal([bergen.FiksOrgId], kari!.Organisasjoner);
        Assert.True(kari.Administrerer(bergen.FiksOrgId));
        Assert.False(kari.Administrerer(asker.FiksOrgId));
    }

    [Fact]
    public async Task GrantingARoleTheAccountHasIsTrueAndStoresItOnce()
    {
        var organisasjon = await lager.Store().OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        var store = lager.Brukere();
        await store.OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);
        await store.GiAdministratorAsync("kari", organisasjon.FiksOrgId);

        var igjen = await store.GiAdministratorAsync("kari", organisasjon.FiksOrgId);

        Assert.True(igjen);
        Assert.Single((await store.HentAsync("kari"))!.Organisasjoner);
    }

    [Fact]
    public async Task GrantingForAnUnknownAccountOrOrganisationIsFalseAndStoresNothing()
    {
        var organisasjon = await lager.Store().OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        var store = lager.Brukere();
        await store.OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);

        var ukjentBruker = await store.GiAdministratorAsync("ukjent", organisasjon.FiksOrgId);
        var ukjentOrganisasjon = await store.GiAdministratorAsync("kari", Guid.NewGuid());

        Assert.False(ukjentBruker);
        Assert.False(ukjentOrganisasjon);
        Assert.Empty(await lager.TeksterAsync("SELECT brukernavn FROM administrator"));
    }

    [Fact]
    public async Task AWithdrawnRoleIsGoneAtOnceAndWithdrawingAgainIsFalse()
    {
        var organisasjon = await lager.Store().OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        var store = lager.Brukere();
        await store.OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);
        await store.GiAdministratorAsync("kari", organisasjon.FiksOrgId);

        var fjernet = await lager.Brukere().FjernAdministratorAsync("KARI", organisasjon.FiksOrgId);
        var igjen = await store.FjernAdministratorAsync("kari", organisasjon.FiksOrgId);

        Assert.True(fjernet);
        Assert.False(igjen);
        Assert.False((await store.HentAsync("kari"))!.Administrerer(organisasjon.FiksOrgId));
    }

    [Fact]
    public async Task AnOrganisationsAdministratorsAreListedByUsernameWithAllTheirOrganisations()
    {
        var bergen = await lager.Store().OpprettOrganisasjonAsync("Bergen kommune", Fiksfil.Kommunenummer);
        var asker = await lager.Store().OpprettOrganisasjonAsync("Asker kommune", Testdata.Unike.Orgnr());
        var store = lager.Brukere();
        await store.OpprettAsync("per", "Per", Hash, ksAdministrator: false);
        await store.OpprettAsync("anne", "Anne", Hash, ksAdministrator: false);
        await store.OpprettAsync("ks-admin", "KS", Hash, ksAdministrator: true);
        await store.GiAdministratorAsync("per", bergen.FiksOrgId);
        await store.GiAdministratorAsync("anne", bergen.FiksOrgId);
        await store.GiAdministratorAsync("anne", asker.FiksOrgId);

        var bergens = await store.ListAdministratorerAsync(bergen.FiksOrgId);
        var askers = await store.ListAdministratorerAsync(asker.FiksOrgId);

        Assert.Equal(["anne", "per"], bergens.Select(b => b.Brukernavn));
        Assert.Equal(new[] { asker.FiksOrgId, bergen.FiksOrgId }.Order(), bergens[0].Organisasjoner);
        Assert.Equal(["anne"], askers.Select(b => b.Brukernavn));
        Assert.Empty(await store.ListAdministratorerAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task AKsAdministratorAdministersEveryOrganisationWithoutARole()
    {
        var organisasjon = await lager.Store().OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        var store = lager.Brukere();
        await store.OpprettAsync("ks-admin", "KS", Hash, ksAdministrator: true);

        var ks = await store.HentAsync("ks-admin");

        Assert.True(ks!.Administrerer(organisasjon.FiksOrgId));
        Assert.Empty(ks.Organisasjoner);
    }

    public sealed class Sqlite() : AdministratorStoreTests(Lagringsmotor.Sqlite);

    public sealed class Postgres() : AdministratorStoreTests(Lagringsmotor.Postgres);
}
