using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Forvaltning.Kontoer;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>Accounts of persons who sign in with OpenID Connect: <c>oidc:&lt;subject&gt;</c>, case kept, no role, no password.</summary>
public abstract class OidcBrukerStoreTests(Lagringsmotor motor) : Fikstester(motor)
{
    [Fact]
    public async Task AnOidcAccountKeepsTheSubjectsCaseHasNoRoleAndIsCreatedOnceWithItsChangeLogEntry()
    {
        var store = lager.Brukere();
        var endring = new Endring(lager.Klokke.GetUtcNow(), "oidc:AbC-123", null, "Konto opprettet ved første innlogging med OIDC", null);

        var opprettet = await store.OpprettOidcAsync("AbC-123", endring);
        var igjen = await store.OpprettOidcAsync("oidc:AbC-123", endring);
        var medStortPrefiks = await store.HentAsync("OIDC:AbC-123");
        var annenStorrelse = await store.HentAsync("oidc:abc-123");

        Assert.Equal(("oidc:AbC-123", "oidc:AbC-123"), (opprettet.Brukernavn, opprettet.Navn));
        Assert.Equal(opprettet.Sikkerhetsstempel, igjen.Sikkerhetsstempel);
        Assert.Equal(opprettet.Brukernavn, medStortPrefiks!.Brukernavn);
        Assert.Null(annenStorrelse);
        Assert.False(opprettet.KsAdministrator);
        Assert.Empty(opprettet.Organisasjoner);
        Assert.Empty(opprettet.Oppslag);
        Assert.Equal(Oidcidentitet.IngenPassord, (await store.HentInnloggingAsync("oidc:AbC-123"))!.Passordhash);
        Assert.Single(await lager.Endringslogg().ListAsync(null, 0, 100), e => e.Handling == endring.Handling);
    }

    [Theory]
    [InlineData("")]
    [InlineData("to ord")]
    [InlineData("oidc:")]
    [InlineData("æøå")]
    public async Task AnIdentityNoProviderCanSendIsRefused(string identitet)
    {
        var feil = await Assert.ThrowsAsync<ForvaltningException>(() => lager.Brukere().OpprettOidcAsync(identitet));

        Assert.Equal(Oidcidentitet.Melding, feil.Message);
        Assert.Empty(await lager.Brukere().ListAsync());
    }

    [Fact]
    public async Task AnOidcAccountGetsBothRolesByItsIdentityWhateverTheCaseOfThePrefix()
    {
        var organisasjon = await lager.Store().OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        await lager.Brukere().OpprettOidcAsync("Sub-1");

        Assert.True(await lager.Brukere().GiOppslagAsync("OIDC:Sub-1", organisasjon.FiksOrgId));
        Assert.True(await lager.Brukere().GiAdministratorAsync("oidc:Sub-1", organisasjon.FiksOrgId));

        var bruker = await lager.Brukere().HentAsync("oidc:Sub-1");
        Assert.True(bruker!.HarOppslag(organisasjon.FiksOrgId));
        Assert.True(bruker.Administrerer(organisasjon.FiksOrgId));
    }

    public sealed class Sqlite() : OidcBrukerStoreTests(Lagringsmotor.Sqlite);

    public sealed class Postgres() : OidcBrukerStoreTests(Lagringsmotor.Postgres);
}
