using Kjoretoyregister.Register.Lagring;
namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>Who holds the role Oppslag (saksbehandler) in which organisation: granted, withdrawn and listed, apart from lokal administrator.</summary>
public abstract class SaksbehandlerStoreTests(Lagringsmotor motor) : Fikstester(motor)
{
    private const string Hash = "pbkdf2-sha512$1$AA==$AA==";

    [Fact]
    public async Task AGrantedRoleIsSeenByAnotherStoreForThatOrganisationOnlyAndIsNotAdministration()
    {
        var bergen = await lager.Store().OpprettOrganisasjonAsync("Bergen kommune", Fiksfil.Kommunenummer);
        var asker = await lager.Store().OpprettOrganisasjonAsync("Asker kommune", Testdata.Unike.Orgnr());
        await lager.Brukere().OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);

        var gitt = await lager.Brukere().GiOppslagAsync("Kari", bergen.FiksOrgId);
        var kari = await lager.Brukere().HentAsync("kari");

        Assert.True(gitt);
        Assert.Equal([bergen.FiksOrgId], kari!.Oppslag);
        Assert.True(kari.HarOppslag(bergen.FiksOrgId));
        Assert.False(kari.HarOppslag(asker.FiksOrgId));
        Assert.False(kari.Administrerer(bergen.FiksOrgId));
    }

    [Fact]
    public async Task AdministeringAnOrganisationOrKsGivesNoLookupRole()
    {
        var organisasjon = await lager.Store().OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        var store = lager.Brukere();
        await store.OpprettAsync("per", "Per", Hash, ksAdministrator: false);
        await store.OpprettAsync("ks-admin", "KS", Hash, ksAdministrator: true);
        await store.GiAdministratorAsync("per", organisasjon.FiksOrgId);

        var per = await store.HentAsync("per");
        var ks = await store.HentAsync("ks-admin");

        Assert.False(per!.HarOppslag(organisasjon.FiksOrgId));
        Assert.False(ks!.HarOppslag(organisasjon.FiksOrgId));
    }

    [Fact]
    public async Task GrantingForAnUnknownAccountOrOrganisationIsFalseAndStoresNothing()
    {
        var organisasjon = await lager.Store().OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        var store = lager.Brukere();
        await store.OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);

        var ukjentBruker = await store.GiOppslagAsync("ukjent", organisasjon.FiksOrgId);
        var ukjentOrganisasjon = await store.GiOppslagAsync("kari", Guid.NewGuid());

        Assert.False(ukjentBruker);
        Assert.False(ukjentOrganisasjon);
        Assert.Empty(await lager.TeksterAsync("SELECT brukernavn FROM saksbehandler"));
    }

    [Fact]
    public async Task AWithdrawnRoleIsGoneAtOnceWithdrawingAgainIsFalseAndAdministrationStays()
    {
        var organisasjon = await lager.Store().OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        var store = lager.Brukere();
        await store.OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);
        await store.GiOppslagAsync("kari", organisasjon.FiksOrgId);
        await store.GiOppslagAsync("kari", organisasjon.FiksOrgId);
        await store.GiAdministratorAsync("kari", organisasjon.FiksOrgId);

        var fjernet = await lager.Brukere().FjernOppslagAsync("KARI", organisasjon.FiksOrgId);
        var igjen = await store.FjernOppslagAsync("kari", organisasjon.FiksOrgId);
        var kari = await store.HentAsync("kari");

        Assert.True(fjernet);
        Assert.False(igjen);
        Assert.False(kari!.HarOppslag(organisasjon.FiksOrgId));
        Assert.True(kari.Administrerer(organisasjon.FiksOrgId));
    }

    [Fact]
    public async Task AnOrganisationsHoldersAreListedByUsername()
    {
        var bergen = await lager.Store().OpprettOrganisasjonAsync("Bergen kommune", Fiksfil.Kommunenummer);
        var asker = await lager.Store().OpprettOrganisasjonAsync("Asker kommune", Testdata.Unike.Orgnr());
        var store = lager.Brukere();
        await store.OpprettAsync("per", "Per", Hash, ksAdministrator: false);
        await store.OpprettAsync("anne", "Anne", Hash, ksAdministrator: false);
        await store.GiOppslagAsync("per", bergen.FiksOrgId);
        await store.GiOppslagAsync("anne", bergen.FiksOrgId);
        await store.GiOppslagAsync("anne", asker.FiksOrgId);
        await store.GiAdministratorAsync("per", asker.FiksOrgId);

        var bergens = await store.ListSaksbehandlereAsync(bergen.FiksOrgId);
        var askers = await store.ListSaksbehandlereAsync(asker.FiksOrgId);

        Assert.Equal(["anne", "per"], bergens.Select(b => b.Brukernavn));
        Assert.Equal(new[] { asker.FiksOrgId, bergen.FiksOrgId }.Order(), bergens[0].Oppslag);
        Assert.Equal(["anne"], askers.Select(b => b.Brukernavn));
        Assert.Empty(await store.ListSaksbehandlereAsync(Guid.NewGuid()));
    }

    public sealed class Sqlite() : SaksbehandlerStoreTests(Lagringsmotor.Sqlite);

    public sealed class Postgres() : SaksbehandlerStoreTests(Lagringsmotor.Postgres);
}
